import { refuse, type Refusal } from './outcome';
import { checkText } from './textInput';
import { editionOf, type Edition } from './edition';
import {
  GLOBAL_ADMINISTRATOR,
  isEntraRole,
  normalizeRoles,
  OFFERED_ENTRA_ROLES,
  type EntraRole,
} from './entraRoles';
import { DAY_MS, isFinal, SECURITY_GROUPS, type AdminRelationship } from './adminRelationship';
import type { Relationship, Role, TenantKind } from './types';

// The rules of granular delegated admin privileges (docs/editions/today-gdap.md, R-GDAP-2…10;
// R-GDAP-1 is the request page's, R-GDAP-11 lives with the roles in entraRoles.ts). Pure: the
// machines ask them for the learner's draft, the repository asks them again with fresh data.
// A refusal names the rule itself (the rules namespace, keyed by id) or a field's message (gdap).

export const NAME_MAX = 50; // R-GDAP-3
export const DURATION_MIN_DAYS = 1; // R-GDAP-4
export const DURATION_MAX_DAYS = 730; // R-GDAP-4: two years
export const DEFAULT_DURATION_DAYS = 730;
export const AUTO_EXTEND_DAYS = 180; // R-GDAP-5: "Yes (6 months)"
export const REQUEST_EXPIRY_DAYS = 90; // R-GDAP-6
export const NOTICE_DAYS = [30, 7, 1] as const; // R-GDAP-9
export const BULK_MAX = 25; // W-GDAP-EXTEND: select up to 25

const rule = (id: string) => refuse(`rules:${id}`, undefined, id);

/** GDAP exists in the Today edition only: a 2020 world refuses every GDAP operation. */
export function requireTodayEdition(meta: { edition?: Edition } | undefined): Refusal | null {
  return editionOf(meta) === 'today'
    ? null
    : { key: 'gdap:errors.todayOnly', params: { edition: editionOf(meta) } };
}

/** R-GDAP-2: only a partner's Admin agent requests, assigns, extends or terminates. */
export function R_GDAP_2_mayManage(actor: {
  roles: readonly Role[];
  tenantKind: TenantKind;
}): Refusal | null {
  return actor.tenantKind === 'partner' && actor.roles.includes('adminAgent')
    ? null
    : rule('R-GDAP-2');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * R-GDAP-3: the name is required, at most 50 characters, text like every other input
 * (textInput.ts), and unique among the partner's relationships with that customer (compared
 * trimmed and case-insensitively; ended ones count too: Graph keeps their names).
 */
export function R_GDAP_3_checkName(name: string, existingNames: readonly string[]): Refusal | null {
  const problem = checkText(name, { required: true, max: NAME_MAX });
  if (problem)
    return refuse(`gdap:request.errors.name_${problem}`, { max: String(NAME_MAX) }, 'R-GDAP-3');
  if (existingNames.some((n) => sameName(n, name)))
    return refuse('gdap:request.errors.name_taken', { name: name.trim() }, 'R-GDAP-3');
  return null;
}

/** R-GDAP-4: whole days, 1 to 730. `days` comes from a form field, so anything may arrive. */
export function R_GDAP_4_checkDuration(days: unknown): Refusal | null {
  const n = typeof days === 'string' && /^\s*\d+\s*$/.test(days) ? Number(days) : days;
  if (
    typeof n !== 'number' ||
    !Number.isInteger(n) ||
    n < DURATION_MIN_DAYS ||
    n > DURATION_MAX_DAYS
  )
    return refuse(
      'gdap:request.errors.duration',
      { min: String(DURATION_MIN_DAYS), max: String(DURATION_MAX_DAYS) },
      'R-GDAP-4',
    );
  return null;
}

/** R-GDAP-5: auto extend is not allowed with Global Administrator among the roles. */
export function R_GDAP_5_mayAutoExtend(roles: readonly EntraRole[]): Refusal | null {
  return roles.includes(GLOBAL_ADMINISTRATOR) ? rule('R-GDAP-5') : null;
}

/** R-GDAP-5: the end date after one automatic extension. */
export function R_GDAP_5_extendedEnd(endsAt: number): number {
  return endsAt + AUTO_EXTEND_DAYS * DAY_MS;
}

/** R-GDAP-6: when an unapproved request expires. */
export function R_GDAP_6_requestExpiresAt(createdAt: number): number {
  return createdAt + REQUEST_EXPIRY_DAYS * DAY_MS;
}

export function R_GDAP_6_isRequestExpired(
  r: Pick<AdminRelationship, 'status' | 'createdAt'>,
  now: number,
): boolean {
  return r.status === 'approvalPending' && now >= R_GDAP_6_requestExpiresAt(r.createdAt);
}

/** What a partner asks for (W-GDAP-REQUEST), as typed. */
export interface AdminRelationshipDraft {
  name: string;
  durationDays: number | string;
  roles: readonly string[];
  autoExtend: boolean;
}

/**
 * W-GDAP-REQUEST's form: R-GDAP-3, R-GDAP-4, at least one offered role, and R-GDAP-5. The
 * first problem is returned; `existingNames` are the names of the partner's relationships with
 * the customer.
 */
export function checkRequestDraft(
  draft: AdminRelationshipDraft,
  existingNames: readonly string[],
): Refusal | null {
  const name = R_GDAP_3_checkName(draft.name, existingNames);
  if (name) return name;
  const duration = R_GDAP_4_checkDuration(draft.durationDays);
  if (duration) return duration;
  if (
    draft.roles.length === 0 ||
    !draft.roles.every((r) => (OFFERED_ENTRA_ROLES as readonly string[]).includes(r))
  )
    return refuse('gdap:request.errors.roles', undefined, 'W-GDAP-REQUEST');
  if (draft.autoExtend) return R_GDAP_5_mayAutoExtend(draft.roles as EntraRole[]);
  return null;
}

/** The roles of a checked draft, in catalogue order. */
export function draftRoles(draft: Pick<AdminRelationshipDraft, 'roles'>): EntraRole[] {
  return normalizeRoles(draft.roles.filter(isEntraRole));
}

/**
 * R-GDAP-7 (and R-GDAP-6, R-GDAP-9): only a Global admin of that customer approves, and only a
 * request still waiting for approval.
 */
export function R_GDAP_7_mayApprove(
  approver: { tenantId: string; roles: readonly Role[] },
  r: AdminRelationship,
  now: number,
): Refusal | null {
  if (approver.tenantId !== r.customerId || !approver.roles.includes('globalAdmin'))
    return rule('R-GDAP-7');
  if (R_GDAP_6_isRequestExpired(r, now) || r.status === 'expired') return rule('R-GDAP-6');
  if (isFinal(r)) return rule('R-GDAP-9');
  if (r.status !== 'approvalPending') return refuse('gdap:approve.errors.alreadyApproved');
  return null;
}

/**
 * W-GDAP-TERMINATE-CUSTOMER (decision): the one who may Remove roles of a partner's GDAP
 * relationships is the one who approves them, a Global admin of the customer (R-GDAP-7).
 */
export function R_GDAP_7_mayRemoveRoles(actor: {
  roles: readonly Role[];
  tenantKind: TenantKind;
}): Refusal | null {
  return actor.tenantKind !== 'partner' && actor.roles.includes('globalAdmin')
    ? null
    : rule('R-GDAP-7');
}

/** R-GDAP-7: approval grants exactly the requested roles for the requested duration, from now. */
export function R_GDAP_7_approve(
  r: AdminRelationship,
  approverId: string,
  now: number,
): AdminRelationship {
  return {
    ...r,
    status: 'active',
    approvedAt: now,
    approvedBy: approverId,
    endsAt: now + r.durationDays * DAY_MS,
    roles: [...r.roles],
    noticesSent: [],
  };
}

/**
 * R-GDAP-8: an assignment needs an active relationship, at least one of the partner's
 * security groups and at least one role, every role one of the approved relationship's.
 */
export function R_GDAP_8_checkAssignment(
  r: AdminRelationship,
  groupIds: readonly string[],
  roles: readonly string[],
): Refusal | null {
  if (isFinal(r)) return rule('R-GDAP-9');
  if (r.status !== 'active') return refuse('gdap:assign.errors.notApproved', undefined, 'R-GDAP-8');
  if (
    groupIds.length === 0 ||
    !groupIds.every((g) => (SECURITY_GROUPS as readonly string[]).includes(g))
  )
    return refuse('gdap:assign.errors.groups', undefined, 'W-GDAP-ASSIGN');
  if (roles.length === 0 || !roles.every((x) => (r.roles as readonly string[]).includes(x)))
    return rule('R-GDAP-8');
  return null;
}

/** R-GDAP-9: an expired or terminated relationship can't be changed or restored. */
export function R_GDAP_9_mayChange(r: Pick<AdminRelationship, 'status'>): Refusal | null {
  return isFinal(r) ? rule('R-GDAP-9') : null;
}

/**
 * R-GDAP-9: the notice due at `now` for a relationship whose auto extend is off — the nearest
 * of 30/7/1 days before the end that has been reached and not yet sent (a clock that jumps past
 * several thresholds sends one notice, the latest), or null.
 */
export function R_GDAP_9_noticeDue(
  r: Pick<AdminRelationship, 'status' | 'autoExtend' | 'endsAt' | 'noticesSent'>,
  now: number,
): number | null {
  if (r.status !== 'active' || r.autoExtend || r.endsAt === undefined || now >= r.endsAt)
    return null;
  const reached = NOTICE_DAYS.filter((d) => now >= r.endsAt! - d * DAY_MS);
  const latest = reached[reached.length - 1];
  return latest !== undefined && !(r.noticesSent ?? []).includes(latest) ? latest : null;
}

/** R-GDAP-10: the reseller relationship still holds DAP: the approval page warns and offers removal. */
export function R_GDAP_10_dapWarning(
  reseller: Pick<Relationship, 'adminRoles'> | undefined,
): boolean {
  return !!reseller && reseller.adminRoles.length > 0;
}

/** What moving the clock did to one relationship (the repository mails each). */
export type GdapClockEvent =
  | { kind: 'requestExpired' }
  | { kind: 'extended'; endsAt: number }
  | { kind: 'expired' }
  | { kind: 'notice'; days: number };

/**
 * The simulated clock reached `now`: R-GDAP-6 (an unapproved request expires after 90 days),
 * R-GDAP-5 (auto extend rolls the end date by 180 days, as often as it is passed), expiry at
 * the end date, R-GDAP-9's notices, and Pending assignments take effect. Pure.
 */
export function advanceAdminRelationship(
  r: AdminRelationship,
  now: number,
): { next: AdminRelationship; events: GdapClockEvent[] } {
  if (isFinal(r)) return { next: r, events: [] };
  if (r.status === 'approvalPending') {
    if (!R_GDAP_6_isRequestExpired(r, now)) return { next: r, events: [] };
    return {
      next: { ...r, status: 'expired', endedAt: R_GDAP_6_requestExpiresAt(r.createdAt) },
      events: [{ kind: 'requestExpired' }],
    };
  }
  let next: AdminRelationship = {
    ...r,
    assignments: r.assignments.map((a) =>
      a.status === 'pending' ? { ...a, status: 'active', activatedAt: now } : a,
    ),
  };
  const events: GdapClockEvent[] = [];
  while (next.endsAt !== undefined && now >= next.endsAt) {
    if (next.autoExtend && !R_GDAP_5_mayAutoExtend(next.roles)) {
      next = { ...next, endsAt: R_GDAP_5_extendedEnd(next.endsAt), noticesSent: [] };
      events.push({ kind: 'extended', endsAt: next.endsAt! });
    } else {
      next = { ...next, status: 'expired', endedAt: next.endsAt };
      return { next, events: [...events, { kind: 'expired' }] };
    }
  }
  const notice = R_GDAP_9_noticeDue(next, now);
  if (notice !== null) {
    const passed = NOTICE_DAYS.filter((d) => d >= notice);
    next = { ...next, noticesSent: [...new Set([...(next.noticesSent ?? []), ...passed])] };
    events.push({ kind: 'notice', days: notice });
  }
  const changed = events.length > 0 || r.assignments.some((a) => a.status === 'pending');
  return { next: changed ? next : r, events };
}

/** A relationship `within` days or less from its end (W-GDAP-EXTEND's tiles: 30, 7, 1). */
export function isExpiringWithin(
  r: Pick<AdminRelationship, 'status' | 'endsAt'>,
  now: number,
  within: number,
): boolean {
  return r.status === 'active' && r.endsAt !== undefined && r.endsAt - now <= within * DAY_MS;
}
