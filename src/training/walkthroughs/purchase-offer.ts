import type { AppDB } from '../../db/AppDB';
import { PARTNER_WRITTEN_MAIL } from '../../domain/mailLinks';
import { advanceClock } from '../../db/repositories/clockRepository';
import {
  acceptOfferServices,
  newOfferToken,
  sendO365Offer,
} from '../../db/repositories/o365Repository';
import { o365OfferLink } from '../../domain/o365Rules';
import type { DocRef, Walkthrough } from '../types';
import {
  followMailLinkStep,
  navStep,
  openMailStep,
  reviewDraftStep,
  sendFromComposerStep,
} from './commonSteps';

// W-OFFER (O365 "Create trial invitations and purchase orders"): after a trial, the partner
// follows up with a purchase offer of the services and the number of licenses the customer
// needs. Setup: two days ago Pradeep Gupta (Litware Inc.) invited Contoso Ltd to a trial of
// Office 365 E3 and Patti Fernandez started it. Now Pradeep opens Partner overview, creates a
// purchase offer of 40 Office 365 E3 licenses and sends it to Patti; the coach switches to
// Patti, who opens the mail, follows the personal link and accepts the offer.

const PARTNER = 'litware';
const CUSTOMER = 'contoso';
const PRADEEP = 'u-pradeep';
const PATTI = 'u-patti';
const PATTI_EMAIL = 'patti@contoso.example';
export const OFFER_SERVICE = 'o365-e3';
export const OFFER_LICENSES = 40;

const SECTION: DocRef = { doc: 'O365', section: 'create-trial-invitations-and-purchase-orders' };

const offersOfKind = (db: AppDB, kind: 'trial' | 'purchase') =>
  db.o365Offers
    .where('partnerId')
    .equals(PARTNER)
    .filter((o) => o.kind === kind && o.customerId === CUSTOMER)
    .toArray();

/** Litware's purchase offer to Contoso, once sent. */
export async function purchaseOfferTo(db: AppDB) {
  return (await offersOfKind(db, 'purchase')).at(-1);
}

/**
 * The trial the purchase offer follows: sent by Pradeep, started by Patti (through the
 * repositories, as the pages do), then two simulated days pass, so the purchase offer's mail
 * is Patti's newest message.
 */
export async function setupTrialStarted(db: AppDB): Promise<void> {
  const token = newOfferToken();
  const link = o365OfferLink(token);
  const sent = await sendO365Offer(db, PRADEEP, {
    kind: 'trial',
    services: [{ offerId: OFFER_SERVICE, licenses: '' }],
    includesDelegatedAdmin: false,
    token,
    link,
    to: PATTI_EMAIL,
    draft: {
      subject: 'Litware Inc. invites you to try Office 365',
      body: `Hello,\n\nLitware Inc. invites you to try Office 365 E3 free of charge:\n${link}\n\nPradeep Gupta\nLitware Inc.`,
    },
  });
  if (!sent.ok) throw new Error(`purchase-offer setup: the trial was not sent (${sent.key})`);
  // The invitation mail reads in the learner's language, like the partner's own draft would.
  await db.mail
    .where('[mailbox+sentAt]')
    .between([PATTI_EMAIL, 0], [PATTI_EMAIL, Infinity])
    .filter((m) => m.fromEmail === 'pradeep@litware.example')
    .modify((m) => {
      m.subject = {
        kind: 'i18n',
        key: 'o365:draft.trial.subject',
        params: { partner: 'Litware Inc.' },
      };
      m.body = {
        kind: 'i18n',
        key: 'o365:draft.trial.body',
        params: {
          partner: 'Litware Inc.',
          sender: 'Pradeep Gupta',
          services: '- Office 365 E3',
          link,
        },
      };
    });
  const started = await acceptOfferServices(db, token, PATTI);
  if (!started.ok)
    throw new Error(`purchase-offer setup: the trial was not started (${started.key})`);
  await advanceClock(db, 2);
}

/** The offer holds exactly what the goal names: 40 licenses of Office 365 E3, nothing else. */
export async function offerHasGoalContents(db: AppDB): Promise<boolean> {
  const services = (await purchaseOfferTo(db))?.services ?? [];
  return (
    services.length === 1 &&
    services[0]!.offerId === OFFER_SERVICE &&
    services[0]!.licenses === OFFER_LICENSES
  );
}

export const purchaseOffer: Walkthrough = {
  slug: 'purchase-offer',
  workflow: 'W-OFFER',
  audience: 'partner',
  doc: SECTION,
  setup: setupTrialStarted,
  start: 'partner-center',
  steps: [
    navStep(
      { id: 'open-overview', doc: SECTION, persona: PRADEEP },
      'partner-center/partner-overview',
    ),
    {
      id: 'create-offer',
      doc: SECTION,
      persona: PRADEEP,
      target: { id: 'o365.overview.createOffer' },
      actions: [{ kind: 'click', target: { id: 'o365.overview.createOffer' } }],
      done: { at: 'partner-center/partner-overview/offer' },
    },
    {
      id: 'services-and-licenses',
      doc: SECTION,
      persona: PRADEEP,
      target: { id: 'o365.create.form' },
      allow: [
        { id: 'o365.create.service' },
        { id: 'o365.create.licenses' },
        { id: 'o365.create.delegatedAdmin' },
        { id: 'o365.create.next' },
      ],
      actions: [
        { kind: 'check', target: { id: 'o365.create.service', key: OFFER_SERVICE }, checked: true },
        {
          kind: 'fill',
          target: { id: 'o365.create.licenses', key: OFFER_SERVICE },
          value: String(OFFER_LICENSES),
        },
        { kind: 'click', target: { id: 'o365.create.next' } },
      ],
      done: { machine: { id: 'o365Offer', in: 'draft' } },
    },
    reviewDraftStep({ id: 'review-draft', doc: SECTION, persona: PRADEEP }, 'o365Offer'),
    sendFromComposerStep(
      { id: 'send', doc: SECTION, persona: PRADEEP },
      PATTI_EMAIL,
      async (db) => (await purchaseOfferTo(db))?.state === 'sent',
    ),
    // The offer Pradeep wrote (the trial's mail is a sibling: opening it is a mistake).
    openMailStep(
      { id: 'open-mail', doc: SECTION, persona: PATTI, start: 'mail' },
      PARTNER_WRITTEN_MAIL,
    ),
    followMailLinkStep({ id: 'open-offer', doc: SECTION, persona: PATTI }, 'o365-offer', {
      at: 'admin-center/o365-offer/:token',
    }),
    {
      id: 'accept-offer',
      doc: SECTION,
      persona: PATTI,
      target: { id: 'o365.offer.acceptServices' },
      actions: [{ kind: 'click', target: { id: 'o365.offer.acceptServices' } }],
      // Paid subscriptions with the offered number of licenses.
      done: { world: async (db) => (await purchaseOfferTo(db))?.state === 'accepted' },
    },
  ],
  outcome: [
    {
      id: 'offer-contents',
      doc: SECTION,
      expected: true,
      actual: offerHasGoalContents,
    },
    {
      id: 'offer-accepted',
      doc: SECTION,
      expected: true,
      actual: async (db) => (await purchaseOfferTo(db))?.state === 'accepted',
    },
  ],
};
