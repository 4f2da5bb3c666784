import type {
  Invitation,
  Mail,
  PartnerListing,
  Relationship,
  Role,
  Tenant,
  User,
  World,
} from '../../domain/types';
import { invitationLink, simLink } from '../../domain/mailLinks';

// The default world. Training material and walkthroughs refer to these names: keep them.
// Every email is on a `.example` domain; nothing here is a real organization or person.

/** The simulated clock starts in the period the seeds describe (2020). */
export const DEFAULT_START = Date.UTC(2020, 9, 5, 9, 0, 0);

type TenantSeed = Omit<Tenant, 'domain'> & { domain?: string };
const tenant = (t: TenantSeed): Tenant => ({ domain: `${t.id}.example`, ...t });

export const TENANTS: Tenant[] = [
  tenant({
    id: 'fabrikam',
    name: 'Fabrikam Solutions',
    kind: 'partner',
    cloud: 'public',
    country: 'US',
  }),
  tenant({
    id: 'northwind',
    name: 'Northwind Distribution',
    kind: 'partner',
    cloud: 'public',
    country: 'US',
  }),
  tenant({ id: 'contoso', name: 'Contoso Ltd', kind: 'customer', cloud: 'public', country: 'US' }),
  tenant({
    id: 'adatum',
    name: 'Adatum Corporation',
    kind: 'customer',
    cloud: 'public',
    country: 'US',
  }),
  tenant({
    id: 'tailspin',
    name: 'Tailspin Toys',
    kind: 'customer',
    cloud: 'public',
    country: 'US',
  }),
  tenant({
    id: 'alpineskihouse',
    name: 'Alpine Ski House',
    kind: 'customer',
    cloud: 'public',
    country: 'US',
  }),
  tenant({
    id: 'wideworldimporters',
    name: 'Wide World Importers',
    kind: 'customer',
    cloud: 'germany',
    country: 'DE',
  }),
  tenant({ id: 'relecloud', name: 'Relecloud', kind: 'partner', cloud: 'germany', country: 'DE' }),
  tenant({
    id: 'fourthcoffee',
    name: 'Fourth Coffee',
    kind: 'customer',
    cloud: 'usgov',
    country: 'US',
  }),
  tenant({
    id: 'treyresearch',
    name: 'Trey Research',
    kind: 'partner',
    cloud: 'usgov',
    country: 'US',
  }),
  tenant({
    id: 'woodgrovebank',
    name: 'Woodgrove Bank',
    kind: 'customer',
    cloud: 'public',
    country: 'JP',
  }),
  tenant({
    id: 'cohowinery',
    name: 'Coho Winery',
    kind: 'customer',
    cloud: 'china21v',
    country: 'CN',
  }),
  tenant({ id: 'litware', name: 'Litware Inc.', kind: 'partner', cloud: 'public', country: 'US' }),
  tenant({ id: 'proseware', name: 'Proseware', kind: 'partner', cloud: 'public', country: 'US' }),
  // A second Office 365 partner that may offer delegated administration (R-O365-1), so R-O365-3 can be practised.
  tenant({
    id: 'firstupconsultants',
    name: 'First Up Consultants',
    kind: 'partner',
    cloud: 'public',
    country: 'US',
  }),
  tenant({
    id: 'lamnahealthcare',
    name: 'Lamna Healthcare',
    kind: 'company',
    cloud: 'public',
    country: 'US',
  }),
];

/** Practice credentials for W-ENROLL, told to the learner in Grady Archie's mailbox. */
export const LAMNA_ADMIN_PASSWORD = 'Lamna-Admin-2020';
const LAMNA_ADMIN_PASSWORD_SHA256 =
  'f4cf5baaee74eadcf46ad30d7b04733962481d18afdce7b7381bdf80f4b8d031';
export const LAMNA_PMC_USER = 'partner@lamnahealthcare.example';
export const LAMNA_PMC_PASSWORD = 'Lamna-PMC-2020';

const user = (id: string, tenantId: string, displayName: string, roles: Role[]): User => ({
  id,
  tenantId,
  displayName,
  email: `${id.replace(/^u-/, '')}@${tenantId}.example`,
  roles,
});

export const USERS: User[] = [
  user('u-megan', 'fabrikam', 'Megan Bowen', ['adminAgent', 'globalAdmin']),
  user('u-alex', 'fabrikam', 'Alex Wilber', ['salesAgent']),
  user('u-adele', 'fabrikam', 'Adele Vance', ['helpdeskAgent']),
  user('u-diego', 'northwind', 'Diego Siciliani', ['adminAgent']),
  user('u-patti', 'contoso', 'Patti Fernandez', ['globalAdmin']),
  user('u-lee', 'contoso', 'Lee Gu', ['billingAdmin']),
  user('u-isaiah', 'contoso', 'Isaiah Langer', ['userAdmin']),
  user('u-enrico', 'adatum', 'Enrico Cattaneo', ['globalAdmin']),
  user('u-christie', 'tailspin', 'Christie Cline', ['globalAdmin']),
  user('u-brian', 'alpineskihouse', 'Brian Johnson', ['globalAdmin']),
  user('u-johanna', 'wideworldimporters', 'Johanna Lorenz', ['globalAdmin']),
  user('u-henrietta', 'relecloud', 'Henrietta Mueller', ['adminAgent', 'globalAdmin']),
  user('u-joni', 'fourthcoffee', 'Joni Sherman', ['globalAdmin']),
  user('u-lidia', 'treyresearch', 'Lidia Holloway', ['adminAgent', 'globalAdmin']),
  user('u-miriam', 'woodgrovebank', 'Miriam Graham', ['globalAdmin']),
  user('u-lynne', 'cohowinery', 'Lynne Robbins', ['globalAdmin']),
  user('u-pradeep', 'litware', 'Pradeep Gupta', ['adminAgent', 'globalAdmin']),
  user('u-nestor', 'proseware', 'Nestor Wilke', ['adminAgent', 'globalAdmin']),
  user('u-allan', 'firstupconsultants', 'Allan Deyoung', ['adminAgent', 'globalAdmin']),
  // The enrolling Global admin (W-ENROLL) signs in with a work-account password; the world
  // keeps only its SHA-256. The practice password is given to the learner in a mail below.
  {
    ...user('u-grady', 'lamnahealthcare', 'Grady Archie', ['globalAdmin']),
    passwordHash: LAMNA_ADMIN_PASSWORD_SHA256,
  },
];

export function relationship(
  partnerId: string,
  customer: Pick<Tenant, 'id' | 'name'>,
  withAdminRoles: boolean,
  createdAt: number,
): Relationship {
  return {
    id: `rel-${partnerId}-${customer.id}`,
    partnerId,
    customerId: customer.id,
    customerName: customer.name,
    customerNameLower: customer.name.toLowerCase(),
    type: withAdminRoles ? 'resellerAndDelegatedAdmin' : 'reseller',
    // R-MPR-3: accepted admin roles are Global admin and Helpdesk admin in the customer tenant.
    adminRoles: withAdminRoles ? ['globalAdmin', 'helpdeskAdmin'] : [],
    partnerOfRecord: false,
    resellerOf: partnerId,
    createdAt,
  };
}

/**
 * Invitations already on their way in the default world, so the customer-side workflows can
 * be practised on national clouds (R-REQ-5). Contoso gets one only when a partner sends it.
 */
function seededInvitation(
  id: string,
  partnerId: string,
  senderUserId: string,
  customerId: string,
  createdAt: number,
): Invitation {
  return {
    id,
    token: `${id}-token`,
    kind: 'reseller',
    state: 'sent',
    partnerId,
    senderUserId,
    customerId,
    includesAdminRoles: true,
    linkDelivered: true,
    createdAt,
    updatedAt: createdAt,
  };
}

function invitationMail(inv: Invitation, from: User, to: User, partnerName: string): Mail {
  return {
    id: `mail-${inv.id}`,
    mailbox: to.email,
    fromName: from.displayName,
    fromEmail: from.email,
    to: [to.email],
    subject: {
      kind: 'i18n',
      key: 'mail:seeded.invitation.subject',
      params: { partner: partnerName },
    },
    body: {
      kind: 'i18n',
      key: 'mail:seeded.invitation.body',
      params: {
        partner: partnerName,
        name: to.displayName,
        sender: from.displayName,
        link: invitationLink(inv.token),
      },
    },
    sentAt: inv.createdAt,
    read: 0,
    invitationId: inv.id,
  };
}

const byId = (id: string): Tenant => {
  const t = TENANTS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown tenant ${id}`);
  return t;
};

const DAY = 86_400_000;

function welcomeMail(u: User, kind: 'partner' | 'customer' | 'company', sentAt: number): Mail {
  return {
    id: `mail-welcome-${u.id}`,
    mailbox: u.email,
    fromName: 'Partner relationships simulator',
    fromEmail: 'simulator@partner-sim.example',
    to: [u.email],
    subject: { kind: 'i18n', key: `mail:welcome.${kind}.subject` },
    body: { kind: 'i18n', key: `mail:welcome.${kind}.body`, params: { name: u.displayName } },
    sentAt,
    read: 0,
  };
}

export function defaultWorld(): World {
  const now = DEFAULT_START;
  return {
    meta: { key: 'world', scenario: 'default', now, defaultPersonaId: 'u-megan' },
    tenants: TENANTS.map((t) => ({ ...t })),
    users: USERS.map((u) => ({ ...u, roles: [...u.roles] })),
    partners: [
      partnerOrg('fabrikam', '4649001', ['cspIndirectReseller']),
      partnerOrg('northwind', '4649002', ['cspIndirectProvider']),
      partnerOrg('relecloud', '4649003', ['cspDirect']),
      partnerOrg('treyresearch', '4649004', ['cspDirect']),
      partnerOrg('litware', '4649005', ['o365Partner', 'cloudEssentials']),
      partnerOrg('proseware', '4649006', ['o365Partner']),
      partnerOrg('firstupconsultants', '4649007', ['o365Partner', 'cloudAccelerate']),
    ],
    relationships: [
      relationship('fabrikam', byId('adatum'), true, now - 120 * DAY),
      relationship('northwind', byId('tailspin'), true, now - 200 * DAY),
      // A reseller without admin rights whose customer has not accepted the MCA yet (W-MCA, R-REQ-1, R-MPR-6).
      relationship('fabrikam', byId('alpineskihouse'), false, now - 10 * DAY),
    ],
    providerLinks: [],
    invitations: invitations(now),
    agreements: [
      {
        id: 'mca-adatum',
        tenantId: 'adatum',
        kind: 'mca',
        acceptedAt: now - 120 * DAY,
        acceptedByUserId: 'u-enrico',
      },
      {
        id: 'mca-tailspin',
        tenantId: 'tailspin',
        kind: 'mca',
        acceptedAt: now - 200 * DAY,
        acceptedByUserId: 'u-christie',
      },
    ],
    subscriptions: [
      {
        id: 'sub-adatum-e3',
        tenantId: 'adatum',
        partnerId: 'fabrikam',
        offerId: 'o365-e3',
        licenses: 25,
        assigned: 21,
        status: 'active',
      },
      {
        id: 'sub-adatum-azure',
        tenantId: 'adatum',
        partnerId: 'fabrikam',
        offerId: 'azure-plan',
        licenses: 1,
        assigned: 1,
        status: 'active',
      },
      // Bought by Adatum directly from Microsoft: Fabrikam sees it but can't manage it (R-REQ-1).
      {
        id: 'sub-adatum-exchange',
        tenantId: 'adatum',
        offerId: 'exchange-online-p1',
        licenses: 5,
        assigned: 5,
        status: 'active',
      },
      {
        id: 'sub-contoso-bs',
        tenantId: 'contoso',
        offerId: 'm365-business-standard',
        licenses: 10,
        assigned: 7,
        status: 'active',
      },
      {
        id: 'sub-tailspin-e1',
        tenantId: 'tailspin',
        partnerId: 'northwind',
        offerId: 'o365-e1',
        licenses: 50,
        assigned: 44,
        status: 'active',
      },
    ],
    mail: [
      ...USERS.map((u) => welcomeMail(u, byId(u.tenantId).kind, now - DAY)),
      ...seededMail(now),
    ],
    o365Offers: [],
    enrollments: [],
    pmcAccounts: [
      {
        id: 'pmc-lamna',
        userName: LAMNA_PMC_USER,
        password: LAMNA_PMC_PASSWORD,
        // R-IND-2: only the first is an active profile in the tenant's country (US).
        profiles: [
          { mpnId: '5120001', organizationName: 'Lamna Healthcare', country: 'US', active: true },
          {
            mpnId: '5120002',
            organizationName: 'Lamna Healthcare Canada',
            country: 'CA',
            active: true,
          },
          {
            mpnId: '5120003',
            organizationName: 'Lamna Healthcare (former branch)',
            country: 'US',
            active: false,
          },
        ],
      },
    ],
  };
}

function invitations(now: number): Invitation[] {
  return [
    seededInvitation(
      'inv-trey-fourthcoffee',
      'treyresearch',
      'u-lidia',
      'fourthcoffee',
      now - 2 * DAY,
    ),
    seededInvitation(
      'inv-relecloud-wwi',
      'relecloud',
      'u-henrietta',
      'wideworldimporters',
      now - 2 * DAY,
    ),
  ];
}

const userById = (id: string): User => {
  const u = USERS.find((x) => x.id === id);
  if (!u) throw new Error(`unknown user ${id}`);
  return u;
};

function seededMail(now: number): Mail[] {
  const [trey, relecloud] = invitations(now) as [Invitation, Invitation];
  const brian = userById('u-brian');
  const megan = userById('u-megan');
  const grady = userById('u-grady');
  return [
    {
      id: 'mail-enrollment-details',
      mailbox: grady.email,
      fromName: 'Partner relationships simulator',
      fromEmail: 'simulator@partner-sim.example',
      to: [grady.email],
      subject: { kind: 'i18n', key: 'mail:seeded.enrollment.subject' },
      body: {
        kind: 'i18n',
        key: 'mail:seeded.enrollment.body',
        params: {
          name: grady.displayName,
          workUser: grady.email,
          workPassword: LAMNA_ADMIN_PASSWORD,
          pmcUser: LAMNA_PMC_USER,
          pmcPassword: LAMNA_PMC_PASSWORD,
          link: simLink('/enroll'),
        },
      },
      sentAt: now - DAY,
      read: 0,
    },
    invitationMail(trey, userById('u-lidia'), userById('u-joni'), 'Trey Research'),
    invitationMail(relecloud, userById('u-henrietta'), userById('u-johanna'), 'Relecloud'),
    // W-MCA: Fabrikam asks Alpine Ski House to accept the Microsoft Customer Agreement.
    {
      id: 'mail-mca-alpineskihouse',
      mailbox: brian.email,
      fromName: megan.displayName,
      fromEmail: megan.email,
      to: [brian.email],
      subject: {
        kind: 'i18n',
        key: 'mail:seeded.mca.subject',
        params: { partner: 'Fabrikam Solutions' },
      },
      body: {
        kind: 'i18n',
        key: 'mail:seeded.mca.body',
        params: {
          partner: 'Fabrikam Solutions',
          name: brian.displayName,
          sender: megan.displayName,
          link: simLink('/accept-agreement'),
        },
      },
      sentAt: now - DAY,
      read: 0,
    },
  ];
}

const LISTINGS: Record<string, PartnerListing> = {
  fabrikam: {
    city: 'Seattle',
    sizes: ['xs', 's', 'm'],
    services: ['licensing', 'migration', 'teams', 'training'],
  },
  northwind: {
    city: 'Chicago',
    sizes: ['m', 'l', 'xl'],
    services: ['licensing', 'azure', 'support'],
  },
  relecloud: {
    city: 'Frankfurt',
    sizes: ['s', 'm', 'l'],
    services: ['licensing', 'security', 'azure'],
  },
  treyresearch: {
    city: 'Arlington',
    sizes: ['m', 'l', 'xl'],
    services: ['security', 'azure', 'support'],
  },
  litware: { city: 'Boston', sizes: ['xs', 's'], services: ['teams', 'training', 'devices'] },
  proseware: { city: 'Denver', sizes: ['xs', 's', 'm'], services: ['migration', 'devices'] },
};

function partnerOrg(
  tenantId: string,
  mpnId: string,
  programs: World['partners'][number]['programs'],
) {
  const t = byId(tenantId);
  const listing = LISTINGS[tenantId];
  return {
    ...(listing ? { listing } : {}),
    tenantId,
    mpnId,
    programs,
    legalName: t.name,
    primaryContactEmail: `partners@${t.domain}`,
    supportEmail: `support@${t.domain}`,
    supportPhone: '+1 425 555 0100',
  };
}
