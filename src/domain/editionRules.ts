import type { Edition } from './edition';

// What the edition changes in the 2020 steps the Today edition shares (today-gdap.md, "What
// changes in the Today edition"). The GDAP workflows themselves have their own rules (R-GDAP-2…).

/**
 * R-GDAP-1: in the Today edition a reseller relationship grants no admin roles (DAP was retired on
 * 9 October 2023), so **Request a reseller relationship** has no delegated-administration option.
 * In the 2020 edition the option is there (and R-REQ-2 decides whether it can be cleared).
 */
export function R_GDAP_1_delegatedAdminOffered(edition: Edition): boolean {
  return edition === '2020';
}

/**
 * R-GDAP-1 on a request: one that asks for delegated admin privileges in a Today world is refused
 * (the page never offers it; a stale tab or a crafted call could still send it).
 */
export function R_GDAP_1_checkRequest(
  edition: Edition,
  includeAdminRoles: boolean,
): { key: 'rules:R-GDAP-1'; ruleId: 'R-GDAP-1' } | null {
  return includeAdminRoles && !R_GDAP_1_delegatedAdminOffered(edition)
    ? { key: 'rules:R-GDAP-1', ruleId: 'R-GDAP-1' }
    : null;
}

/**
 * R-GDAP-1 on acceptance: whether accepting this invitation grants the 2020 delegated roles
 * (R-MPR-3). In a Today world never, whatever an older invitation recorded.
 */
export function R_GDAP_1_acceptanceGrantsAdminRoles(
  edition: Edition,
  invitationIncludesAdminRoles: boolean,
): boolean {
  return invitationIncludesAdminRoles && R_GDAP_1_delegatedAdminOffered(edition);
}

/**
 * Where the Microsoft 365 admin center keeps the customer's partner list: **Billing > Partner
 * relationships** in the 2020 docs, **Settings > Partner relationships** since 2022 (today-gdap.md).
 */
export function partnerRelationshipsMenu(edition: Edition): 'billing' | 'settings' {
  return edition === 'today' ? 'settings' : 'billing';
}
