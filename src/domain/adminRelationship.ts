import type { EntraRole } from './entraRoles';
import type { Relationship, Role, User } from './types';

// A granular delegated admin privileges (GDAP) relationship of the Today edition
// (docs/editions/today-gdap.md), shaped after Microsoft Graph's delegatedAdminRelationship:
// a partner asks one customer for named Microsoft Entra roles for a fixed duration; the
// customer's Global admin approves; the partner assigns the roles to its security groups.
// Separate from `Relationship` (the reseller relationship, which Today grants no roles, R-GDAP-1).

export const DAY_MS = 86_400_000;

export const ADMIN_RELATIONSHIP_STATUSES = [
  'approvalPending',
  'active',
  'expired',
  'terminated',
] as const;
export type AdminRelationshipStatus = (typeof ADMIN_RELATIONSHIP_STATUSES)[number];

export const ASSIGNMENT_STATUSES = ['pending', 'active'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * The security groups of a partner tenant that roles can be assigned to (W-GDAP-ASSIGN).
 * Decision: the groups every CSP partner tenant has (AdminAgents, HelpdeskAgents, SalesAgents),
 * whose members are the partner's users with that agent role, so the world needs no group
 * table and "who has access" follows from the users the learner already manages.
 */
export const SECURITY_GROUPS = ['adminAgents', 'helpdeskAgents', 'salesAgents'] as const;
export type SecurityGroupId = (typeof SECURITY_GROUPS)[number];

const GROUP_ROLE: Record<SecurityGroupId, Role> = {
  adminAgents: 'adminAgent',
  helpdeskAgents: 'helpdeskAgent',
  salesAgents: 'salesAgent',
};

/** A security group of a partner tenant: its id and the partner users in it. */
export interface SecurityGroup {
  id: SecurityGroupId;
  tenantId: string;
  memberIds: string[];
}

/** The partner's security groups with their members (users of that tenant with the group's role). */
export function securityGroupsOf(tenantId: string, users: readonly User[]): SecurityGroup[] {
  return SECURITY_GROUPS.map((id) => ({
    id,
    tenantId,
    memberIds: users
      .filter((u) => u.tenantId === tenantId && u.roles.includes(GROUP_ROLE[id]))
      .map((u) => u.id),
  }));
}

export function isMemberOf(user: Pick<User, 'roles'>, group: SecurityGroupId): boolean {
  return user.roles.includes(GROUP_ROLE[group]);
}

/** Roles assigned to one security group (R-GDAP-8); Pending until the assignment takes effect. */
export interface SecurityGroupAssignment {
  groupId: SecurityGroupId;
  roles: EntraRole[];
  status: AssignmentStatus;
  createdAt: number;
  activatedAt?: number;
}

export interface AdminRelationship {
  id: string;
  partnerId: string;
  customerId: string;
  /** Admin relationship name (R-GDAP-3), visible to the customer. */
  name: string;
  /** Duration in days (R-GDAP-4), counted from the approval (R-GDAP-7). */
  durationDays: number;
  /** Requested Microsoft Entra roles; approval grants exactly these (R-GDAP-7). */
  roles: EntraRole[];
  /** Auto extend: +180 days at the end date (R-GDAP-5). */
  autoExtend: boolean;
  status: AdminRelationshipStatus;
  createdAt: number;
  /** The partner's Admin agent who requested it (R-GDAP-2): told of approval, expiry, termination. */
  requestedBy: string;
  /** R-IND-11's idea for GDAP: whether the request mail kept the review link. */
  linkDelivered: boolean;
  approvedAt?: number;
  /** The customer's Global admin who approved (R-GDAP-7). */
  approvedBy?: string;
  endsAt?: number;
  /** When it expired or was terminated (R-GDAP-6, R-GDAP-9). */
  endedAt?: number;
  terminatedBy?: 'partner' | 'customer';
  /** R-GDAP-9: the notices already sent for the current end date (days before the end). */
  noticesSent?: number[];
  /** W-DAP-TO-GDAP: created by Microsoft's transition (`MLT_<guid>`), not by a partner request. */
  microsoftLed?: boolean;
  assignments: SecurityGroupAssignment[];
}

/** The live states; expired and terminated are final (R-GDAP-9). */
export function isFinal(r: Pick<AdminRelationship, 'status'>): boolean {
  return r.status === 'expired' || r.status === 'terminated';
}

/**
 * R-GDAP-8 and R-GDAP-10: the customer roles a partner user holds through GDAP — roles of
 * Active assignments, in active relationships of the user's partner with that customer, to
 * groups the user is a member of. Approved roles alone give nobody access.
 */
export function gdapRolesOf(
  user: Pick<User, 'tenantId' | 'roles'>,
  customerId: string,
  relationships: readonly AdminRelationship[],
): EntraRole[] {
  const roles = new Set<EntraRole>();
  for (const r of relationships) {
    if (r.status !== 'active' || r.partnerId !== user.tenantId || r.customerId !== customerId)
      continue;
    for (const a of r.assignments)
      if (a.status === 'active' && isMemberOf(user, a.groupId))
        a.roles.forEach((x) => roles.add(x));
  }
  return [...roles];
}

/** DAP: the reseller relationship still carries 2020-style admin roles (R-GDAP-10). */
export function hasDap(relationship: Pick<Relationship, 'adminRoles'> | undefined): boolean {
  return !!relationship && relationship.adminRoles.length > 0;
}

/**
 * R-GDAP-10: where both exist GDAP takes precedence — a user with GDAP roles at the customer
 * acts with those; DAP (an Admin agent's access through the reseller relationship) only applies
 * where the user holds no GDAP role there.
 */
export function effectiveAccess(
  user: Pick<User, 'tenantId' | 'roles'>,
  customerId: string,
  relationships: readonly AdminRelationship[],
  reseller: Pick<Relationship, 'adminRoles'> | undefined,
): { via: 'gdap'; roles: EntraRole[] } | { via: 'dap'; roles: Role[] } | { via: 'none' } {
  const gdap = gdapRolesOf(user, customerId, relationships);
  if (gdap.length) return { via: 'gdap', roles: gdap };
  if (hasDap(reseller) && user.roles.includes('adminAgent'))
    return { via: 'dap', roles: [...reseller!.adminRoles] };
  return { via: 'none' };
}

/** Whole days from `now` to `endsAt`, rounded up (a relationship ending in 6.5 days has 7 left). */
export function daysLeft(endsAt: number, now: number): number {
  return Math.ceil((endsAt - now) / DAY_MS);
}

/** W-DAP-TO-GDAP variant: the Microsoft-led transition's relationship lasted one year. */
export const MLT_DURATION_DAYS = 365;

/**
 * W-DAP-TO-GDAP variant: the relationship Microsoft's transition created for a partner holding
 * DAP — named `MLT_<guid>`, the default roles, one year, active from `now`, no assignments.
 */
export function microsoftLedRelationship(p: {
  id: string;
  guid: string;
  partnerId: string;
  customerId: string;
  requestedBy: string;
  roles: readonly EntraRole[];
  now: number;
}): AdminRelationship {
  return {
    id: p.id,
    partnerId: p.partnerId,
    customerId: p.customerId,
    name: `MLT_${p.guid}`.slice(0, 50),
    durationDays: MLT_DURATION_DAYS,
    roles: [...p.roles],
    autoExtend: false,
    status: 'active',
    createdAt: p.now,
    requestedBy: p.requestedBy,
    linkDelivered: true,
    approvedAt: p.now,
    endsAt: p.now + MLT_DURATION_DAYS * DAY_MS,
    noticesSent: [],
    microsoftLed: true,
    assignments: [],
  };
}
