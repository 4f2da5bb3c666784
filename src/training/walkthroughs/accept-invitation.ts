import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { acceptWithAgreementStep, followMailLinkStep, openMailStep, rowPage } from './commonSteps';
import { sendFabrikamInvitation } from './setups';
import { invitationCancelled, personaLacksRole } from './deadEnds';

// W-ACCEPT (MPR, "Review and accept a partner relationship and Microsoft Customer Agreement"):
// Fabrikam Solutions has invited Contoso Ltd (public cloud, no MCA yet) to a reseller
// relationship with delegated admin privileges. Patti Fernandez (Global admin) opens the mail,
// follows the link to the Microsoft 365 admin center (R-REQ-5), reads the Microsoft Customer
// Agreement, ticks the box (R-MPR-5), selects Accept & Authorize (R-MPR-3, R-REQ-4), and opens
// the partner's details from the list of partners.

export const ACCEPT_PARTNER = 'fabrikam';
export const ACCEPT_CUSTOMER = 'contoso';

/** The Fabrikam → Contoso relationship, once accepted. */
export function fabrikamContoso(db: AppDB) {
  return db.relationships
    .where('[partnerId+customerId]')
    .equals([ACCEPT_PARTNER, ACCEPT_CUSTOMER])
    .first();
}

const SECTION = 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement';

/** Fabrikam is Contoso's reseller: the relationship the invitation asked for exists. */
export async function fabrikamIsReseller(db: AppDB): Promise<boolean> {
  return (await fabrikamContoso(db))?.resellerOf === ACCEPT_PARTNER;
}

/** R-MPR-3: Fabrikam holds Global admin and Helpdesk admin in Contoso's tenant. */
export async function fabrikamHoldsDap(db: AppDB): Promise<boolean> {
  const roles = (await fabrikamContoso(db))?.adminRoles ?? [];
  return roles.includes('globalAdmin') && roles.includes('helpdeskAdmin');
}

/** R-REQ-4: Contoso accepted the Microsoft Customer Agreement with the invitation. */
export async function contosoHasMca(db: AppDB): Promise<boolean> {
  return (
    (await db.agreements.where('[tenantId+kind]').equals([ACCEPT_CUSTOMER, 'mca']).count()) > 0
  );
}

export const acceptInvitation: Walkthrough = {
  slug: 'accept-invitation',
  workflow: 'W-ACCEPT',
  audience: 'customer',
  doc: { doc: 'MPR', section: SECTION },
  setup: (db) => sendFabrikamInvitation(db, 'patti@contoso.example'),
  start: 'mail',
  steps: [
    openMailStep(
      { id: 'open-message', doc: { doc: 'MPR', section: SECTION, step: 1 }, persona: 'u-patti' },
      'mail:seeded.invitation.subject',
    ),
    // R-REQ-5: a public-cloud customer accepts in the Microsoft 365 admin center.
    followMailLinkStep(
      { id: 'open-link', doc: { doc: 'MPR', section: SECTION, step: 1 }, persona: 'u-patti' },
      'partner-invitation',
      { at: 'admin-center/partner-invitation/:token' },
    ),
    // Steps 2–4 of the documentation: read the MCA, tick the box, Accept & Authorize. Reading
    // and ticking change nothing that can be observed, so the page is one step, done when the
    // partner holds the relationship it asked for (R-MPR-3) — the acceptance itself.
    acceptWithAgreementStep(
      { id: 'accept', doc: { doc: 'MPR', section: SECTION, step: 2 }, persona: 'u-patti' },
      async (db) => ((await fabrikamContoso(db))?.adminRoles.length ?? 0) > 0,
    ),
    {
      id: 'partner-details',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      persona: 'u-patti',
      target: { id: 'ac.partnerRelationships.row', key: ACCEPT_PARTNER },
      allow: [{ id: 'ac.partners.list' }],
      actions: [
        { kind: 'click', target: { id: 'ac.partnerRelationships.row', key: ACCEPT_PARTNER } },
      ],
      done: rowPage(
        'admin-center/billing/partner-relationships/:partnerId',
        'partnerId',
        ACCEPT_PARTNER,
      ),
    },
  ],
  outcome: [
    // MPR step 2: open and read the agreement before accepting it (the world does not keep it).
    {
      id: 'read-agreement',
      doc: { doc: 'MPR', section: SECTION, step: 2 },
      expected: true,
      seen: { machine: 'acceptInvitation', flag: 'agreementOpen' },
    },
    {
      id: 'mca-accepted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      rule: 'R-REQ-4',
      expected: true,
      actual: contosoHasMca,
    },
    {
      id: 'partner-accepted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      expected: true,
      actual: fabrikamIsReseller,
    },
    {
      id: 'dap-granted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      rule: 'R-MPR-3',
      expected: true,
      actual: fabrikamHoldsDap,
    },
  ],
  deadEnds: [
    invitationCancelled(
      'accept',
      { doc: 'MPR', section: SECTION, step: 4 },
      ACCEPT_PARTNER,
      ACCEPT_CUSTOMER,
    ),
    personaLacksRole('open-link', { doc: 'MPR', section: SECTION, step: 4 }),
  ],
};
