import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { acceptMca as acceptMcaRepo } from '../../db/repositories/agreementRepository';
import { acceptMca, alpineHasMca } from './accept-mca';

// W-MCA: Alpine Ski House has a partner (Fabrikam) and the partner's mail, but no MCA; the
// accept step is done exactly when the MCA is recorded.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-accept-mca-${++n}`);
  await ensureWorld(db, 'default');
  await acceptMca.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => acceptMca.steps.find((s) => s.id === id)!;

describe('accept-mca walkthrough', () => {
  it('the default world: Fabrikam is the partner, no MCA, and Fabrikam’s mail is in Brian’s inbox', async () => {
    expect(
      await db.relationships
        .where('[partnerId+customerId]')
        .equals(['fabrikam', 'alpineskihouse'])
        .count(),
    ).toBe(1);
    expect(await alpineHasMca(db)).toBe(false);
    const mail = await db.mail
      .where('[mailbox+sentAt]')
      .between(
        ['brian@alpineskihouse.example', -Infinity],
        ['brian@alpineskihouse.example', Infinity],
      )
      .toArray();
    expect(
      mail.some((m) => m.subject.kind === 'i18n' && m.subject.key === 'mail:seeded.mca.subject'),
    ).toBe(true);
  });

  it('the accept step is done once the MCA is accepted, not before', async () => {
    const done = step('accept').done.world!;
    expect(await done(db)).toBe(false);
    expect(await acceptMcaRepo(db, 'u-brian')).toMatchObject({ kind: 'accepted' });
    expect(await done(db)).toBe(true);
  });
});
