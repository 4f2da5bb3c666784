// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { WorldRuleError } from '../../src/db/worldRulesMiddleware';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { guardWrite, storeFailure, type StoreFailure } from '../../src/db/repositories/outcome';
import { DEFAULT_START } from '../../src/db/scenarios/default';
import { useLanguage } from '../i18n';
import { t } from '../../src/i18n/i18n.svelte';
import type { Invitation, Relationship } from '../../src/domain/types';

// Issue 17, one validation of the world's meaning: every write of a world record, by any
// repository, keeps the record's shape and the world rules (src/db/worldRulesMiddleware.ts);
// a write that would break one is refused naming the rule, and its transaction rolls back.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`partner-sim.world.rules-mw-${n++}`);
  await ensureWorld(db, 'default');
});

const rel = (over: Partial<Relationship>): Relationship => ({
  id: 'r-new',
  partnerId: 'litware',
  customerId: 'contoso',
  customerName: 'Contoso Ltd',
  customerNameLower: 'contoso ltd',
  type: 'delegatedAdmin' as Relationship['type'],
  adminRoles: ['globalAdmin'] as Relationship['adminRoles'],
  partnerOfRecord: false,
  createdAt: DEFAULT_START,
  source: 'o365',
  ...over,
});

/** The write is refused with a WorldRuleError naming `rule`, and the whole world is unchanged. */
async function expectRefused(write: () => Promise<unknown>, rule: string | RegExp) {
  const before = JSON.stringify(await readWorld(db));
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorldRuleError);
  expect(JSON.stringify((error as WorldRuleError).problems)).toMatch(rule);
  expect(JSON.stringify(await readWorld(db))).toBe(before);
  return error as WorldRuleError;
}

describe('writes that would break a world rule are refused, nothing stored changes', () => {
  it('R-O365-6: a relationship with a customer in Office 365 operated by 21Vianet', async () => {
    const e = await expectRefused(
      () => db.relationships.add(rel({ customerId: 'cohowinery', source: 'csp', adminRoles: [] })),
      /R-O365-6/,
    );
    expect(e.rule).toBe('R-O365-6');
  });

  it('R-O365-3: a second delegated-administration partner through Office 365 offers', async () => {
    await db.relationships.add(rel({ id: 'r-first', partnerId: 'litware' }));
    await expectRefused(
      () => db.relationships.add(rel({ id: 'r-second', partnerId: 'proseware' })),
      /R-O365-3/,
    );
    // The same partner again (its roles changed) and a CSP relationship are not a second one.
    await db.relationships.put(rel({ id: 'r-first', partnerId: 'litware', adminRoles: [] }));
    await db.relationships.add(rel({ id: 'r-csp', partnerId: 'proseware', source: 'csp' }));
  });

  it('W-REQUEST: an invitation sent by a user of another organization than the partner', async () => {
    const [inv] = (await db.invitations.toArray()) as Invitation[];
    await expectRefused(
      () =>
        db.invitations.put({ ...inv!, id: 'inv-x', token: 'tokxxxxxxxx', senderUserId: 'u-patti' }),
      /senderNotOfPartner.*W-(REQUEST|INVITE-3WAY)/,
    );
  });

  it('R-REQ-1: a subscription to an offer the catalogue lacks', async () => {
    const [s] = await db.subscriptions.toArray();
    await expectRefused(() => db.subscriptions.put({ ...s!, offerId: 'free-lunch' }), /R-REQ-1/);
  });

  it('W-ENROLL: an enrollment at a step the workflow never stores', async () => {
    await expectRefused(
      () =>
        db.enrollments.add({
          id: 'e-1',
          userId: 'u-grady',
          tenantId: 'lamnahealthcare',
          step: 'launched',
          createdAt: DEFAULT_START,
          updatedAt: DEFAULT_START,
        }),
      /W-ENROLL/,
    );
  });

  it('a mail to a mailbox nobody owns, and the clock past its range (update() is checked too)', async () => {
    const [m] = await db.mail.toArray();
    await expectRefused(
      () => db.mail.put({ ...m!, id: 'm-x', mailbox: 'nobody@nowhere.example' }),
      /unownedMailbox/,
    );
    await expectRefused(() => db.meta.update('world', { now: 8.64e15 }), /clockRange/);
  });

  it('a record of the wrong shape (a user whose display name is not text)', async () => {
    const u = (await db.users.get('u-patti'))!;
    await expectRefused(
      () => db.users.put({ ...u, displayName: null as unknown as string }),
      /schema\.type\.string.*displayName/,
    );
  });

  it('inside a transaction: what it wrote before the refused write rolls back too', async () => {
    await expectRefused(
      () =>
        db.transaction('rw', [db.tenants, db.relationships], async () => {
          await db.tenants.update('contoso', { name: 'Contoso Renamed' });
          await db.relationships.add(
            rel({ customerId: 'cohowinery', source: 'csp', adminRoles: [] }),
          );
        }),
      /R-O365-6/,
    );
    expect((await db.tenants.get('contoso'))!.name).toBe('Contoso Ltd');
  });

  it('a repository write refused this way returns a store failure naming the rule', async () => {
    const outcome = await guardWrite(() =>
      db.transaction('rw', [db.relationships], () =>
        db.relationships.add(rel({ customerId: 'cohowinery', source: 'csp', adminRoles: [] })),
      ),
    );
    expect(outcome).toMatchObject({
      ok: false,
      key: 'errors:store.rule',
      params: { rule: 'R-O365-6', reasonKey: 'worldRules.vianetRelationship' },
    });
    expect(storeFailure(new Error('x')).key).toBe('errors:store.unknown');
  });

  it.each([
    ['en', 'Office 365 operated by 21Vianet', 'R-O365-6'],
    ['ru', '21Vianet', 'R-O365-6'],
    ['zh', '世纪互联', 'R-O365-6'],
  ] as const)(
    'the refusal says which rule and record, in %s (not a generic failure)',
    async (lang, words, rule) => {
      await useLanguage(lang);
      const outcome = await guardWrite(() =>
        db.relationships.add(rel({ customerId: 'cohowinery', source: 'csp', adminRoles: [] })),
      );
      const { key, params } = outcome as StoreFailure;
      const message = t(key, params);
      expect(message).toContain(words);
      expect(message).toContain(rule);
      expect(message).toContain('relationships r-new');
      expect(message).not.toContain('$t(');
    },
  );

  it('a refused field names the field (the schema message nested into store.rule)', async () => {
    await useLanguage('en');
    const outcome = await guardWrite(() => db.tenants.update('contoso', { name: 'x'.repeat(500) }));
    const { key, params } = outcome as StoreFailure;
    expect(t(key, params)).toMatch(/tenants contoso.*name.*at most \d+ characters/);
  });

  it('writes that keep the rules pass: the default world seeds and a valid relationship is stored', async () => {
    await db.relationships.add(rel({ id: 'r-ok' }));
    expect(await db.relationships.get('r-ok')).toBeDefined();
  });
});
