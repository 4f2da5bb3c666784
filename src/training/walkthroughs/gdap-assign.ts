import type { AppDB } from '../../db/AppDB';
import { approveAdminRelationship } from '../../db/repositories/adminRelationships';
import { TODAY_PENDING_ID } from '../../db/scenarios/today';
import type { Walkthrough } from '../types';
import {
  adminRelationshipsSteps,
  openRelationshipStep,
  securityGroupSteps,
} from './gdapWorkspaceSteps';

// W-GDAP-ASSIGN (Today edition): Adatum has approved Fabrikam's "Fabrikam helpdesk" (the setup
// approves the Today seed's pending request as Enrico, with the DAP removal), but nobody at
// Fabrikam has access yet (R-GDAP-8). Megan Bowen opens it from Adatum's Admin relationships,
// Add security groups: HelpdeskAgents, Next, Helpdesk Administrator (only approved roles are
// offered), Save: the assignment is Pending, then Active.

const CUSTOMER = 'adatum';
const GROUP = 'helpdeskAgents';
const SECTION = 'grant-permissions-to-security-groups';
const doc = (step: number) => ({ doc: 'GDAP_ASSIGN' as const, section: SECTION, step });
const persona = 'u-megan';

async function approvedHelpdesk(db: AppDB): Promise<void> {
  const out = await approveAdminRelationship(db, 'u-enrico', TODAY_PENDING_ID, { removeDap: true });
  if (!out.ok) throw new Error(`setup: the request was not approved (${out.key})`);
}

/** R-GDAP-8: HelpdeskAgents hold Helpdesk Administrator through "Fabrikam helpdesk". */
export async function helpdeskAssigned(db: AppDB): Promise<boolean> {
  const r = await db.adminRelationships.get(TODAY_PENDING_ID);
  return !!r?.assignments.some(
    (a) => a.groupId === GROUP && a.roles.includes('helpdeskAdministrator'),
  );
}

export const gdapAssign: Walkthrough = {
  slug: 'gdap-assign',
  workflow: 'W-GDAP-ASSIGN',
  audience: 'partner',
  edition: 'today',
  doc: { doc: 'GDAP_ASSIGN', section: SECTION },
  setup: approvedHelpdesk,
  start: 'partner-center',
  steps: [
    ...adminRelationshipsSteps(CUSTOMER, {
      customers: { doc: doc(1), persona },
      customer: { doc: doc(1), persona },
      part: { doc: doc(2), persona },
    }),
    openRelationshipStep(TODAY_PENDING_ID, { doc: doc(2), persona }),
    ...securityGroupSteps(GROUP, {
      addGroups: { doc: doc(3), persona },
      selectGroup: { doc: doc(4), persona },
    }),
    {
      id: 'select-roles',
      doc: doc(6),
      persona,
      target: { id: 'pc.gdap.assignRole', key: 'helpdeskAdministrator' },
      allow: [{ id: 'pc.gdap.assignRole' }, { id: 'pc.gdap.assignSave' }, { id: 'pc.gdap.assign' }],
      actions: [
        {
          kind: 'check',
          target: { id: 'pc.gdap.assignRole', key: 'helpdeskAdministrator' },
          checked: true,
        },
        { kind: 'click', target: { id: 'pc.gdap.assignSave' } },
      ],
      done: { world: helpdeskAssigned },
    },
  ],
  outcome: [
    { id: 'assigned', doc: doc(6), rule: 'R-GDAP-8', expected: true, actual: helpdeskAssigned },
  ],
};
