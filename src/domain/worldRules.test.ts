import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultWorld, DEFAULT_START } from '../db/scenarios/default';
import { largeWorld } from '../db/scenarios/large';
import { parseWorldFile, toWorldFile } from './worldFile';
import { checkWorldRules, CLOCK_MAX } from './worldRules';
import type { Relationship, World } from './types';

const text = (w: World) => JSON.stringify(toWorldFile(w, new Date(0)));

/**
 * Valid worlds, generated: the default world with its rows reordered, some mail dropped, any
 * printable names (text stays text) and the clock anywhere in its range.
 */
export const validWorld = fc
  .record({
    rotate: fc.nat(50),
    keepMail: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    names: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), { minLength: 5, maxLength: 5 }),
    now: fc.integer({ min: DEFAULT_START, max: CLOCK_MAX }),
  })
  .map(({ rotate, keepMail, names, now }) => {
    const w = defaultWorld();
    const rot = <T,>(rows: T[]) => (rows.length ? [...rows.slice(rotate % rows.length), ...rows.slice(0, rotate % rows.length)] : rows);
    w.tenants = rot(w.tenants);
    w.users = rot(w.users);
    w.relationships = rot(w.relationships);
    w.mail = w.mail.filter((_, i) => keepMail[i % keepMail.length]);
    names.forEach((n, i) => {
      const u = w.users[i % w.users.length]!;
      u.displayName = n;
    });
    w.meta.now = now;
    return w;
  });

type Breaker = { rule: string; key: string; apply: (w: World) => void };

const customerOf = (w: World) => w.tenants.find((t) => t.kind === 'customer' && w.users.some((u) => u.tenantId === t.id))!;
const partnerTenants = (w: World) => w.tenants.filter((t) => t.kind === 'partner');
const o365Rel = (w: World, partnerId: string, customerId: string, id: string): Relationship => ({
  id,
  partnerId,
  customerId,
  customerName: 'c',
  customerNameLower: 'c',
  type: 'delegatedAdmin',
  adminRoles: ['globalAdmin'],
  partnerOfRecord: false,
  createdAt: w.meta.now,
  source: 'o365',
});

/** One documented rule broken at a time, each on a world that is otherwise valid. */
export const BREAKERS: Breaker[] = [
  {
    rule: 'R-O365-3',
    key: 'worldRules.secondDelegatedAdmin',
    apply: (w) => {
      const c = customerOf(w);
      w.relationships = w.relationships.filter((r) => r.customerId !== c.id);
      const [p1, p2] = partnerTenants(w);
      w.relationships.push(o365Rel(w, p1!.id, c.id, 'rel-x1'), o365Rel(w, p2!.id, c.id, 'rel-x2'));
    },
  },
  {
    rule: 'R-O365-6',
    key: 'worldRules.vianetRelationship',
    apply: (w) => {
      const r = w.relationships[0]!;
      w.tenants.find((t) => t.id === r.customerId)!.cloud = 'china21v';
    },
  },
  {
    rule: 'R-O365-6',
    key: 'worldRules.vianetPartner',
    apply: (w) => {
      const p = w.partners[0]!;
      w.tenants.find((t) => t.id === p.tenantId)!.cloud = 'china21v';
      w.relationships = w.relationships.filter((r) => r.partnerId !== p.tenantId && r.customerId !== p.tenantId);
    },
  },
  { rule: 'R-IND-6', key: 'worldRules.emailTaken', apply: (w) => void (w.users[1]!.email = w.users[0]!.email.toUpperCase()) },
  { rule: 'R-REQ-1', key: 'worldRules.unknownOffer', apply: (w) => void (w.subscriptions[0]!.offerId = 'no-such-offer') },
  { rule: '', key: 'worldRules.unownedMailbox', apply: (w) => void (w.mail.length ? (w.mail[0]!.mailbox = 'nobody@nowhere.example') : undefined) },
  {
    rule: 'W-REQUEST',
    key: 'worldRules.senderNotOfPartner',
    apply: (w) => {
      const inv = w.invitations.find((i) => i.kind === 'reseller') ?? w.invitations[0]!;
      inv.kind = 'reseller';
      inv.senderUserId = w.users.find((u) => u.tenantId !== inv.partnerId)!.id;
    },
  },
  {
    rule: 'W-ENROLL',
    key: 'worldRules.unknownStep',
    apply: (w) => {
      const u = w.users[0]!;
      w.enrollments.push({ id: 'enr-x', userId: u.id, tenantId: u.tenantId, step: 'somewhere', createdAt: w.meta.now, updatedAt: w.meta.now });
    },
  },
  { rule: '', key: 'worldRules.clockRange', apply: (w) => void (w.meta.now = 8.64e15) },
];

describe('the world’s meaning (issue 17)', () => {
  it('the scenario seeds keep every rule', () => {
    expect(checkWorldRules(defaultWorld())).toEqual([]);
    expect(checkWorldRules(largeWorld())).toEqual([]);
  });

  it('generated valid worlds import', () => {
    fc.assert(
      fc.property(validWorld, (w) => {
        const r = parseWorldFile(text(w));
        expect(r.ok ? [] : r.problems).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it.each(BREAKERS.map((b) => [b.key, b] as const))('a world breaking one rule is refused whole, naming record and rule: %s', (_, b) => {
    fc.assert(
      fc.property(validWorld, (w) => {
        if (b.key === 'worldRules.unownedMailbox' && !w.mail.length) return;
        b.apply(w);
        const r = parseWorldFile(text(w));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        const p = r.problems.find((x) => x.key === b.key);
        expect(p, JSON.stringify(r.problems)).toBeDefined();
        expect(p!.params?.record).toMatch(/^[a-zA-Z0-9]+(\[\d+\])?(\.[a-z]+(\[\d+\])?)?$/);
        if (b.rule) expect(p!.params?.rule).toBe(b.rule);
      }),
      { numRuns: 15 },
    );
  });

  it('R-O365-3 names the second partner’s relationship and the customer', () => {
    const w = defaultWorld();
    BREAKERS[0]!.apply(w);
    const c = customerOf(w);
    const i = w.relationships.findIndex((r) => r.id === 'rel-x2');
    expect(checkWorldRules(w)).toEqual([{ key: 'worldRules.secondDelegatedAdmin', params: { record: `relationships[${i}]`, rule: 'R-O365-3', customer: c.name } }]);
  });

  it('CSP relationships and a removed delegated admin don’t count for R-O365-3 (decision 4)', () => {
    const w = defaultWorld();
    BREAKERS[0]!.apply(w);
    w.relationships.at(-1)!.source = 'csp';
    expect(checkWorldRules(w)).toEqual([]);
    w.relationships.at(-1)!.source = 'o365';
    w.relationships.at(-1)!.adminRoles = [];
    expect(checkWorldRules(w)).toEqual([]);
  });
});
