import type { PartnerType, Relationship, Role } from './types';

/** R-MPR-1: only a Global admin or a Billing admin accepts invitations and the MCA, or removes partner roles. */
export function R_MPR_1_canManagePartners(roles: readonly Role[]): boolean {
  return roles.includes('globalAdmin') || roles.includes('billingAdmin');
}

/** R-MPR-3: accepting an invitation that asks for admin roles grants Global admin and Helpdesk admin (DAP). */
export const R_MPR_3_DELEGATED_ROLES: readonly Role[] = ['globalAdmin', 'helpdeskAdmin'];

/** R-MPR-5: Accept & Authorize (and Accept) stay unavailable until the acknowledgement is ticked. */
export function R_MPR_5_acceptEnabled(acknowledged: boolean): boolean {
  return acknowledged;
}

/** R-REQ-4: a customer without the MCA accepts it while accepting the invitation. */
export function R_REQ_4_mustAcceptMca(hasMca: boolean): boolean {
  return !hasMca;
}

/** R-MPR-6: a partner buys or manages subscriptions only for a customer that accepted the MCA. */
export function R_MPR_6_canTransact(hasMca: boolean): boolean {
  return hasMca;
}

/** The partner type a customer sees for a reseller relationship with or without admin roles (R-MPR-2). */
export function resellerType(adminRoles: readonly Role[]): PartnerType {
  return adminRoles.length > 0 ? 'resellerAndDelegatedAdmin' : 'reseller';
}

/**
 * R-MPR-3 on acceptance: the relationship after the customer accepts. An existing relationship
 * keeps what it had and gains what the invitation asks for (there is no partial acceptance, R-MPR-4).
 */
export function relationshipAfterAcceptance(
  partnerId: string,
  existing: Relationship | undefined,
  includesAdminRoles: boolean,
): Pick<Relationship, 'type' | 'adminRoles' | 'resellerOf'> {
  const roles = new Set<Role>(existing?.adminRoles ?? []);
  if (includesAdminRoles) R_MPR_3_DELEGATED_ROLES.forEach((r) => roles.add(r));
  const adminRoles = [...roles];
  return { type: resellerType(adminRoles), adminRoles, resellerOf: partnerId };
}

/** Whether the partner is a reseller of record for the customer (and so lists it, R-IND-9). */
export function isReseller(rel: Pick<Relationship, 'resellerOf' | 'partnerId'>): boolean {
  return rel.resellerOf === rel.partnerId;
}

/**
 * R-MPR-7: removing admin roles keeps the relationship: a Reseller & delegated administrator
 * becomes a Reseller; a delegated administrator alone stays listed, without roles.
 */
export function relationshipAfterRolesRemoved(
  rel: Pick<Relationship, 'type' | 'resellerOf' | 'partnerId'>,
): Pick<Relationship, 'type' | 'adminRoles'> {
  return { type: isReseller(rel) ? 'reseller' : rel.type, adminRoles: [] };
}

/** R-MPR-7: there are roles to remove. */
export function hasAdminRoles(rel: Pick<Relationship, 'adminRoles'>): boolean {
  return rel.adminRoles.length > 0;
}
