import type { Mail, User, World } from '../../domain/types';
import {
  DAY_MS,
  microsoftLedRelationship,
  type AdminRelationship,
} from '../../domain/adminRelationship';
import { MLT_DEFAULT_ROLES, type EntraRole } from '../../domain/entraRoles';
import { gdapReviewLink } from '../../domain/mailLinks';
import { relationshipAfterRolesRemoved } from '../../domain/customerRules';

// The Today edition's seed (docs/editions/today-gdap.md, issue 16): the default world's tenants
// and people, plus the GDAP relationships a trainee meets today, so every GDAP page opens onto
// content. Added only when a world is made in Today; a 2020 world is the default world exactly.
//   Adatum      – Fabrikam's pending request (W-GDAP-APPROVE), its review link in Enrico's
//                 mailbox; Fabrikam still holds DAP there (R-GDAP-10: the page warns).
//   Alpine Ski  – two active Fabrikam relationships: one ending in under 30 days with auto extend
//                 off (R-GDAP-9's 30-day notice already sent), one with auto extend on (R-GDAP-5).
//   Tailspin    – Northwind's Microsoft-led `MLT_` relationship (W-DAP-TO-GDAP): the eight default
//                 roles for a year; Microsoft removed Northwind's DAP 30 days after creating it.
//                 Its roles reached no security group: Learn's transition page says the tool
//                 assigns them to AdminAgents and HelpdeskAgents, except where a customer's
//                 conditional access policy stops it, and then the partner completes the setup
//                 (the gdap-transition walkthrough).

/** The seeded pending request, named by tests and walkthroughs. */
export const TODAY_PENDING_ID = 'gdap-fabrikam-adatum-helpdesk';
export const TODAY_EXPIRING_ID = 'gdap-fabrikam-alpine-support';
export const TODAY_AUTO_EXTEND_ID = 'gdap-fabrikam-alpine-licensing';
export const TODAY_MLT_ID = 'gdap-northwind-tailspin-mlt';
/** A fixed guid: the seed is the same world every time it is made. */
export const TODAY_MLT_NAME = 'MLT_3f2504e0-4f89-11d3-9a0c-0305e82c3301';

/** How long ago Microsoft's transition created the MLT relationship, and removed DAP after it. */
const MLT_AGE_DAYS = 200;
const MLT_DAP_REMOVAL_DAYS = 30;

function active(
  p: Pick<AdminRelationship, 'id' | 'partnerId' | 'customerId' | 'name' | 'requestedBy'> & {
    roles: EntraRole[];
    approvedBy: string;
    durationDays: number;
    autoExtend: boolean;
    /** Days since approval. */
    age: number;
    now: number;
  },
): AdminRelationship {
  const approvedAt = p.now - p.age * DAY_MS;
  const endsAt = approvedAt + p.durationDays * DAY_MS;
  return {
    id: p.id,
    partnerId: p.partnerId,
    customerId: p.customerId,
    name: p.name,
    durationDays: p.durationDays,
    roles: p.roles,
    autoExtend: p.autoExtend,
    status: 'active',
    createdAt: approvedAt - 2 * DAY_MS,
    requestedBy: p.requestedBy,
    linkDelivered: true,
    approvedAt,
    approvedBy: p.approvedBy,
    endsAt,
    // R-GDAP-9: the notices whose day has passed were sent (auto extend sends none).
    noticesSent: p.autoExtend ? [] : [30, 7, 1].filter((d) => p.now >= endsAt - d * DAY_MS),
    assignments: [
      {
        groupId: 'helpdeskAgents',
        roles: p.roles,
        status: 'active',
        createdAt: approvedAt,
        activatedAt: approvedAt,
      },
    ],
  };
}

export function todayAdminRelationships(now: number): AdminRelationship[] {
  const pending: AdminRelationship = {
    id: TODAY_PENDING_ID,
    partnerId: 'fabrikam',
    customerId: 'adatum',
    name: 'Fabrikam helpdesk',
    durationDays: 365,
    roles: ['helpdeskAdministrator', 'userAdministrator', 'licenseAdministrator'],
    autoExtend: false,
    status: 'approvalPending',
    createdAt: now - 2 * DAY_MS,
    requestedBy: 'u-megan',
    linkDelivered: true,
    assignments: [],
  };
  return [
    pending,
    active({
      id: TODAY_EXPIRING_ID,
      partnerId: 'fabrikam',
      customerId: 'alpineskihouse',
      name: 'Fabrikam support',
      roles: ['serviceSupportAdministrator', 'passwordAdministrator'],
      requestedBy: 'u-megan',
      approvedBy: 'u-brian',
      durationDays: 180,
      autoExtend: false,
      age: 160, // ends in 20 days
      now,
    }),
    active({
      id: TODAY_AUTO_EXTEND_ID,
      partnerId: 'fabrikam',
      customerId: 'alpineskihouse',
      name: 'Fabrikam licensing',
      roles: ['licenseAdministrator', 'userAdministrator'],
      requestedBy: 'u-megan',
      approvedBy: 'u-brian',
      durationDays: 365,
      autoExtend: true,
      age: 100,
      now,
    }),
    microsoftLedRelationship({
      id: TODAY_MLT_ID,
      guid: TODAY_MLT_NAME.slice('MLT_'.length),
      partnerId: 'northwind',
      customerId: 'tailspin',
      requestedBy: 'u-diego',
      roles: MLT_DEFAULT_ROLES,
      now: now - MLT_AGE_DAYS * DAY_MS,
    }),
  ];
}

/** The request mail Megan sent Enrico (W-GDAP-REQUEST's email, with its review link). */
function requestMail(r: AdminRelationship, from: User, to: User, partnerName: string): Mail {
  const params = {
    name: to.displayName,
    partner: partnerName,
    relationship: r.name,
    days: String(r.durationDays),
    roles: r.roles.join(','),
    sender: from.displayName,
    link: gdapReviewLink(r.id),
  };
  return {
    id: `mail-${r.id}`,
    mailbox: to.email,
    fromName: from.displayName,
    fromEmail: from.email,
    to: [to.email],
    subject: { kind: 'i18n', key: 'mail:seeded.gdapRequest.subject', params },
    body: { kind: 'i18n', key: 'mail:seeded.gdapRequest.body', params },
    sentAt: r.createdAt,
    read: 0,
  };
}

/** The default world as a Today world finds it (the caller marks its meta with the edition). */
export function withTodaySeed(world: World): World {
  const now = world.meta.now;
  const user = (id: string) => world.users.find((u) => u.id === id);
  const tenantName = (id: string) => world.tenants.find((t) => t.id === id)?.name ?? id;
  // Only a world with the default world's people: another scenario stays as it is.
  const megan = user('u-megan');
  const enrico = user('u-enrico');
  if (!megan || !enrico || !user('u-brian') || !user('u-diego') || !user('u-christie'))
    return world;
  const adminRelationships = todayAdminRelationships(now);
  const pending = adminRelationships.find((r) => r.id === TODAY_PENDING_ID)!;
  const dapRemovedAt = now - (MLT_AGE_DAYS - MLT_DAP_REMOVAL_DAYS) * DAY_MS;
  return {
    ...world,
    // W-DAP-TO-GDAP: Microsoft removed Northwind's DAP at Tailspin after the transition.
    relationships: world.relationships.map((rel) =>
      rel.partnerId === 'northwind' && rel.customerId === 'tailspin'
        ? { ...rel, ...relationshipAfterRolesRemoved(rel), rolesRemovedAt: dapRemovedAt }
        : rel,
    ),
    mail: [...world.mail, requestMail(pending, megan, enrico, tenantName('fabrikam'))],
    adminRelationships,
  };
}
