import type { AppDB } from '../../db/AppDB';
import { TODAY_PENDING_ID } from '../../db/scenarios/today';
import type { Walkthrough } from '../types';
import { followMailLinkStep, openMailStep } from './commonSteps';

// W-GDAP-APPROVE (Today edition): Fabrikam Solutions' pending request "Fabrikam helpdesk" (the
// Today seed) waits in the mailbox of Enrico Cattaneo, Adatum's Global admin. He opens the mail,
// follows the link under Click to review and accept, reviews partner, roles and duration on
// Approve partner roles and selects Approve all; Fabrikam still holds DAP at Adatum, so the page
// offers to remove it (R-GDAP-10), ticked by default.

const SECTION = 'getting-approval-of-your-gdap-request';
const doc = (step: number) => ({ doc: 'GDAP_APPROVAL' as const, section: SECTION, step });
export const GDAP_REQUEST_MAIL = 'mail:seeded.gdapRequest.subject';

/** R-GDAP-7: the request is approved, by Enrico, a Global admin of Adatum. */
export async function requestApproved(db: AppDB): Promise<boolean> {
  const r = await db.adminRelationships.get(TODAY_PENDING_ID);
  return r?.status === 'active' && r.approvedBy === 'u-enrico';
}

/** R-GDAP-10: Fabrikam's DAP roles at Adatum are gone, so only the approved roles remain. */
export async function dapRemoved(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals(['fabrikam', 'adatum'])
    .first();
  return !!rel && rel.adminRoles.length === 0;
}

export const gdapApprove: Walkthrough = {
  slug: 'gdap-approve',
  workflow: 'W-GDAP-APPROVE',
  audience: 'customer',
  edition: 'today',
  doc: { doc: 'GDAP_APPROVAL', section: SECTION },
  start: 'mail',
  steps: [
    openMailStep({ id: 'open-request-mail', doc: doc(1), persona: 'u-enrico' }, GDAP_REQUEST_MAIL),
    followMailLinkStep(
      { id: 'follow-review-link', doc: doc(1), persona: 'u-enrico' },
      'admin-center',
      {
        at: 'admin-center/partners/granular-admin-relationships/:relationshipId',
        shows: async (_db, params) => params.relationshipId === TODAY_PENDING_ID,
      },
    ),
    {
      id: 'approve-all',
      doc: doc(2),
      persona: 'u-enrico',
      target: { id: 'ac.gdapApprove.approveAll' },
      allow: [{ id: 'ac.gdapApprove.facts' }, { id: 'ac.gdapApprove.removeDap' }],
      actions: [{ kind: 'click', target: { id: 'ac.gdapApprove.approveAll' } }],
      done: { world: requestApproved },
    },
  ],
  outcome: [
    { id: 'approved', doc: doc(2), rule: 'R-GDAP-7', expected: true, actual: requestApproved },
    {
      id: 'dap-removed',
      // The page's prerequisite: the customer removes DAP roles so they don't override GDAP.
      doc: { doc: 'GDAP_APPROVAL', section: 'prerequisites', step: 3 },
      rule: 'R-GDAP-10',
      expected: true,
      actual: dapRemoved,
    },
  ],
};
