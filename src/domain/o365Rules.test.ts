import { describe, expect, it } from 'vitest';
import {
  canBePartnerOfRecord,
  checkLicenseCount,
  checkMpnId,
  checkOfferLink,
  checkOfferRecipient,
  DAY_MS,
  delegatedAdminOpen,
  offerStateAt,
  o365OfferLink,
  R_O365_1_canOfferDelegatedAdmin,
  R_O365_3_otherDelegatedAdmin,
  R_O365_4_partnerOfRecordFlags,
  R_O365_6_partnerFeaturesAvailable,
  relationshipAfterDelegatedAdmin,
  servicesOpen,
  servicesToStore,
  subscriptionsFromOffer,
  subscriptionStatusAt,
  TRIAL_INVITATION_VALID_DAYS,
  validateOfferDraft,
} from './o365Rules';
import { routeOfLink } from './mailLinks';
import type { O365Offer, Program, Relationship, Role, Tenant } from './types';

const tenant = (over: Partial<Tenant>): Tenant => ({
  id: 'contoso',
  name: 'Contoso Ltd',
  domain: 'contoso.example',
  kind: 'customer',
  cloud: 'public',
  country: 'US',
  ...over,
});
const litware = tenant({ id: 'litware', name: 'Litware Inc.', kind: 'partner' });
const contoso = tenant({});
const T0 = Date.UTC(2020, 9, 5, 9);

const offer = (over: Partial<O365Offer> = {}): O365Offer => ({
  id: 'o1',
  token: 'o_token12345',
  kind: 'trial',
  partnerId: 'litware',
  senderUserId: 'u-pradeep',
  customerId: 'contoso',
  services: [{ offerId: 'o365-e3', licenses: 25 }],
  includesDelegatedAdmin: false,
  state: 'sent',
  trialDays: 30,
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

const rel = (over: Partial<Relationship>): Relationship => ({
  id: `rel-${over.partnerId}`,
  partnerId: 'x',
  customerId: 'contoso',
  customerName: 'Contoso Ltd',
  customerNameLower: 'contoso ltd',
  type: 'delegatedAdmin',
  adminRoles: ['globalAdmin', 'helpdeskAdmin'],
  partnerOfRecord: false,
  createdAt: 0,
  ...over,
});

describe('R-O365-1: only Cloud Essentials, Cloud Accelerate or Cloud Deployment partners offer delegated administration', () => {
  const cases: [Program[], boolean][] = [
    [['o365Partner', 'cloudEssentials'], true], // Litware
    [['o365Partner', 'cloudAccelerate'], true], // First Up Consultants
    [['cloudDeployment'], true],
    [['o365Partner'], false], // Proseware
    [['cspIndirectReseller'], false],
    [[], false],
  ];
  it.each(cases)('%j → %s', (programs, expected) =>
    expect(R_O365_1_canOfferDelegatedAdmin(programs)).toBe(expected),
  );

  it('W-TRIAL: a draft with the option from a partner that may not offer it is refused', () => {
    expect(
      validateOfferDraft({
        kind: 'trial',
        services: [{ offerId: 'o365-e3', licenses: '' }],
        includesDelegatedAdmin: true,
        canOfferDelegatedAdmin: false,
      }),
    ).toEqual({
      delegatedAdmin: 'notAllowed',
    });
    expect(
      validateOfferDraft({
        kind: 'trial',
        services: [{ offerId: 'o365-e3', licenses: '' }],
        includesDelegatedAdmin: true,
        canOfferDelegatedAdmin: true,
      }),
    ).toEqual({});
  });
});

describe('W-OFFER: licence counts are whole numbers from 1 to 10,000', () => {
  const cases: [string, ReturnType<typeof checkLicenseCount>][] = [
    ['', 'required'],
    ['   ', 'required'],
    ['0', 'tooFew'],
    ['-5', 'tooFew'],
    ['2.5', 'notWhole'],
    ['2,5', 'notWhole'],
    ['10001', 'tooMany'],
    ['99999999999999999999999', 'tooMany'],
    ['1e3', 'format'],
    ['ten', 'format'],
    ['<b>5</b>', 'format'],
    ['1', null],
    [' 25 ', null],
    ['10000', null],
  ];
  it.each(cases)('%j → %s', (raw, expected) => expect(checkLicenseCount(raw)).toBe(expected));

  it('every chosen service needs a valid count; the counts are stored as numbers', () => {
    const services = [
      { offerId: 'o365-e3', licenses: '0' },
      { offerId: 'o365-e1', licenses: '40' },
    ];
    expect(
      validateOfferDraft({
        kind: 'purchase',
        services,
        includesDelegatedAdmin: false,
        canOfferDelegatedAdmin: true,
      }),
    ).toEqual({ licenses: { 'o365-e3': 'tooFew' } });
    expect(servicesToStore('purchase', [{ offerId: 'o365-e1', licenses: ' 40 ' }])).toEqual([
      { offerId: 'o365-e1', licenses: 40 },
    ]);
  });
});

describe('W-TRIAL / W-OFFER: one or more services from the catalogue', () => {
  const v = (kind: 'trial' | 'purchase', ids: string[]) =>
    validateOfferDraft({
      kind,
      services: ids.map((offerId) => ({ offerId, licenses: '5' })),
      includesDelegatedAdmin: false,
      canOfferDelegatedAdmin: false,
    }).services;
  it.each([
    ['trial', [], 'none'],
    ['trial', ['o365-e3', 'o365-e3'], 'duplicate'],
    ['trial', ['not-an-offer'], 'unknown'],
    ['purchase', ['azure-plan'], 'unknown'],
    ['trial', ['o365-e3', 'exchange-online-p1'], undefined],
    ['purchase', ['m365-business-standard'], undefined],
  ] as const)('%s %j → %s', (kind, ids, expected) => expect(v(kind, [...ids])).toBe(expected));

  it('a trial comes with the catalogue licences', () => {
    expect(servicesToStore('trial', [{ offerId: 'o365-e3', licenses: '' }])).toEqual([
      { offerId: 'o365-e3', licenses: 25 },
    ]);
  });

  it('the personal link is an in-app link to /o365-offer/<token> (R-O365-2)', () => {
    expect(routeOfLink(o365OfferLink('o_abc123'))).toBe('/o365-offer/o_abc123');
  });
});

describe('R-O365-6 and clouds: who an offer can be sent to', () => {
  it.each([
    [tenant({}), null],
    [tenant({ kind: 'partner' }), 'notCustomer'],
    [tenant({ cloud: 'china21v' }), 'unavailable21v'],
    [tenant({ cloud: 'germany' }), 'otherCloud'],
    [tenant({ cloud: 'usgov' }), 'otherCloud'],
  ] as const)('%#', (customer, expected) =>
    expect(checkOfferRecipient(litware, customer)).toBe(expected),
  );

  it('R-O365-6: partner features are off in Office 365 operated by 21Vianet only', () => {
    expect(R_O365_6_partnerFeaturesAvailable('china21v')).toBe(false);
    for (const c of ['public', 'usgov', 'germany'] as const)
      expect(R_O365_6_partnerFeaturesAvailable(c)).toBe(true);
  });
});

describe('the offer link: expiry by the clock, who may answer', () => {
  const expiry = T0 + TRIAL_INVITATION_VALID_DAYS * DAY_MS;
  it('an unanswered trial invitation expires after the validity period; purchase offers do not', () => {
    expect(offerStateAt(offer(), expiry - 1)).toBe('sent');
    expect(offerStateAt(offer(), expiry)).toBe('expired');
    expect(offerStateAt(offer({ kind: 'purchase' }), expiry + 365 * DAY_MS)).toBe('sent');
    expect(offerStateAt(offer({ state: 'accepted' }), expiry)).toBe('accepted');
  });

  it('R-O365-2: the delegated administration part stays open after the services, not after expiry', () => {
    const withDa = offer({ includesDelegatedAdmin: true, delegatedAdminState: 'pending' });
    expect(delegatedAdminOpen(withDa, T0)).toBe(true);
    expect(delegatedAdminOpen({ ...withDa, state: 'accepted' }, expiry + DAY_MS)).toBe(true);
    expect(delegatedAdminOpen(withDa, expiry)).toBe(false);
    expect(delegatedAdminOpen({ ...withDa, delegatedAdminState: 'declined' }, T0)).toBe(false);
    expect(servicesOpen({ ...withDa, state: 'accepted' }, T0)).toBe(false);
  });

  const check = (over: {
    o?: O365Offer | undefined;
    persona?: Tenant;
    roles?: Role[];
    now?: number;
  }) =>
    checkOfferLink({
      offer: 'o' in over ? over.o : offer(),
      partner: litware,
      personaTenant: over.persona ?? contoso,
      personaRoles: over.roles ?? ['globalAdmin'],
      now: over.now ?? T0,
    });

  it.each([
    ['Global admin of the addressee', {}, null],
    ['Billing admin (R-MPR-1)', { roles: ['billingAdmin'] as Role[] }, null],
    [
      'User admin (R-MPR-1)',
      { roles: ['userAdmin'] as Role[] },
      { key: 'role', ruleId: 'R-MPR-1' },
    ],
    ['unknown token', { o: undefined }, { key: 'notFound' }],
    [
      '21Vianet (R-O365-6)',
      { persona: tenant({ id: 'cohowinery', cloud: 'china21v' }) },
      { key: 'unavailable21v', ruleId: 'R-O365-6' },
    ],
    ['another customer', { persona: tenant({ id: 'adatum' }) }, { key: 'otherTenant' }],
    ['partner staff', { persona: litware }, { key: 'partnerPersona' }],
    ['expired trial', { now: expiry }, { key: 'expired' }],
    ['used', { o: offer({ state: 'accepted' }) }, { key: 'used' }],
  ] as const)('%s', (_, over, expected) => expect(check(over as never)).toEqual(expected));
});

describe('subscriptions from an accepted offer', () => {
  it('a trial: status trial, ends after the trial length, then shows as expired', () => {
    const [sub] = subscriptionsFromOffer(offer(), 'contoso', T0);
    expect(sub).toMatchObject({
      tenantId: 'contoso',
      partnerId: 'litware',
      offerId: 'o365-e3',
      licenses: 25,
      status: 'trial',
      endsAt: T0 + 30 * DAY_MS,
    });
    expect(subscriptionStatusAt(sub!, T0 + 30 * DAY_MS - 1)).toBe('trial');
    expect(subscriptionStatusAt(sub!, T0 + 30 * DAY_MS)).toBe('expired');
  });
  it('a purchase: paid (active) with the offered licences, associated with the partner', () => {
    const [sub] = subscriptionsFromOffer(
      offer({ kind: 'purchase', services: [{ offerId: 'o365-e1', licenses: 40 }] }),
      'contoso',
      T0,
    );
    expect(sub).toMatchObject({ partnerId: 'litware', licenses: 40, status: 'active' });
    expect(sub!.endsAt).toBeUndefined();
  });
});

describe('R-O365-3: at most one delegated administration partner through Office 365 offers', () => {
  it.each([
    ['no one', [], undefined],
    [
      'a CSP reseller with DAP (Adatum and Fabrikam) does not count',
      [rel({ partnerId: 'fabrikam', type: 'resellerAndDelegatedAdmin', resellerOf: 'fabrikam' })],
      undefined,
    ],
    [
      'a CSP relationship marked csp does not count',
      [rel({ partnerId: 'fabrikam', source: 'csp' })],
      undefined,
    ],
    ['the same partner does not count', [rel({ partnerId: 'litware', source: 'o365' })], undefined],
    [
      'another O365 partner whose roles were removed does not count',
      [rel({ partnerId: 'firstupconsultants', source: 'o365', adminRoles: [] })],
      undefined,
    ],
    [
      'another O365 partner with roles counts',
      [rel({ partnerId: 'firstupconsultants', source: 'o365' })],
      'firstupconsultants',
    ],
  ] as const)('%s', (_, rels, expected) =>
    expect(
      R_O365_3_otherDelegatedAdmin(rels as unknown as Relationship[], 'litware')?.partnerId,
    ).toBe(expected),
  );

  it('R-MPR-3: accepting grants Global admin and Helpdesk admin; a reseller becomes reseller & delegated administrator', () => {
    expect(relationshipAfterDelegatedAdmin(undefined)).toEqual({
      type: 'delegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
      source: 'o365',
    });
    expect(
      relationshipAfterDelegatedAdmin(rel({ partnerId: 'p', type: 'partner', adminRoles: [] })),
    ).toMatchObject({ type: 'delegatedAdmin' });
    expect(
      relationshipAfterDelegatedAdmin(
        rel({ partnerId: 'p', type: 'reseller', adminRoles: [], resellerOf: 'p' }),
      ),
    ).toMatchObject({ type: 'resellerAndDelegatedAdmin' });
  });
});

describe('W-POR, R-O365-4: one partner of record, separate from delegated administration', () => {
  it.each([
    ['', 'required'],
    ['abc', 'format'],
    ['4649-005', 'format'],
    ['<script>', 'format'],
    ['1234567890123', 'tooLong'],
    [' 4649005 ', null],
  ] as const)('MPN ID %j → %s', (raw, expected) => expect(checkMpnId(raw)).toBe(expected));

  it('designating a partner sets exactly one flag and leaves everything else alone', () => {
    const rels = [
      rel({ partnerId: 'litware', source: 'o365' }),
      rel({ partnerId: 'proseware', type: 'partner', adminRoles: [], partnerOfRecord: true }),
    ];
    expect(R_O365_4_partnerOfRecordFlags(rels, 'litware')).toEqual([
      { id: 'rel-litware', partnerOfRecord: true },
      { id: 'rel-proseware', partnerOfRecord: false },
    ]);
    expect(R_O365_4_partnerOfRecordFlags(rels, 'proseware')).toEqual([]);
  });

  it('the partner of record is a partner organization in the customer cloud, never in 21Vianet (R-O365-6)', () => {
    expect(canBePartnerOfRecord(litware, contoso)).toBe(true);
    expect(canBePartnerOfRecord(tenant({ kind: 'customer' }), contoso)).toBe(false);
    expect(canBePartnerOfRecord(tenant({ kind: 'partner', cloud: 'germany' }), contoso)).toBe(
      false,
    );
    expect(
      canBePartnerOfRecord(
        tenant({ kind: 'partner', cloud: 'china21v' }),
        tenant({ cloud: 'china21v' }),
      ),
    ).toBe(false);
  });
});
