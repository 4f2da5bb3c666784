import type { AppDB } from '../../db/AppDB';
import { isFinal } from '../../domain/adminRelationship';
import type { Walkthrough } from '../types';
import { navStep, rowPage } from './commonSteps';

// W-GDAP-TERMINATE-CUSTOMER (Today edition): Brian, Global admin of Alpine Ski House, ends
// Fabrikam Solutions' two active admin relationships (the Today seed): Settings > Partner
// relationships > Fabrikam Solutions > Remove roles > Yes. The 2020 label with another effect:
// the GDAP relationships are terminated, the reseller relationship stays.

const PARTNER = 'fabrikam';
const CUSTOMER = 'alpineskihouse';
const SECTION = 'terminate-a-granular-admin-relationship-with-a-partner';
const doc = (step: number) => ({ doc: 'GDAP_CUSTOMER_TERMINATE' as const, section: SECTION, step });

/** Fabrikam has no live admin relationship with Alpine Ski House (R-GDAP-9: none to restore). */
export async function gdapTerminated(db: AppDB): Promise<boolean> {
  const rels = await db.adminRelationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, CUSTOMER])
    .toArray();
  return rels.length > 0 && rels.every((r) => r.status === 'terminated' || isFinal(r));
}

/** The reseller relationship is not ended by Remove roles. */
export async function resellerStays(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, CUSTOMER])
    .first();
  return rel?.resellerOf === PARTNER;
}

export const gdapTerminateCustomer: Walkthrough = {
  slug: 'gdap-terminate-customer',
  workflow: 'W-GDAP-TERMINATE-CUSTOMER',
  audience: 'customer',
  edition: 'today',
  doc: { doc: 'GDAP_CUSTOMER_TERMINATE', section: SECTION },
  start: 'admin-center',
  steps: [
    navStep(
      { id: 'open-partner-relationships', doc: doc(1), persona: 'u-brian' },
      'admin-center/billing/partner-relationships',
    ),
    {
      id: 'select-partner',
      doc: doc(1),
      persona: 'u-brian',
      target: { id: 'ac.partnerRelationships.row', key: PARTNER },
      actions: [{ kind: 'click', target: { id: 'ac.partnerRelationships.row', key: PARTNER } }],
      done: rowPage('admin-center/billing/partner-relationships/:partnerId', 'partnerId', PARTNER),
    },
    {
      id: 'remove-roles',
      doc: doc(2),
      persona: 'u-brian',
      target: { id: 'ac.gdap.removeRoles' },
      allow: [{ id: 'ac.gdap.list' }, { id: 'ac.partnerDetail.facts' }],
      actions: [{ kind: 'click', target: { id: 'ac.gdap.removeRoles' } }],
      done: { machine: { id: 'gdapTerminateCustomer', in: 'confirming' } },
    },
    {
      id: 'confirm',
      doc: doc(3),
      persona: 'u-brian',
      target: { id: 'ac.gdap.removeRoles.confirm' },
      actions: [{ kind: 'click', target: { id: 'ac.gdap.removeRoles.confirm' } }],
      done: { world: gdapTerminated },
    },
  ],
  outcome: [
    { id: 'terminated', doc: doc(3), rule: 'R-GDAP-9', expected: true, actual: gdapTerminated },
    { id: 'reseller-kept', doc: doc(3), expected: true, actual: resellerStays },
  ],
};
