import type { AppDB } from '../AppDB';
import type { Mail, MailText, Tenant } from '../../domain/types';
import { refuse, type Outcome, type Refusal } from '../../domain/outcome';
import {
  advanceAdminRelationship,
  BULK_MAX,
  checkRequestDraft,
  draftRoles,
  isExpiringWithin,
  R_GDAP_10_dapWarning,
  R_GDAP_2_mayManage,
  R_GDAP_5_mayAutoExtend,
  R_GDAP_7_approve,
  R_GDAP_7_mayApprove,
  R_GDAP_7_mayRemoveRoles,
  R_GDAP_8_checkAssignment,
  R_GDAP_9_mayChange,
  requireTodayEdition,
  type AdminRelationshipDraft,
  type GdapClockEvent,
} from '../../domain/gdapRules';
import {
  securityGroupsOf,
  type AdminRelationship,
  type SecurityGroup,
  type SecurityGroupId,
} from '../../domain/adminRelationship';
import { normalizeRoles, type EntraRole } from '../../domain/entraRoles';
import { relationshipAfterRolesRemoved } from '../../domain/customerRules';
import { parseRecipients, validateComposer, type MailDraft } from '../../domain/composer';
import { containsLink, gdapReviewLink } from '../../domain/mailLinks';
import { randomId } from '../../domain/ids';
import { deliverComposedMail, deliverMail, SYSTEM_SENDER } from './mailOut';
import { guardWrite, reportingWrite, type StoreFailure } from './outcome';
import type { ClockEventFailure } from './enrollmentRepository';

// The Today edition's GDAP relationships (docs/editions/today-gdap.md, W-GDAP-*). Every write
// is one transaction that reads fresh data and re-checks every rule (another tab may have
// acted): the edition first (a 2020 world refuses them all and stays as it was), then who acts
// (R-GDAP-2, R-GDAP-7), then the relationship's own rules. Each mail is delivered inside the
// transaction of the change it reports.

const rule = (id: string): Refusal => ({ key: `rules:${id}`, ruleId: id });
const refused = (r: Refusal) => ({ ok: false as const, ...r });

/** A new relationship's id (also the review link's last part). */
export function newAdminRelationshipId(): string {
  return randomId('gdap');
}

async function todayMeta(db: AppDB) {
  const meta = await db.meta.get('world');
  if (!meta) throw new Error('world not initialised');
  return { meta, refusal: requireTodayEdition(meta) };
}

/** The partner's Admin agent acting (R-GDAP-2), read fresh; users and tenants must be in the transaction. */
async function partnerAgent(db: AppDB, userId: string) {
  const user = await db.users.get(userId);
  const tenant = user ? await db.tenants.get(user.tenantId) : undefined;
  if (!user || !tenant) return { refusal: rule('R-GDAP-2') } as const;
  const refusal = R_GDAP_2_mayManage({ roles: user.roles, tenantKind: tenant.kind });
  return refusal ? ({ refusal } as const) : ({ user, tenant } as const);
}

const namesWith = (db: AppDB, partnerId: string, customerId: string) =>
  db.adminRelationships
    .where('[partnerId+customerId]')
    .equals([partnerId, customerId])
    .toArray()
    .then((rows) => rows.map((r) => r.name));

async function customerOfPartner(db: AppDB, partnerId: string, customerId: string) {
  const reseller = await db.relationships
    .where('[partnerId+customerId]')
    .equals([partnerId, customerId])
    .first();
  const customer = reseller ? await db.tenants.get(customerId) : undefined;
  return { reseller, customer };
}

// ---------------------------------------------------------------- reads for the pages

/** A customer's Admin relationships with the partner, newest first. */
export async function adminRelationshipsWith(
  db: AppDB,
  partnerId: string,
  customerId: string,
): Promise<AdminRelationship[]> {
  const rows = await db.adminRelationships
    .where('[partnerId+customerId]')
    .equals([partnerId, customerId])
    .toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * W-GDAP-EXTEND: the partner's active relationships ending within `withinDays` (30, 7, 1),
 * soonest first, at most `limit` (the page pages; the tiles count with `countOnly`).
 */
export async function expiringAdminRelationships(
  db: AppDB,
  partnerId: string,
  withinDays: number,
  limit = 100,
): Promise<AdminRelationship[]> {
  const meta = await db.meta.get('world');
  const now = meta?.now ?? 0;
  const rows = await db.adminRelationships
    .where('[partnerId+status]')
    .equals([partnerId, 'active'])
    .filter((r) => isExpiringWithin(r, now, withinDays))
    .toArray();
  return rows.sort((a, b) => a.endsAt! - b.endsAt!).slice(0, limit);
}

/** The relationships waiting for a customer's approval (Settings > Partner relationships). */
export function pendingApprovalsOf(db: AppDB, customerId: string): Promise<AdminRelationship[]> {
  return db.adminRelationships
    .where('[customerId+status]')
    .equals([customerId, 'approvalPending'])
    .toArray();
}

/** W-GDAP-ASSIGN: the partner's security groups with their members. */
export async function securityGroupsOfPartner(
  db: AppDB,
  partnerId: string,
): Promise<SecurityGroup[]> {
  return securityGroupsOf(partnerId, await db.users.where('tenantId').equals(partnerId).toArray());
}

/** What Approve partner roles shows (W-GDAP-APPROVE), or why it can't be shown. */
export interface ReviewView {
  relationship: AdminRelationship;
  partner: Tenant;
  /** R-GDAP-10: the partner still holds DAP: warn and offer removal. */
  dapWarning: boolean;
  /** The request can be approved now by this user (else `refusal` says why). */
  refusal?: Refusal;
}

export async function loadForReview(
  db: AppDB,
  userId: string,
  relationshipId: string,
): Promise<Outcome<{ view: ReviewView }>> {
  return db.transaction(
    'r',
    [db.meta, db.users, db.tenants, db.adminRelationships, db.relationships],
    async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const [user, r] = await Promise.all([
        db.users.get(userId),
        db.adminRelationships.get(relationshipId),
      ]);
      // Only the customer's own users see its requests: anyone else gets "not found".
      if (!user || !r || user.tenantId !== r.customerId)
        return refuse('gdap:approve.errors.notFound');
      const partner = await db.tenants.get(r.partnerId);
      if (!partner) return refuse('gdap:approve.errors.notFound');
      const reseller = await db.relationships
        .where('[partnerId+customerId]')
        .equals([r.partnerId, r.customerId])
        .first();
      const blocked = R_GDAP_7_mayApprove(user, r, meta.now);
      return {
        ok: true,
        view: {
          relationship: r,
          partner,
          dapWarning: R_GDAP_10_dapWarning(reseller),
          ...(blocked ? { refusal: blocked } : {}),
        },
      };
    },
  );
}

// ---------------------------------------------------------------- W-GDAP-REQUEST

/**
 * W-GDAP-REQUEST's Finalize request, without writing: the edition, R-GDAP-2, the customer is
 * the partner's, and the draft's rules (R-GDAP-3…5) with the names stored now.
 */
export async function checkRequest(
  db: AppDB,
  userId: string,
  customerId: string,
  draft: AdminRelationshipDraft,
): Promise<Outcome<{ customerName: string }>> {
  return db.transaction(
    'r',
    [db.meta, db.users, db.tenants, db.relationships, db.adminRelationships],
    async () => {
      const { refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const agent = await partnerAgent(db, userId);
      if (agent.refusal) return refused(agent.refusal);
      const { customer } = await customerOfPartner(db, agent.tenant.id, customerId);
      if (!customer) return refuse('gdap:request.errors.notCustomer');
      const problem = checkRequestDraft(draft, await namesWith(db, agent.tenant.id, customer.id));
      if (problem) return refused(problem);
      return { ok: true, customerName: customer.name };
    },
  );
}

export interface RequestInput {
  /** Chosen when the draft was prepared: the review link in the mail ends with it. */
  relationshipId: string;
  customerId: string;
  draft: AdminRelationshipDraft;
  /** The customer's addresses, as typed in the composer. */
  to: string;
  /** The (edited) email of the Request box. */
  mail: MailDraft;
}

export type RequestOutcome = Outcome<{ relationship: AdminRelationship; customerName: string }>;

/**
 * W-GDAP-REQUEST, send: records the relationship (Approval pending) and delivers the partner's
 * email to the customer's addresses, in one transaction. The link under "Click to review and
 * accept" must stay in the email (refused otherwise: without it the customer can't approve).
 */
export async function requestAdminRelationship(
  db: AppDB,
  userId: string,
  input: RequestInput,
): Promise<RequestOutcome> {
  const errors = validateComposer({ to: input.to, ...input.mail });
  if (Object.keys(errors).length) return refuse('gdap:request.errors.invalidMail');
  const link = gdapReviewLink(input.relationshipId);
  if (!containsLink(input.mail.body, link))
    return refuse('gdap:request.errors.linkRemoved', undefined, 'W-GDAP-REQUEST');
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.meta, db.users, db.tenants, db.relationships, db.adminRelationships, db.mail],
      async () => {
        const { meta, refusal } = await todayMeta(db);
        if (refusal) return refused(refusal);
        const agent = await partnerAgent(db, userId);
        if (agent.refusal) return refused(agent.refusal);
        const { customer } = await customerOfPartner(db, agent.tenant.id, input.customerId);
        if (!customer) return refuse('gdap:request.errors.notCustomer');
        const problem = checkRequestDraft(
          input.draft,
          await namesWith(db, agent.tenant.id, customer.id),
        );
        if (problem) return refused(problem);
        const recipients = parseRecipients(input.to);
        const users = await db.users.where('email').anyOf(recipients).toArray();
        const unknown = recipients.filter((a) => !users.some((u) => u.email === a));
        if (unknown.length)
          return refuse('gdap:request.errors.unknownRecipient', { address: unknown.join(', ') });
        if (users.some((u) => u.tenantId !== customer.id))
          return refuse('gdap:request.errors.notOfCustomer', { customer: customer.name });
        if (await db.adminRelationships.get(input.relationshipId))
          return refuse('gdap:request.errors.sendFailed');
        const relationship: AdminRelationship = {
          id: input.relationshipId,
          partnerId: agent.tenant.id,
          customerId: customer.id,
          name: input.draft.name.trim(),
          durationDays: Number(input.draft.durationDays),
          roles: draftRoles(input.draft),
          autoExtend: input.draft.autoExtend,
          status: 'approvalPending',
          createdAt: meta.now,
          requestedBy: agent.user.id,
          linkDelivered: true,
          assignments: [],
        };
        await db.adminRelationships.add(relationship);
        await deliverComposedMail(db, agent.user, recipients, input.mail);
        return { ok: true, relationship, customerName: customer.name };
      },
    ),
  );
}

// ---------------------------------------------------------------- mail to both sides

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The partner's side: the requester, or the partner's Admin agents if that user is gone. */
async function partnerMailboxes(db: AppDB, r: AdminRelationship): Promise<string[]> {
  const requester = await db.users.get(r.requestedBy);
  if (requester && requester.tenantId === r.partnerId) return [requester.email];
  const staff = await db.users.where('tenantId').equals(r.partnerId).toArray();
  return staff.filter((u) => u.roles.includes('adminAgent')).map((u) => u.email);
}

/** The customer's side: the approver, or the customer's Global admins. */
async function customerMailboxes(db: AppDB, r: AdminRelationship): Promise<string[]> {
  const approver = r.approvedBy ? await db.users.get(r.approvedBy) : undefined;
  if (approver && approver.tenantId === r.customerId) return [approver.email];
  const staff = await db.users.where('tenantId').equals(r.customerId).toArray();
  return staff.filter((u) => u.roles.includes('globalAdmin')).map((u) => u.email);
}

/** Params every GDAP mail names; `roles` is formatted by the `entraRoles` i18next formatter. */
async function mailParams(db: AppDB, r: AdminRelationship): Promise<Record<string, string>> {
  const [partner, customer, approver] = await Promise.all([
    db.tenants.get(r.partnerId),
    db.tenants.get(r.customerId),
    r.approvedBy ? db.users.get(r.approvedBy) : undefined,
  ]);
  return {
    name: r.name,
    partner: partner?.name ?? r.partnerId,
    customer: customer?.name ?? r.customerId,
    approver: approver?.displayName ?? '',
    roles: r.roles.join(','),
    expires: r.endsAt !== undefined ? date(r.endsAt) : '',
  };
}

/** One system mail, as an i18n key pair `mail:gdap.<kind>.subject|body`, to the given sides. */
async function notify(
  db: AppDB,
  r: AdminRelationship,
  kind: string,
  sides: { partner: boolean; customer: boolean },
  extra: Record<string, string> = {},
): Promise<Mail[]> {
  const to = [
    ...(sides.partner ? await partnerMailboxes(db, r) : []),
    ...(sides.customer ? await customerMailboxes(db, r) : []),
  ];
  if (!to.length) return [];
  const params = { ...(await mailParams(db, r)), ...extra };
  const text = (part: string): MailText => ({
    kind: 'i18n',
    key: `mail:gdap.${kind}.${part}`,
    params,
  });
  return deliverMail(db, { ...SYSTEM_SENDER, to, subject: text('subject'), body: text('body') });
}

const BOTH = { partner: true, customer: true };
const MAIL_TABLES = (db: AppDB) => [db.meta, db.users, db.tenants, db.adminRelationships, db.mail];

// ---------------------------------------------------------------- W-GDAP-APPROVE

export type ApproveOutcome = Outcome<{ relationship: AdminRelationship; dapRemoved: boolean }>;

/**
 * W-GDAP-APPROVE, Approve all: R-GDAP-7 (the customer's Global admin; exactly the requested
 * roles, for the requested duration, from now), R-GDAP-6 (not after 90 days). R-GDAP-10: with
 * `removeDap` the partner's DAP roles are removed in the same transaction; without it DAP stays
 * (the page warned). Both sides get the confirmation mail.
 */
export async function approveAdminRelationship(
  db: AppDB,
  userId: string,
  relationshipId: string,
  options: { removeDap: boolean } = { removeDap: false },
): Promise<ApproveOutcome> {
  return reportingWrite(() =>
    db.transaction('rw', [...MAIL_TABLES(db), db.relationships], async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const [user, r] = await Promise.all([
        db.users.get(userId),
        db.adminRelationships.get(relationshipId),
      ]);
      if (!user || !r) return refuse('gdap:approve.errors.notFound');
      const blocked = R_GDAP_7_mayApprove(user, r, meta.now);
      if (blocked) return refused(blocked);
      const approved = R_GDAP_7_approve(r, user.id, meta.now);
      await db.adminRelationships.put(approved);
      let dapRemoved = false;
      if (options.removeDap) {
        const reseller = await db.relationships
          .where('[partnerId+customerId]')
          .equals([r.partnerId, r.customerId])
          .first();
        if (reseller && R_GDAP_10_dapWarning(reseller)) {
          await db.relationships.update(reseller.id, {
            ...relationshipAfterRolesRemoved(reseller),
            rolesRemovedAt: meta.now,
          });
          dapRemoved = true;
        }
      }
      await notify(db, approved, 'approved', BOTH);
      return { ok: true, relationship: approved, dapRemoved };
    }),
  );
}

// ---------------------------------------------------------------- W-GDAP-ASSIGN

export type RelationshipOutcome = Outcome<{ relationship: AdminRelationship }>;

/** A relationship of the acting Admin agent's partner, read fresh (R-GDAP-2). */
async function ownRelationship(db: AppDB, userId: string, relationshipId: string) {
  const agent = await partnerAgent(db, userId);
  if (agent.refusal) return { refusal: agent.refusal } as const;
  const r = await db.adminRelationships.get(relationshipId);
  if (!r || r.partnerId !== agent.tenant.id)
    return { refusal: { key: 'gdap:errors.notFound' } } as const;
  return { r, agent } as const;
}

/**
 * W-GDAP-ASSIGN, Save: R-GDAP-8 — the groups get exactly `roles` (each one of the approved
 * relationship's), status Pending; a group already assigned gets the new roles and is Pending
 * again. `activatePendingAssignments` (after the short delay, or the clock) makes them Active.
 */
export async function assignSecurityGroups(
  db: AppDB,
  userId: string,
  relationshipId: string,
  groupIds: readonly SecurityGroupId[],
  roles: readonly EntraRole[],
): Promise<RelationshipOutcome> {
  return reportingWrite(() =>
    db.transaction('rw', [db.meta, db.users, db.tenants, db.adminRelationships], async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const own = await ownRelationship(db, userId, relationshipId);
      if (own.refusal) return refused(own.refusal);
      const problem = R_GDAP_8_checkAssignment(own.r, groupIds, roles);
      if (problem) return refused(problem);
      const assigned = new Set(groupIds);
      const relationship: AdminRelationship = {
        ...own.r,
        assignments: [
          ...own.r.assignments.filter((a) => !assigned.has(a.groupId)),
          ...[...assigned].map((groupId) => ({
            groupId,
            roles: normalizeRoles(roles),
            status: 'pending' as const,
            createdAt: meta.now,
          })),
        ],
      };
      await db.adminRelationships.put(relationship);
      return { ok: true, relationship };
    }),
  );
}

/** W-GDAP-ASSIGN: Pending → Active (the portal takes about 30 s; the page waits a short delay). */
export async function activatePendingAssignments(
  db: AppDB,
  relationshipId: string,
): Promise<Outcome<{ activated: number }>> {
  return reportingWrite(() =>
    db.transaction('rw', [db.meta, db.adminRelationships], async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const r = await db.adminRelationships.get(relationshipId);
      if (!r) return refuse('gdap:errors.notFound');
      // An ended relationship gives no access: its assignments stay as they were (R-GDAP-9).
      if (r.status !== 'active') return { ok: true, activated: 0 };
      const pending = r.assignments.filter((a) => a.status === 'pending').length;
      if (pending)
        await db.adminRelationships.put({
          ...r,
          assignments: r.assignments.map((a) =>
            a.status === 'pending' ? { ...a, status: 'active', activatedAt: meta.now } : a,
          ),
        });
      return { ok: true, activated: pending };
    }),
  );
}

// ---------------------------------------------------------------- W-GDAP-EXTEND

export interface AutoExtendResult {
  changed: string[];
  /** Relationships left as they were, each with why (R-GDAP-5, R-GDAP-9, not found). */
  skipped: { id: string; refusal: Refusal }[];
}

/**
 * W-GDAP-EXTEND, Enable / Disable auto-extend for up to 25 selected relationships (or the
 * Auto extend toggle of one). One transaction; each relationship that can't change is skipped
 * with its reason (R-GDAP-5: never with Global Administrator; R-GDAP-9: not once ended).
 */
export async function setAutoExtend(
  db: AppDB,
  userId: string,
  relationshipIds: readonly string[],
  on: boolean,
): Promise<Outcome<AutoExtendResult>> {
  const ids = [...new Set(relationshipIds)];
  if (ids.length === 0 || ids.length > BULK_MAX)
    return refuse('gdap:extend.errors.selection', { max: String(BULK_MAX) }, 'W-GDAP-EXTEND');
  return reportingWrite(() =>
    db.transaction('rw', [db.meta, db.users, db.tenants, db.adminRelationships], async () => {
      const { refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const agent = await partnerAgent(db, userId);
      if (agent.refusal) return refused(agent.refusal);
      const rows = await db.adminRelationships.bulkGet(ids);
      const changed: string[] = [];
      const skipped: AutoExtendResult['skipped'] = [];
      for (const [i, r] of rows.entries()) {
        if (!r || r.partnerId !== agent.tenant.id) {
          skipped.push({ id: ids[i]!, refusal: { key: 'gdap:errors.notFound' } });
          continue;
        }
        const problem = R_GDAP_9_mayChange(r) ?? (on ? R_GDAP_5_mayAutoExtend(r.roles) : null);
        if (problem) skipped.push({ id: r.id, refusal: problem });
        else if (r.autoExtend !== on) {
          await db.adminRelationships.put({ ...r, autoExtend: on });
          changed.push(r.id);
        }
      }
      return { ok: true, changed, skipped };
    }),
  );
}

// ---------------------------------------------------------------- W-GDAP-TERMINATE-*

/**
 * W-GDAP-TERMINATE-PARTNER: Terminate relationship → confirm. The group members lose access at
 * once (gdapRolesOf reads only active relationships); both sides are emailed. R-GDAP-9: an
 * ended relationship can't be terminated again (nor restored).
 */
export async function terminateByPartner(
  db: AppDB,
  userId: string,
  relationshipId: string,
): Promise<RelationshipOutcome> {
  return reportingWrite(() =>
    db.transaction('rw', MAIL_TABLES(db), async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const own = await ownRelationship(db, userId, relationshipId);
      if (own.refusal) return refused(own.refusal);
      const ended = R_GDAP_9_mayChange(own.r);
      if (ended) return refused(ended);
      const relationship: AdminRelationship = {
        ...own.r,
        status: 'terminated',
        endedAt: meta.now,
        terminatedBy: 'partner',
      };
      await db.adminRelationships.put(relationship);
      await notify(db, relationship, 'terminatedByPartner', BOTH);
      return { ok: true, relationship };
    }),
  );
}

/**
 * W-GDAP-TERMINATE-CUSTOMER: Settings > Partner relationships > the partner > Remove roles >
 * Yes. Every live GDAP relationship of that partner with the customer is terminated (the 2020
 * label, another effect: the reseller relationship and any DAP are left as they are). Only the
 * customer's Global admin (decision: the same person who approves, R-GDAP-7).
 */
export async function removeRolesByCustomer(
  db: AppDB,
  userId: string,
  partnerId: string,
): Promise<Outcome<{ terminated: string[] }>> {
  return reportingWrite(() =>
    db.transaction('rw', MAIL_TABLES(db), async () => {
      const { meta, refusal } = await todayMeta(db);
      if (refusal) return refused(refusal);
      const user = await db.users.get(userId);
      const tenant = user ? await db.tenants.get(user.tenantId) : undefined;
      const notAllowed =
        user && tenant
          ? R_GDAP_7_mayRemoveRoles({ roles: user.roles, tenantKind: tenant.kind })
          : rule('R-GDAP-7');
      if (!user || !tenant || notAllowed) return refused(notAllowed ?? rule('R-GDAP-7'));
      const live = (
        await db.adminRelationships
          .where('[partnerId+customerId]')
          .equals([partnerId, tenant.id])
          .toArray()
      ).filter((r) => !R_GDAP_9_mayChange(r));
      if (!live.length) return refuse('gdap:removeRoles.errors.none');
      for (const r of live) {
        const relationship: AdminRelationship = {
          ...r,
          status: 'terminated',
          endedAt: meta.now,
          terminatedBy: 'customer',
        };
        await db.adminRelationships.put(relationship);
        await notify(db, relationship, 'terminatedByCustomer', BOTH, {
          remover: user.displayName,
        });
      }
      return { ok: true, terminated: live.map((r) => r.id) };
    }),
  );
}

// ---------------------------------------------------------------- the simulated clock

const CLOCK_MAIL: Record<
  GdapClockEvent['kind'],
  { kind: string; partner: boolean; customer: boolean } | null
> = {
  // R-GDAP-6: the partner learns its request lapsed (the customer never approved it).
  requestExpired: { kind: 'requestExpired', partner: true, customer: false },
  expired: { kind: 'expired', partner: true, customer: true },
  notice: { kind: 'expiring', partner: true, customer: true },
  // Auto extend is silent in the portal too: the end date moves.
  extended: null,
};

/**
 * The clock moved to `now` (clockRepository.advanceClock): every live GDAP relationship takes
 * the step of `advanceAdminRelationship` (R-GDAP-5, -6, -9, Pending → Active), each in its own
 * transaction with its mails, so one failure is reported and rolled back alone. A 2020 world
 * has none and is not touched.
 */
export async function applyGdapClock(db: AppDB, now: number): Promise<ClockEventFailure[]> {
  const meta = await db.meta.get('world');
  if (requireTodayEdition(meta)) return [];
  const live = await db.adminRelationships
    .where('status')
    .anyOf(['approvalPending', 'active'])
    .primaryKeys();
  const failed: ClockEventFailure[] = [];
  for (const id of live) {
    const outcome: StoreFailure | ClockEventFailure | null = await guardWrite(() =>
      db.transaction('rw', MAIL_TABLES(db), async () => {
        const r = await db.adminRelationships.get(id);
        if (!r) return null;
        const { next, events } = advanceAdminRelationship(r, now);
        if (next !== r) await db.adminRelationships.put(next);
        for (const e of events) {
          const mail = CLOCK_MAIL[e.kind];
          if (!mail) continue;
          await notify(
            db,
            next,
            mail.kind,
            mail,
            e.kind === 'notice' ? { days: String(e.days) } : {},
          );
        }
        return null;
      }),
    );
    if (outcome)
      failed.push({ key: outcome.key, ...(outcome.params ? { params: outcome.params } : {}) });
  }
  return failed;
}

export type { AdminRelationshipDraft };
