import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import {
  acceptOfferServices,
  newOfferToken,
  sendO365Offer,
} from '../../db/repositories/o365Repository';
import { DEFAULT_START } from '../../db/scenarios/default';
import { o365OfferLink } from '../../domain/o365Rules';
import { OFFER_LICENSES, OFFER_SERVICE, purchaseOffer } from './purchase-offer';

// W-OFFER: the setup (a trial Contoso started two days ago) and the world predicates, against
// the repositories the pages use.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-offer-${++n}`);
  await ensureWorld(db, 'default');
  await purchaseOffer.setup!(db);
});
afterEach(() => db.delete());

const DAY = 86_400_000;
const done = (id: string) => purchaseOffer.steps.find((s) => s.id === id)!.done.world!(db);
const pattiMail = () =>
  db.mail
    .where('[mailbox+sentAt]')
    .between(['patti@contoso.example', 0], ['patti@contoso.example', Infinity])
    .toArray();

async function sendPurchase() {
  const token = newOfferToken();
  const link = o365OfferLink(token);
  const sent = await sendO365Offer(db, 'u-pradeep', {
    kind: 'purchase',
    services: [{ offerId: OFFER_SERVICE, licenses: String(OFFER_LICENSES) }],
    includesDelegatedAdmin: false,
    token,
    link,
    to: 'patti@contoso.example',
    draft: { subject: 'Your offer', body: `Accept here: ${link}` },
  });
  expect(sent.ok).toBe(true);
  return token;
}

describe('W-OFFER walkthrough', () => {
  it('setup: Litware sent Contoso a trial of Office 365 E3, Patti started it, two days passed', async () => {
    const offers = await db.o365Offers.toArray();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({
      kind: 'trial',
      partnerId: 'litware',
      customerId: 'contoso',
      state: 'accepted',
      includesDelegatedAdmin: false,
    });
    const subs = await db.subscriptions
      .where('tenantId')
      .equals('contoso')
      .filter((s) => s.partnerId === 'litware')
      .toArray();
    expect(subs).toMatchObject([{ offerId: OFFER_SERVICE, status: 'trial' }]);
    expect((await db.meta.get('world'))?.now).toBe(DEFAULT_START + 2 * DAY);
    // The trial mail reads in the learner's language, with its personal link.
    const trialMail = (await pattiMail()).find((m) => m.fromEmail === 'pradeep@litware.example');
    expect(trialMail?.subject).toEqual({
      kind: 'i18n',
      key: 'o365:draft.trial.subject',
      params: { partner: 'Litware Inc.' },
    });
    expect(trialMail?.body.kind === 'i18n' && String(trialMail.body.params?.link)).toContain(
      `/o365-offer/${offers[0]!.token}`,
    );
  });

  it("Send and Accept offer make their steps done; the offer is Patti's newest mail", async () => {
    const token = await sendPurchase();
    expect(await done('send')).toBe(true);
    expect(await done('accept-offer')).toBe(false);
    const newest = (await pattiMail()).sort((a, b) => b.sentAt - a.sentAt)[0];
    expect(newest?.subject).toEqual({ kind: 'plain', text: 'Your offer' });
    expect((await acceptOfferServices(db, token, 'u-patti')).ok).toBe(true);
    expect(await done('accept-offer')).toBe(true);
    const paid = await db.subscriptions
      .where('tenantId')
      .equals('contoso')
      .filter((s) => s.partnerId === 'litware' && s.status === 'active')
      .toArray();
    expect(paid).toMatchObject([{ offerId: OFFER_SERVICE, licenses: OFFER_LICENSES }]);
  });
});
