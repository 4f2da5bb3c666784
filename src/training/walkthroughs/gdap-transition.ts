import type { AppDB } from '../../db/AppDB';
import { TODAY_MLT_ID } from '../../db/scenarios/today';
import { effectiveAccess, hasDap } from '../../domain/adminRelationship';
import type { EntraRole } from '../../domain/entraRoles';
import type { DocRef, Walkthrough } from '../types';
import {
  adminRelationshipsSteps,
  openRelationshipStep,
  securityGroupSteps,
} from './gdapWorkspaceSteps';

// W-DAP-TO-GDAP, the Microsoft-led variant (Today edition): Microsoft's transition gave
// Northwind Distribution a relationship `MLT_<guid>` at Tailspin Toys with its eight default
// roles for a year, and removed Northwind's DAP there 30 days later (the Today seed). Its roles
// reached no security group (Learn: a customer's conditional access policy can stop the
// transition from assigning them; the partner completes the setup), so nobody at Northwind has
// access. Diego Siciliani audits Tailspin's Admin relationships (DAP gone, the MLT_ relationship,
// the warning), opens it, gives AdminAgents only what Tailspin's task needs — create users and
// assign licenses: User Administrator and License Administrator, not all eight (R-GDAP-11) —
// waits for Active, and verifies his access back on Admin relationships: through GDAP.

const CUSTOMER = 'tailspin';
const PARTNER = 'northwind';
const GROUP = 'adminAgents';
const persona = 'u-diego';
export const TRANSITION_ROLES: readonly EntraRole[] = ['userAdministrator', 'licenseAdministrator'];

const transition = (section: string): DocRef => ({ doc: 'GDAP_TRANSITION', section });
const SEE = transition('see-the-new-gdap-relationship-in-partner-center-portal');
const GROUPS = transition(
  'which-azure-ad-roles-are-automatically-assigned-to-which-predefined-csp-security-groups-as-part-of-microsoft-led-transition',
);
const assign = (step: number): DocRef => ({
  doc: 'GDAP_ASSIGN',
  section: 'grant-permissions-to-security-groups',
  step,
});

/** The roles AdminAgents hold through the MLT_ relationship (Pending or Active). */
export async function adminAgentRoles(db: AppDB): Promise<readonly EntraRole[]> {
  const r = await db.adminRelationships.get(TODAY_MLT_ID);
  return r?.assignments.find((a) => a.groupId === GROUP)?.roles ?? [];
}

/** R-GDAP-8: AdminAgents hold User Administrator at Tailspin through the MLT_ relationship. */
export async function adminAgentsAssigned(db: AppDB): Promise<boolean> {
  return (await adminAgentRoles(db)).includes('userAdministrator');
}

/**
 * Verify access (R-GDAP-10, R-GDAP-8): Diego acts at Tailspin through GDAP with User
 * Administrator (an Active assignment to a group he is in), and Northwind holds no DAP there.
 */
export async function accessThroughGdap(db: AppDB): Promise<boolean> {
  const [diego, reseller, relationships] = await Promise.all([
    db.users.get(persona),
    db.relationships.where('[partnerId+customerId]').equals([PARTNER, CUSTOMER]).first(),
    db.adminRelationships.where('[partnerId+customerId]').equals([PARTNER, CUSTOMER]).toArray(),
  ]);
  if (!diego || hasDap(reseller)) return false;
  const access = effectiveAccess(diego, CUSTOMER, relationships, reseller);
  return access.via === 'gdap' && access.roles.includes('userAdministrator');
}

export const gdapTransition: Walkthrough = {
  slug: 'gdap-transition',
  workflow: 'W-DAP-TO-GDAP',
  audience: 'partner',
  edition: 'today',
  doc: transition('how-the-microsoft-led-transition-works'),
  start: 'partner-center',
  steps: [
    ...adminRelationshipsSteps(CUSTOMER, {
      customers: { doc: assign(1), persona },
      customer: { doc: SEE, persona },
      // The audit: DAP removed by the transition, the MLT_ relationship, nobody with access.
      part: { doc: SEE, persona },
    }),
    openRelationshipStep(TODAY_MLT_ID, { doc: SEE, persona }),
    ...securityGroupSteps(GROUP, {
      addGroups: { doc: assign(3), persona },
      selectGroup: { doc: GROUPS, persona },
    }),
    {
      id: 'select-roles',
      doc: assign(6),
      persona,
      target: { id: 'pc.gdap.assignRole', key: 'userAdministrator' },
      // Any of the eight may be ticked: the choice is scored by least privilege (R-GDAP-11).
      allow: [{ id: 'pc.gdap.assignRole' }, { id: 'pc.gdap.assignSave' }, { id: 'pc.gdap.assign' }],
      actions: [
        ...TRANSITION_ROLES.map((role) => ({
          kind: 'check' as const,
          target: { id: 'pc.gdap.assignRole', key: role },
          checked: true,
        })),
        { kind: 'click', target: { id: 'pc.gdap.assignSave' } },
      ],
      // Saved and Active: leaving while Pending would leave nobody with access yet.
      done: { machine: { id: 'gdapAssign', in: 'active' } },
    },
    {
      id: 'verify-access',
      doc: assign(9),
      persona,
      target: { id: 'pc.gdap.back' },
      allow: [{ id: 'pc.gdap.access' }, { id: 'pc.gdap.assign' }],
      actions: [{ kind: 'click', target: { id: 'pc.gdap.back' } }],
      done: {
        at: 'partner-center/customers/:customerId/:section',
        shows: async (db, params) =>
          params.customerId === CUSTOMER &&
          params.section === 'admin-relationships' &&
          (await accessThroughGdap(db)),
      },
    },
  ],
  outcome: [
    {
      id: 'assigned',
      doc: assign(6),
      rule: 'R-GDAP-8',
      expected: true,
      actual: adminAgentsAssigned,
    },
    {
      id: 'least-privilege',
      doc: assign(6),
      rule: 'R-GDAP-11',
      expected: true,
      leastPrivilege: { task: 'createUsersAndAssignLicenses', roles: adminAgentRoles },
    },
    {
      id: 'access-through-gdap',
      doc: transition('how-the-microsoft-led-transition-works'),
      rule: 'R-GDAP-10',
      expected: true,
      actual: accessThroughGdap,
    },
  ],
};
