import type { AppDB } from '../../db/AppDB';
import { PARTNER_WRITTEN_MAIL } from '../../domain/mailLinks';
import type { DocRef, Walkthrough } from '../types';
import {
  followMailLinkStep,
  navStep,
  openMailStep,
  reviewDraftStep,
  sendFromComposerStep,
} from './commonSteps';

// W-TRIAL (O365 "Create trial invitations and purchase orders"; R-O365-1, R-O365-2, R-MPR-3):
// Pradeep Gupta, Admin agent of Litware Inc. (an Office 365 partner in Cloud Essentials, so it
// may offer delegated administration), opens Partner overview, creates a trial invitation for
// Office 365 E3 and Exchange Online (Plan 1) with the delegated administration offer, reviews
// the draft email and sends it to Patti Fernandez, Contoso's Global admin. The coach then
// switches to Patti, who opens the mail, follows the personal link, starts the trial and,
// separately, authorizes Litware as delegated administrator. The default world needs no setup.

const PARTNER = 'litware';
const CUSTOMER = 'contoso';
const PRADEEP = 'u-pradeep';
const PATTI = 'u-patti';
export const TRIAL_SERVICES = ['o365-e3', 'exchange-online-p1'] as const;

const SECTION: DocRef = { doc: 'O365', section: 'create-trial-invitations-and-purchase-orders' };
const DELEGATED: DocRef = { doc: 'O365', section: 'provide-delegated-administration' };

/** Litware's trial invitation to Contoso, once sent. */
export const trialTo = (db: AppDB) =>
  db.o365Offers
    .where('partnerId')
    .equals(PARTNER)
    .filter((o) => o.kind === 'trial' && o.customerId === CUSTOMER)
    .last();

/** The trial holds exactly the services the goal names (Office 365 E3, Exchange Online (Plan 1)). */
export async function trialHasGoalServices(db: AppDB): Promise<boolean> {
  const ids = ((await trialTo(db))?.services ?? []).map((s) => s.offerId).sort();
  return JSON.stringify(ids) === JSON.stringify([...TRIAL_SERVICES].sort());
}

export const trialInvitation: Walkthrough = {
  slug: 'trial-invitation',
  workflow: 'W-TRIAL',
  audience: 'partner',
  doc: SECTION,
  start: 'partner-center',
  steps: [
    navStep(
      { id: 'open-overview', doc: SECTION, persona: PRADEEP },
      'partner-center/partner-overview',
    ),
    {
      id: 'create-trial',
      doc: SECTION,
      persona: PRADEEP,
      target: { id: 'o365.overview.createTrial' },
      actions: [{ kind: 'click', target: { id: 'o365.overview.createTrial' } }],
      done: { at: 'partner-center/partner-overview/trial' },
    },
    {
      id: 'choose-services',
      doc: SECTION,
      persona: PRADEEP,
      target: { id: 'o365.create.form' },
      allow: [
        { id: 'o365.create.service' },
        { id: 'o365.create.delegatedAdmin' },
        { id: 'o365.create.next' },
      ],
      actions: [
        ...TRIAL_SERVICES.map((offerId) => ({
          kind: 'check' as const,
          target: { id: 'o365.create.service', key: offerId },
          checked: true,
        })),
        // R-O365-1: Litware is in Cloud Essentials, so it may add the offer.
        { kind: 'check', target: { id: 'o365.create.delegatedAdmin' }, checked: true },
        { kind: 'click', target: { id: 'o365.create.next' } },
      ],
      done: { machine: { id: 'o365Offer', in: 'draft' } },
    },
    reviewDraftStep({ id: 'review-draft', doc: SECTION, persona: PRADEEP }, 'o365Offer'),
    sendFromComposerStep(
      { id: 'send', doc: SECTION, persona: PRADEEP },
      'patti@contoso.example',
      async (db) => (await trialTo(db))?.state === 'sent',
    ),
    // The invitation Pradeep wrote: another message of Patti's mailbox is a sibling.
    openMailStep(
      { id: 'open-mail', doc: DELEGATED, persona: PATTI, start: 'mail' },
      PARTNER_WRITTEN_MAIL,
    ),
    followMailLinkStep({ id: 'open-offer', doc: DELEGATED, persona: PATTI }, 'o365-offer', {
      at: 'admin-center/o365-offer/:token',
    }),
    {
      id: 'start-trial',
      doc: SECTION,
      persona: PATTI,
      target: { id: 'o365.offer.acceptServices' },
      actions: [{ kind: 'click', target: { id: 'o365.offer.acceptServices' } }],
      done: { world: async (db) => (await trialTo(db))?.state === 'accepted' },
    },
    {
      id: 'authorize',
      doc: DELEGATED,
      persona: PATTI,
      target: { id: 'o365.offer.daAccept' },
      actions: [{ kind: 'click', target: { id: 'o365.offer.daAccept' } }],
      done: { machine: { id: 'acceptOffer', in: 'confirmingDelegatedAdmin' } },
    },
    {
      id: 'confirm-authorize',
      doc: DELEGATED,
      persona: PATTI,
      target: { id: 'o365.offer.daConfirm' },
      allow: [{ id: 'o365.offer.daCancel' }],
      actions: [{ kind: 'click', target: { id: 'o365.offer.daConfirm' } }],
      // R-MPR-3: Litware now holds Global admin and Helpdesk admin in Contoso's tenant.
      done: { world: async (db) => (await trialTo(db))?.delegatedAdminState === 'accepted' },
    },
  ],
  outcome: [
    { id: 'trial-services', doc: SECTION, expected: true, actual: trialHasGoalServices },
    {
      id: 'da-offered',
      doc: SECTION,
      rule: 'R-O365-1',
      expected: true,
      actual: async (db) => (await trialTo(db))?.includesDelegatedAdmin === true,
    },
    {
      id: 'trial-started',
      doc: SECTION,
      expected: true,
      actual: async (db) => (await trialTo(db))?.state === 'accepted',
    },
    {
      id: 'da-authorized',
      doc: DELEGATED,
      rule: 'R-MPR-3',
      expected: true,
      actual: async (db) => (await trialTo(db))?.delegatedAdminState === 'accepted',
    },
  ],
};
