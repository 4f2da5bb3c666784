import type { Cloud, Program, Role, TenantKind } from './types';

/**
 * R-IND-7: Partner Center access is role-based: each user sees only the features of their
 * roles. The same table drives the customer side (R-MPR-1). This matrix is data: the
 * navigation, the router's guard for typed URLs and every action read it; nothing else
 * decides who may do what.
 *
 * Decisions where sources differ (see docs/research/domain-rulebook.md §4):
 * - Customers and requesting a relationship: Admin agent and Sales agent (the 2020 seed);
 *   Helpdesk agents may search and view customers but not request relationships.
 * - Managing a customer on its behalf (AOBO) is the Admin agent's (Sales agents "cannot
 *   administer on behalf of a customer").
 * - Removing a customer relationship: Admin agent (the seed speaks of "the partner"; the
 *   2021 pages add Global admin, kept here too).
 * - Adding users needs Admin agent or User admin (R-IND-5): a Global admin who enrolled
 *   must first give themself the Admin agent role, which Global admins may assign.
 */
export const FEATURES = {
  'pc.home': {
    portal: 'partner-center',
    roles: [
      'adminAgent',
      'salesAgent',
      'helpdeskAgent',
      'globalAdmin',
      'userAdmin',
      'billingAdmin',
    ],
  },
  'pc.customers': {
    portal: 'partner-center',
    roles: ['adminAgent', 'salesAgent', 'helpdeskAgent'],
  },
  'pc.customers.request': {
    portal: 'partner-center',
    roles: ['adminAgent', 'salesAgent'],
    programs: ['cspDirect', 'cspIndirectProvider', 'cspIndirectReseller'],
  },
  'pc.customers.manage': { portal: 'partner-center', roles: ['adminAgent'] },
  'pc.customers.removeRelationship': {
    portal: 'partner-center',
    roles: ['adminAgent', 'globalAdmin'],
  },
  // Service requests for customers: Admin agents and Helpdesk agents; Sales agents can't create them.
  'pc.customers.serviceRequest': {
    portal: 'partner-center',
    roles: ['adminAgent', 'helpdeskAgent'],
  },
  'pc.indirectProviders': {
    portal: 'partner-center',
    roles: ['adminAgent', 'salesAgent'],
    programs: ['cspIndirectReseller'],
  },
  'pc.indirectResellers': {
    portal: 'partner-center',
    roles: ['adminAgent', 'salesAgent'],
    programs: ['cspIndirectProvider'],
  },
  'pc.settings.userManagement': {
    portal: 'partner-center',
    roles: ['adminAgent', 'globalAdmin', 'userAdmin'],
  },
  'pc.users.add': { portal: 'partner-center', roles: ['adminAgent', 'userAdmin'] },
  'pc.users.assignRoles': {
    portal: 'partner-center',
    roles: ['adminAgent', 'globalAdmin', 'userAdmin'],
  },
  'pc.billing': { portal: 'partner-center', roles: ['adminAgent', 'globalAdmin', 'billingAdmin'] },
  'pc.partnerOverview': {
    portal: 'partner-center',
    roles: ['adminAgent', 'globalAdmin'],
    programs: ['cloudEssentials', 'cloudAccelerate', 'cloudDeployment', 'o365Partner'],
  },
  'ac.home': {
    portal: 'customer',
    roles: ['globalAdmin', 'billingAdmin', 'userAdmin', 'helpdeskAdmin'],
  },
  'ac.users': { portal: 'customer', roles: ['globalAdmin', 'userAdmin', 'helpdeskAdmin'] },
  // R-MPR-1: only a Global admin or a Billing admin accepts invitations and the MCA or removes roles.
  'ac.billing.partnerRelationships': {
    portal: 'customer',
    roles: ['globalAdmin', 'billingAdmin'],
    partnerFeatures: true,
  },
  'ac.billing.acceptAgreement': {
    portal: 'customer',
    roles: ['globalAdmin', 'billingAdmin'],
    partnerFeatures: true,
  },
} as const satisfies Record<string, FeatureSpec>;

interface FeatureSpec {
  /** 'customer' covers both the Microsoft 365 admin center and the Office Admin Portal (R-REQ-5). */
  portal: 'partner-center' | 'customer';
  roles: readonly Role[];
  /** Programs of which the organization needs at least one; absent = any. */
  programs?: readonly Program[];
  /** Partner features, unavailable in Office 365 operated by 21Vianet (R-O365-6). */
  partnerFeatures?: boolean;
}

export type Feature = keyof typeof FEATURES;
export const FEATURE_IDS = Object.keys(FEATURES) as Feature[];

/** What access is decided from: the persona's roles and its organization. */
export interface AccessSubject {
  roles: readonly Role[];
  tenantKind: TenantKind;
  cloud: Cloud;
  /** Programs of the persona's partner organization; empty for customers. */
  programs: readonly Program[];
}

export type AccessDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'portal' | 'role' | 'program' | 'cloud';
      ruleId: string;
      requiredRoles: readonly Role[];
    };

function subjectPortal(subject: AccessSubject): 'partner-center' | 'customer' {
  return subject.tenantKind === 'partner' ? 'partner-center' : 'customer';
}

/** R-IND-7 / R-MPR-1 / R-O365-6: may this subject use this feature, and if not, why. */
export function decideAccess(subject: AccessSubject, feature: Feature): AccessDecision {
  const spec: FeatureSpec = FEATURES[feature];
  const roleRule = spec.portal === 'partner-center' ? 'R-IND-7' : 'R-MPR-1';
  if (subjectPortal(subject) !== spec.portal) {
    return { allowed: false, reason: 'portal', ruleId: 'R-IND-7', requiredRoles: spec.roles };
  }
  if (spec.partnerFeatures && subject.cloud === 'china21v') {
    return { allowed: false, reason: 'cloud', ruleId: 'R-O365-6', requiredRoles: spec.roles };
  }
  if (spec.programs && !spec.programs.some((p) => subject.programs.includes(p))) {
    return { allowed: false, reason: 'program', ruleId: 'R-IND-7', requiredRoles: spec.roles };
  }
  if (!spec.roles.some((r) => subject.roles.includes(r))) {
    return { allowed: false, reason: 'role', ruleId: roleRule, requiredRoles: spec.roles };
  }
  return { allowed: true };
}

export function canUse(subject: AccessSubject, feature: Feature): boolean {
  return decideAccess(subject, feature).allowed;
}
