// One validation of the world's meaning. The world file's schema (worldFile.ts) says what shape
// a record has; this says whether the records together are a world the documentation allows.
// Import refuses a file that breaks any of these whole, naming the record and the rule; the
// scenario seeds are held to the same rules by a test, so a seed can't teach a forbidden state.
import { OFFERS } from './catalogue';
import type { World } from './types';

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

/**
 * Every documented rule that constrains stored state. Assumes the shape is valid and the
 * references resolve (checkReferences runs first); returns at most `limit` problems.
 */
export function checkWorldRules(world: World, limit = 10): WorldRuleProblem[] {
  const problems: WorldRuleProblem[] = [];
  // `rule` is the documented id; the simulator's own constraints (clock, mailboxes) have none.
  const add = (
    name: string,
    record: string,
    rule: string | null,
    params: Record<string, string | number> = {},
  ) => {
    if (problems.length < limit)
      problems.push({
        key: `worldRules.${name}`,
        params: { record, ...(rule ? { rule } : {}), ...params },
      });
  };
  const tenants = new Map(world.tenants.map((t) => [t.id, t]));
  const users = new Map(world.users.map((u) => [u.id, u]));
  const nameOf = (tenantId: string) => tenants.get(tenantId)?.name ?? tenantId;

  // The clock: outside its range the app can't move or show time.
  if (!clockInRange(world.meta.now))
    add('clockRange', 'meta.now', null, {
      min: new Date(CLOCK_MIN).toISOString().slice(0, 10),
      max: new Date(CLOCK_MAX).toISOString().slice(0, 10),
    });

  // R-IND-6: an email address is unique (compared as stored: trimmed, lower-case).
  const emails = new Map<string, number>();
  world.users.forEach((u, i) => {
    const e = u.email.trim().toLowerCase();
    if (emails.has(e)) add('emailTaken', `users[${i}]`, 'R-IND-6', { email: u.email });
    else emails.set(e, i);
  });

  // R-O365-6: partner features are not available in Office 365 operated by 21Vianet.
  const china = (id: string | undefined) =>
    id !== undefined && tenants.get(id)?.cloud === 'china21v';
  world.partners.forEach(
    (p, i) =>
      china(p.tenantId) &&
      add('vianetPartner', `partners[${i}]`, 'R-O365-6', { tenant: nameOf(p.tenantId) }),
  );
  world.relationships.forEach((r, i) => {
    if (china(r.customerId) || china(r.partnerId))
      add('vianetRelationship', `relationships[${i}]`, 'R-O365-6', {
        tenant: nameOf(china(r.customerId) ? r.customerId : r.partnerId),
      });
  });
  world.invitations.forEach(
    (v, i) =>
      china(v.customerId) &&
      add('vianetOffer', `invitations[${i}]`, 'R-O365-6', { tenant: nameOf(v.customerId!) }),
  );
  world.o365Offers.forEach(
    (o, i) =>
      china(o.customerId) &&
      add('vianetOffer', `o365Offers[${i}]`, 'R-O365-6', { tenant: nameOf(o.customerId!) }),
  );

  // R-O365-3: at most one delegated-administration partner per customer through Office 365
  // offers (CSP relationships don't count: decision 4 of workflows-and-rules).
  const delegated = new Map<string, string>();
  world.relationships.forEach((r, i) => {
    if (r.source !== 'o365' || r.adminRoles.length === 0) return;
    const first = delegated.get(r.customerId);
    if (first === undefined) delegated.set(r.customerId, r.partnerId);
    else if (first !== r.partnerId)
      add('secondDelegatedAdmin', `relationships[${i}]`, 'R-O365-3', {
        customer: nameOf(r.customerId),
      });
  });

  // Who may send what: an invitation or an Office 365 offer is sent by a user of the partner
  // that makes it (W-INVITE, W-TRIAL, W-OFFER), never by a customer's user.
  const sentByPartnerUser = (
    table: string,
    rows: readonly { partnerId: string; senderUserId: string; kind: string }[],
    ruleOf: (kind: string) => string,
  ) =>
    rows.forEach((row, i) => {
      const sender = users.get(row.senderUserId);
      if (sender && sender.tenantId !== row.partnerId)
        add('senderNotOfPartner', `${table}[${i}]`, ruleOf(row.kind), {
          user: sender.email,
          partner: nameOf(row.partnerId),
        });
    });
  sentByPartnerUser('invitations', world.invitations, (k) =>
    k === 'resellerWithProvider' ? 'W-INVITE-3WAY' : 'W-REQUEST',
  );
  sentByPartnerUser('o365Offers', world.o365Offers, (k) => (k === 'trial' ? 'W-TRIAL' : 'W-OFFER'));

  // References into the catalogue: a subscription or an offer's service is a known offer.
  const offers = new Set(OFFERS.map((o) => o.id));
  world.subscriptions.forEach(
    (s, i) =>
      offers.has(s.offerId) ||
      add('unknownOffer', `subscriptions[${i}]`, 'R-REQ-1', { offer: s.offerId }),
  );
  world.o365Offers.forEach((o, i) =>
    o.services.forEach(
      (s, j) =>
        offers.has(s.offerId) ||
        add(
          'unknownOffer',
          `o365Offers[${i}].services[${j}]`,
          o.kind === 'trial' ? 'W-TRIAL' : 'W-OFFER',
          { offer: s.offerId },
        ),
    ),
  );

  // Mail lives in a mailbox someone owns: anything else could never be read or cleaned up.
  world.mail.forEach(
    (m, i) =>
      emails.has(m.mailbox.trim().toLowerCase()) ||
      add('unownedMailbox', `mail[${i}]`, null, { mailbox: m.mailbox }),
  );

  // W-ENROLL: an enrollment is at one of the steps the workflow stores.
  world.enrollments.forEach(
    (e, i) =>
      ENROLLMENT_STEPS.includes(e.step) ||
      add('unknownStep', `enrollments[${i}]`, 'W-ENROLL', { step: e.step }),
  );

  return problems;
}
