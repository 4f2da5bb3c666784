import fc from 'fast-check';
import { defaultWorld, DEFAULT_START } from '../src/db/scenarios/default';
import { CLOCK_MAX } from '../src/domain/worldRules';
import type { Relationship, World } from '../src/domain/types';

// Generated worlds for the world-file tests (issue 17): valid ones, and one rule broken at a time.
/**
 * Valid worlds, generated: the default world with its rows reordered, some mail dropped, any
 * printable names (text stays text) and the clock anywhere in its range.
 */
export const validWorld = fc
  .record({
    rotate: fc.nat(50),
    keepMail: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    names: fc.array(
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
        .filter((s) => s.trim().length > 0),
      { minLength: 5, maxLength: 5 },
    ),
    now: fc.integer({ min: DEFAULT_START, max: CLOCK_MAX }),
  })
  .map(({ rotate, keepMail, names, now }) => {
    const w = defaultWorld();
    const rot = <T>(rows: T[]) =>
      rows.length
        ? [...rows.slice(rotate % rows.length), ...rows.slice(0, rotate % rows.length)]
        : rows;
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

export const customerOf = (w: World) =>
  w.tenants.find((t) => t.kind === 'customer' && w.users.some((u) => u.tenantId === t.id))!;
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
      w.relationships = w.relationships.filter(
        (r) => r.partnerId !== p.tenantId && r.customerId !== p.tenantId,
      );
    },
  },
  {
    rule: 'R-IND-6',
    key: 'worldRules.emailTaken',
    apply: (w) => void (w.users[1]!.email = w.users[0]!.email.toUpperCase()),
  },
  {
    rule: 'R-REQ-1',
    key: 'worldRules.unknownOffer',
    apply: (w) => void (w.subscriptions[0]!.offerId = 'no-such-offer'),
  },
  {
    rule: '',
    key: 'worldRules.unownedMailbox',
    apply: (w) =>
      void (w.mail.length ? (w.mail[0]!.mailbox = 'nobody@nowhere.example') : undefined),
  },
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
      w.enrollments.push({
        id: 'enr-x',
        userId: u.id,
        tenantId: u.tenantId,
        step: 'somewhere',
        createdAt: w.meta.now,
        updatedAt: w.meta.now,
      });
    },
  },
  { rule: '', key: 'worldRules.clockRange', apply: (w) => void (w.meta.now = 8.64e15) },
];
