import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld } from '../../src/db/repositories/worldRepository';
import { acceptInvitation, cancelInvitation } from '../../src/db/repositories/invitationRepository';
import { removeAdminRoles } from '../../src/db/repositories/relationshipRepository';

// Issue 17, two tabs racing: two AppDB instances on one IndexedDB database are two tabs of the
// learner's browser. Acting on the same invitation or relationship at once, one wins and the
// other gets a clear refusal; the world ends consistent; the other tab's live queries update.

const TREY = 'inv-trey-fourthcoffee-token';
let n = 0;
let tabA: AppDB;
let tabB: AppDB;
beforeEach(async () => {
  const name = `partner-sim.world.two-tabs-${n++}`;
  tabA = new AppDB(name);
  tabB = new AppDB(name);
  await Promise.all([ensureWorld(tabA, 'default'), ensureWorld(tabB, 'default')]);
});
afterEach(async () => {
  tabB.close();
  await tabA.delete();
});

const relationships = (db: AppDB) =>
  db.relationships.where('[partnerId+customerId]').equals(['treyresearch', 'fourthcoffee']).count();
const mcas = (db: AppDB) =>
  db.agreements.where('[tenantId+kind]').equals(['fourthcoffee', 'mca']).count();
const mailsToPartner = async (db: AppDB) =>
  (await db.mail.toArray()).filter(
    (m) =>
      m.mailbox === 'lidia@treyresearch.example' &&
      m.subject.kind === 'i18n' &&
      m.subject.key === 'mail:invitation.accepted.subject',
  ).length;

describe('two tabs on one world', () => {
  it('both accept the same invitation: one accepted, one refused (used); one relationship, one MCA, one mail', async () => {
    const outcomes = await Promise.all([
      acceptInvitation(tabA, TREY, 'u-joni'),
      acceptInvitation(tabB, TREY, 'u-joni'),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, block: { key: 'used' } }]);
    for (const db of [tabA, tabB]) {
      expect(await relationships(db)).toBe(1);
      expect(await mcas(db)).toBe(1);
      expect(await mailsToPartner(db)).toBe(1);
    }
  });

  it('one accepts while the other cancels: exactly one wins, the loser is refused, the world agrees', async () => {
    const [accepted, cancelled] = await Promise.all([
      acceptInvitation(tabA, TREY, 'u-joni'),
      cancelInvitation(tabB, TREY, 'u-joni'),
    ]);
    expect([accepted.ok, cancelled.ok].filter(Boolean)).toHaveLength(1);
    const loser = accepted.ok ? cancelled : accepted;
    expect(loser).toMatchObject({ ok: false, block: { key: expect.any(String) } });
    const state = (await tabB.invitations.where('token').equals(TREY).first())!.state;
    expect(state).toBe(accepted.ok ? 'accepted' : 'cancelled');
    expect(await relationships(tabB)).toBe(accepted.ok ? 1 : 0);
  });

  it('both remove the admin roles of one relationship: one removes, one is refused; the roles are gone once', async () => {
    const rel = (await tabA.relationships
      .where('[partnerId+customerId]')
      .equals(['fabrikam', 'adatum'])
      .first())!;
    expect(rel.adminRoles.length).toBeGreaterThan(0);
    const outcomes = await Promise.all([
      removeAdminRoles(tabA, 'u-enrico', rel.id),
      removeAdminRoles(tabB, 'u-enrico', rel.id),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toBeDefined();
    const after = (await tabB.relationships.get(rel.id))!;
    expect(after.adminRoles).toEqual([]);
  });

  it("the other tab's live query sees the change", async () => {
    const seen: number[] = [];
    const subscription = liveQuery(() => relationships(tabB)).subscribe((count) =>
      seen.push(count),
    );
    await expect.poll(() => seen.at(-1)).toBe(0);
    expect((await acceptInvitation(tabA, TREY, 'u-joni')).ok).toBe(true);
    await expect.poll(() => seen.at(-1)).toBe(1);
    subscription.unsubscribe();
  });
});
