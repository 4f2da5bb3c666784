import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { followMailLinkStep, openMailStep, rowPage } from './commonSteps';
import { personaLacksRole } from './deadEnds';

// W-MCA (MPR, "Review and accept a Microsoft Customer Agreement"): Alpine Ski House already has
// a partner (Fabrikam Solutions, a Reseller) but hasn't accepted the MCA, so Fabrikam can't buy
// or manage subscriptions for it (R-MPR-6). Brian Johnson (Global admin) follows the link in
// Fabrikam's mail (already in the default world), reads the agreement, ticks the box (R-MPR-5),
// selects Accept, and opens the partner's details from the list of partners.

export const MCA_CUSTOMER = 'alpineskihouse';
export const MCA_PARTNER = 'fabrikam';

/** Whether Alpine Ski House has accepted the Microsoft Customer Agreement. */
export async function alpineHasMca(db: AppDB): Promise<boolean> {
  return (await db.agreements.where('[tenantId+kind]').equals([MCA_CUSTOMER, 'mca']).count()) > 0;
}

const SECTION = 'review-and-accept-a-microsoft-customer-agreement';

/** Fabrikam is still Alpine Ski House's reseller (accepting the MCA changes no partner). */
export async function fabrikamStillReseller(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([MCA_PARTNER, MCA_CUSTOMER])
    .first();
  return rel?.resellerOf === MCA_PARTNER;
}

export const acceptMca: Walkthrough = {
  slug: 'accept-mca',
  workflow: 'W-MCA',
  audience: 'customer',
  doc: { doc: 'MPR', section: SECTION },
  start: 'mail',
  steps: [
    openMailStep(
      { id: 'open-message', doc: { doc: 'MPR', section: SECTION, step: 1 }, persona: 'u-brian' },
      'mail:seeded.mca.subject',
    ),
    // The documentation's other way: the Accept agreement page, linked from Partner relationships.
    followMailLinkStep(
      {
        id: 'open-link',
        doc: { doc: 'MPR', section: SECTION, step: 1 },
        persona: 'u-brian',
        allow: [
          { id: 'nav:admin-center/billing/partner-relationships' },
          { id: 'ac.partnerRelationships.acceptAgreement' },
        ],
      },
      'accept-agreement',
      { at: 'admin-center/billing/accept-agreement' },
    ),
    {
      // Steps 2–4: read the MCA, tick the box, Accept. Reading and ticking change nothing that
      // can be observed, so the page is one step, done when the agreement is recorded.
      id: 'accept',
      doc: { doc: 'MPR', section: SECTION, step: 2 },
      persona: 'u-brian',
      target: { id: 'ac.mca.form' },
      allow: [
        { id: 'ac.mca.openAgreement' },
        { id: 'ac.accept.closeAgreement' },
        { id: 'ac.mca.acknowledge' },
        { id: 'ac.mca.submit' },
      ],
      actions: [
        { kind: 'click', target: { id: 'ac.mca.openAgreement' }, dwell: 'read' },
        { kind: 'click', target: { id: 'ac.accept.closeAgreement' } },
        { kind: 'check', target: { id: 'ac.mca.acknowledge' }, checked: true },
        { kind: 'click', target: { id: 'ac.mca.submit' } },
      ],
      done: { world: alpineHasMca },
    },
    {
      id: 'partner-details',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      persona: 'u-brian',
      target: { id: 'ac.partnerRelationships.row', key: MCA_PARTNER },
      allow: [{ id: 'ac.partners.list' }],
      actions: [{ kind: 'click', target: { id: 'ac.partnerRelationships.row', key: MCA_PARTNER } }],
      done: rowPage(
        'admin-center/billing/partner-relationships/:partnerId',
        'partnerId',
        MCA_PARTNER,
      ),
    },
  ],
  outcome: [
    // MPR step 2: open and read the agreement before accepting it (the world does not keep it).
    {
      id: 'read-agreement',
      doc: { doc: 'MPR', section: SECTION, step: 2 },
      expected: true,
      seen: { machine: 'acceptMca', flag: 'agreementOpen' },
    },
    {
      id: 'mca-accepted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      rule: 'R-MPR-6',
      expected: true,
      actual: alpineHasMca,
    },
    {
      id: 'partner-kept',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      expected: true,
      actual: fabrikamStillReseller,
    },
  ],
  deadEnds: [personaLacksRole('open-link', { doc: 'MPR', section: SECTION, step: 4 })],
};
