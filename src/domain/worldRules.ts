// One validation of the world's meaning. The world file's schema (worldFile.ts) says what shape
// a record has; this says whether the records together are a world the documentation allows.
// Import refuses a file that breaks any of these whole, naming the record and the rule; the
// scenario seeds are held to the same rules by a test, so a seed can't teach a forbidden state.
import { OFFERS } from './catalogue';
import type {
  Enrollment,
  Invitation,
  Mail,
  O365Offer,
  PartnerOrganization,
  Relationship,
  Subscription,
  Tenant,
  User,
  World,
  WorldMeta,
} from './types';

/**
 * The simulated clock's range. The platform's largest date (8.64e15 ms) is not a usable clock:
 * adding a day to it is NaN and the app can no longer start (issue 17, the lock-out). A
 * century either side of the scenarios' 2020 start is more than any training run moves it.
 */
export const CLOCK_MIN = Date.UTC(2000, 0, 1);
export const CLOCK_MAX = Date.UTC(2100, 0, 1);

export function clockInRange(now: number): boolean {
  return Number.isInteger(now) && now >= CLOCK_MIN && now <= CLOCK_MAX;
}

/** W-ENROLL: the steps an enrollment is stored at (enrollmentRepository writes exactly these). */
export const ENROLLMENT_STEPS: readonly string[] = ['verifyEmail', 'review', 'ready'];

export interface WorldRuleProblem {
  /** i18n key in the `errors` namespace: `worldRules.<name>`. */
  key: string;
  /** `record` names the row (e.g. `relationships[3]`), `rule` the documented rule id. */
  params: Record<string, string | number>;
}

/** The tables whose records these rules constrain (the world's tables but snapshots). */
export type RuleTable = keyof World;

/**
 * What a record's rules need to know about the rest of the world. The whole-world check
 * builds it from the world; the write check (src/db/worldRulesMiddleware.ts) from the store,
 * inside the write's transaction — the same rules either way.
 */
export interface RecordContext {
  tenant(id: string): Tenant | undefined;
  user(id: string): User | undefined;
  /** Someone owns this mailbox (a user's email, compared trimmed and lower-case). */
  mailboxOwned(mailbox: string): boolean;
  /**
   * Partners that hold delegated administration of the customer through an Office 365 offer
   * (R-O365-3), by relationships other than `relationshipId` (in the whole-world check: the
   * relationships before it, so the second one is the one named).
   */
  delegatedPartners(customerId: string, relationshipId: string): readonly string[];
}

type Add = (
  name: string,
  rule: string | null,
  params?: Record<string, string | number>,
  record?: string,
) => void;

/**
 * The rules one stored record must keep, given the rest of the world (`ctx`). `record` names
 * the row in messages (e.g. `relationships[3]`, or `relationships r-1` for a write).
 */
export function checkRecordRules(
  table: RuleTable,
  row: unknown,
  record: string,
  ctx: RecordContext,
  limit = 10,
): WorldRuleProblem[] {
  const problems: WorldRuleProblem[] = [];
  // `rule` is the documented id; the simulator's own constraints (clock, mailboxes) have none.
  const add: Add = (name, rule, params = {}, at = record) => {
    if (problems.length < limit)
      problems.push({
        key: `worldRules.${name}`,
        params: { record: at, ...(rule ? { rule } : {}), ...params },
      });
  };
  const nameOf = (tenantId: string) => ctx.tenant(tenantId)?.name ?? tenantId;
  // R-O365-6: partner features are not available in Office 365 operated by 21Vianet.
  const china = (id: string | undefined) =>
    id !== undefined && ctx.tenant(id)?.cloud === 'china21v';
  // Who may send what: an invitation or an Office 365 offer is sent by a user of the partner
  // that makes it (W-INVITE, W-TRIAL, W-OFFER), never by a customer's user.
  const sentByPartnerUser = (r: { partnerId: string; senderUserId: string }, rule: string) => {
    const sender = ctx.user(r.senderUserId);
    if (sender && sender.tenantId !== r.partnerId)
      add('senderNotOfPartner', rule, { user: sender.email, partner: nameOf(r.partnerId) });
  };
  const offers = new Set(OFFERS.map((o) => o.id));

  switch (table) {
    case 'meta': {
      // The clock: outside its range the app can't move or show time.
      const meta = row as WorldMeta;
      if (!clockInRange(meta.now))
        add(
          'clockRange',
          null,
          {
            min: new Date(CLOCK_MIN).toISOString().slice(0, 10),
            max: new Date(CLOCK_MAX).toISOString().slice(0, 10),
          },
          'meta.now',
        );
      break;
    }
    case 'partners': {
      const p = row as PartnerOrganization;
      if (china(p.tenantId)) add('vianetPartner', 'R-O365-6', { tenant: nameOf(p.tenantId) });
      break;
    }
    case 'relationships': {
      const r = row as Relationship;
      if (china(r.customerId) || china(r.partnerId))
        add('vianetRelationship', 'R-O365-6', {
          tenant: nameOf(china(r.customerId) ? r.customerId : r.partnerId),
        });
      // R-O365-3: at most one delegated-administration partner per customer through Office
      // 365 offers (CSP relationships don't count: decision 4 of workflows-and-rules).
      if (
        r.source === 'o365' &&
        r.adminRoles.length > 0 &&
        ctx.delegatedPartners(r.customerId, r.id).some((p) => p !== r.partnerId)
      )
        add('secondDelegatedAdmin', 'R-O365-3', { customer: nameOf(r.customerId) });
      break;
    }
    case 'invitations': {
      const v = row as Invitation;
      if (china(v.customerId)) add('vianetOffer', 'R-O365-6', { tenant: nameOf(v.customerId!) });
      sentByPartnerUser(v, v.kind === 'resellerWithProvider' ? 'W-INVITE-3WAY' : 'W-REQUEST');
      break;
    }
    case 'o365Offers': {
      const o = row as O365Offer;
      const rule = o.kind === 'trial' ? 'W-TRIAL' : 'W-OFFER';
      if (china(o.customerId)) add('vianetOffer', 'R-O365-6', { tenant: nameOf(o.customerId!) });
      sentByPartnerUser(o, rule);
      // References into the catalogue: an offer's service is a known offer.
      o.services.forEach(
        (s, j) =>
          offers.has(s.offerId) ||
          add('unknownOffer', rule, { offer: s.offerId }, `${record}.services[${j}]`),
      );
      break;
    }
    case 'subscriptions': {
      const s = row as Subscription;
      if (!offers.has(s.offerId)) add('unknownOffer', 'R-REQ-1', { offer: s.offerId });
      break;
    }
    case 'mail': {
      // Mail lives in a mailbox someone owns: anything else could never be read or cleaned up.
      const m = row as Mail;
      if (!ctx.mailboxOwned(m.mailbox)) add('unownedMailbox', null, { mailbox: m.mailbox });
      break;
    }
    case 'enrollments': {
      // W-ENROLL: an enrollment is at one of the steps the workflow stores.
      const e = row as Enrollment;
      if (!ENROLLMENT_STEPS.includes(e.step)) add('unknownStep', 'W-ENROLL', { step: e.step });
      break;
    }
  }
  return problems;
}

/** The tables in the order the whole-world check reports them. */
const ORDER: readonly RuleTable[] = [
  'meta',
  'users',
  'partners',
  'relationships',
  'invitations',
  'o365Offers',
  'subscriptions',
  'mail',
  'enrollments',
];

/**
 * Every documented rule that constrains stored state. Assumes the shape is valid and the
 * references resolve (checkReferences runs first); returns at most `limit` problems.
 */
export function checkWorldRules(world: World, limit = 10): WorldRuleProblem[] {
  const problems: WorldRuleProblem[] = [];
  const tenants = new Map(world.tenants.map((t) => [t.id, t]));
  const users = new Map(world.users.map((u) => [u.id, u]));
  const emails = new Set(world.users.map((u) => u.email.trim().toLowerCase()));
  // R-O365-3 in file order: each relationship sees the delegated partners of those before it.
  const before = new Map<string, string[]>();
  const delegatedBefore = new Map<string, string[]>();
  for (const r of world.relationships) {
    const seen = delegatedBefore.get(r.customerId) ?? [];
    before.set(r.id, [...seen]);
    if (r.source === 'o365' && r.adminRoles.length > 0 && !seen.includes(r.partnerId))
      delegatedBefore.set(r.customerId, [...seen, r.partnerId]);
  }
  const ctx: RecordContext = {
    tenant: (id) => tenants.get(id),
    user: (id) => users.get(id),
    mailboxOwned: (mailbox) => emails.has(mailbox.trim().toLowerCase()),
    delegatedPartners: (_customer, id) => before.get(id) ?? [],
  };
  for (const table of ORDER) {
    if (table === 'users') {
      // R-IND-6: an email address is unique (compared as stored: trimmed, lower-case). A write
      // can't break it: the users store's unique email index refuses it.
      const seen = new Set<string>();
      world.users.forEach((u, i) => {
        const e = u.email.trim().toLowerCase();
        if (seen.has(e) && problems.length < limit)
          problems.push({
            key: 'worldRules.emailTaken',
            params: { record: `users[${i}]`, rule: 'R-IND-6', email: u.email },
          });
        seen.add(e);
      });
      continue;
    }
    const rows: readonly unknown[] = table === 'meta' ? [world.meta] : (world[table] ?? []);
    rows.forEach((row, i) => {
      if (problems.length >= limit) return;
      const record = table === 'meta' ? 'meta' : `${table}[${i}]`;
      problems.push(...checkRecordRules(table, row, record, ctx, limit - problems.length));
    });
  }
  return problems;
}
