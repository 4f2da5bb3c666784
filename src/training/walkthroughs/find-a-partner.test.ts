import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { listedPartners, sendContactRequest } from '../../db/repositories/partnerContactRepository';
import { searchPartners } from '../../domain/findPartner';
import { contactRequestSent, findAPartner } from './find-a-partner';

// W-FIND: the search the walkthrough types finds exactly Fabrikam Solutions and Proseware, and
// the send step is done exactly when the request reaches the partners.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-find-a-partner-${++n}`);
  await ensureWorld(db, 'default');
  await findAPartner.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => findAPartner.steps.find((s) => s.id === id)!;

describe('find-a-partner walkthrough', () => {
  it('the search of the walkthrough (United States, 10–49 employees, migration) finds the two partners it ticks', async () => {
    const search = step('search');
    const value = (id: string) =>
      search.actions.flatMap((a) =>
        a.target.id === id && (a.kind === 'fill' || a.kind === 'select') ? [a.value] : [],
      )[0] ?? '';
    const criteria = {
      country: value('fp.search.location') as 'US',
      size: value('fp.search.size') as 's',
      keywords: value('fp.search.keywords'),
    };
    const found = searchPartners(await listedPartners(db), criteria, () => []).map(
      (p) => p.tenant.id,
    );
    const ticked = step('choose-partners').actions.flatMap((a) =>
      a.kind === 'check' ? [a.target.key] : [],
    );
    expect(found).toEqual(ticked);
  });

  it('the send step is done once the request is sent, not before', async () => {
    const done = step('send').done.world!;
    expect(await done(db)).toBe(false);
    await sendContactRequest(db, {
      fromUserId: 'u-patti',
      partnerIds: ['fabrikam', 'proseware'],
      needs: 'Move 40 mailboxes to Exchange Online and train our staff.',
    });
    expect(await done(db)).toBe(true);
    expect(await contactRequestSent(db)).toBe(true);
  });
});
