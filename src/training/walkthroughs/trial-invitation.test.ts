import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import {
  acceptOfferServices,
  answerDelegatedAdmin,
  newOfferToken,
  sendO365Offer,
} from '../../db/repositories/o365Repository';
import { o365OfferLink } from '../../domain/o365Rules';
import { trialInvitation, TRIAL_SERVICES } from './trial-invitation';

// W-TRIAL's world predicates against the repositories the pages use (R-O365-2, R-MPR-3).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-trial-${++n}`);
  await ensureWorld(db, 'default');
  await trialInvitation.setup?.(db);
});
afterEach(() => db.delete());

const done = (id: string) => trialInvitation.steps.find((s) => s.id === id)!.done.world!(db);

describe('W-TRIAL walkthrough', () => {
  it('Send, Start trial and Authorize each make their step done', async () => {
    const token = newOfferToken();
    const link = o365OfferLink(token);
    const sent = await sendO365Offer(db, 'u-pradeep', {
      kind: 'trial',
      services: TRIAL_SERVICES.map((offerId) => ({ offerId, licenses: '' })),
      includesDelegatedAdmin: true,
      token,
      link,
      to: 'patti@contoso.example',
      draft: { subject: 'Try Office 365', body: `Start here: ${link}` },
    });
    expect(sent.ok).toBe(true);
    expect(await done('send')).toBe(true);
    expect(await done('start-trial')).toBe(false);

    expect((await acceptOfferServices(db, token, 'u-patti')).ok).toBe(true);
    expect(await done('start-trial')).toBe(true);
    expect(await done('confirm-authorize')).toBe(false);

    expect((await answerDelegatedAdmin(db, token, 'u-patti', true)).ok).toBe(true);
    expect(await done('confirm-authorize')).toBe(true);
    const rel = await db.relationships
      .where('[partnerId+customerId]')
      .equals(['litware', 'contoso'])
      .first();
    expect(rel?.adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });

  it("Patti's newest message is the invitation (the coach opens the first mail.item)", async () => {
    const token = newOfferToken();
    const link = o365OfferLink(token);
    await sendO365Offer(db, 'u-pradeep', {
      kind: 'trial',
      services: [{ offerId: 'o365-e3', licenses: '' }],
      includesDelegatedAdmin: true,
      token,
      link,
      to: 'patti@contoso.example',
      draft: { subject: 'Try Office 365', body: link },
    });
    const newest = await db.mail
      .where('[mailbox+sentAt]')
      .between(['patti@contoso.example', 0], ['patti@contoso.example', Infinity])
      .reverse()
      .first();
    expect(newest?.fromEmail).toBe('pradeep@litware.example');
  });
});
