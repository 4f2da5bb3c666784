import type { AppDB } from '../../db/AppDB';
import { TODAY_AUTO_EXTEND_ID, TODAY_EXPIRING_ID } from '../../db/scenarios/today';
import type { Walkthrough } from '../types';
import { adminRelationshipsSteps, openRelationshipStep } from './gdapWorkspaceSteps';

// W-GDAP-TERMINATE-PARTNER (Today edition): Megan Bowen (Fabrikam Solutions, Admin agent) ends
// the admin relationship "Fabrikam support" with Alpine Ski House (the Today seed): Customers >
// Alpine Ski House > Admin relationships > the relationship > Terminate relationship > confirm
// Terminate relationship. Its sibling "Fabrikam licensing" stays active; a terminated
// relationship can't be restored (R-GDAP-9).

const CUSTOMER = 'alpineskihouse';
const SECTION = 'end-a-gdap-relationship-with-a-customer';
const doc = (step: number) => ({ doc: 'GDAP_PARTNER_TERMINATE' as const, section: SECTION, step });
const persona = 'u-megan';

/** "Fabrikam support" is terminated. */
export async function supportTerminated(db: AppDB): Promise<boolean> {
  return (await db.adminRelationships.get(TODAY_EXPIRING_ID))?.status === 'terminated';
}

/** Its sibling "Fabrikam licensing" is still active (the right row was ended). */
export async function licensingKept(db: AppDB): Promise<boolean> {
  return (await db.adminRelationships.get(TODAY_AUTO_EXTEND_ID))?.status === 'active';
}

export const gdapTerminatePartner: Walkthrough = {
  slug: 'gdap-terminate-partner',
  workflow: 'W-GDAP-TERMINATE-PARTNER',
  audience: 'partner',
  edition: 'today',
  doc: { doc: 'GDAP_PARTNER_TERMINATE', section: SECTION },
  start: 'partner-center',
  steps: [
    ...adminRelationshipsSteps(CUSTOMER, {
      customers: { doc: doc(1), persona },
      customer: { doc: doc(1), persona },
      part: { doc: doc(2), persona },
    }),
    openRelationshipStep(TODAY_EXPIRING_ID, { doc: doc(2), persona }),
    {
      id: 'terminate',
      doc: doc(3),
      persona,
      target: { id: 'pc.gdap.terminate' },
      actions: [{ kind: 'click', target: { id: 'pc.gdap.terminate' } }],
      done: { machine: { id: 'gdapTerminatePartner', in: 'confirming' } },
    },
    {
      id: 'confirm',
      doc: doc(4),
      persona,
      target: { id: 'pc.gdap.terminateYes' },
      allow: [{ id: 'pc.gdap.terminateConfirm' }],
      actions: [{ kind: 'click', target: { id: 'pc.gdap.terminateYes' } }],
      done: { world: supportTerminated },
    },
  ],
  outcome: [
    { id: 'terminated', doc: doc(4), rule: 'R-GDAP-9', expected: true, actual: supportTerminated },
    { id: 'sibling-kept', doc: doc(2), expected: true, actual: licensingKept },
  ],
};
