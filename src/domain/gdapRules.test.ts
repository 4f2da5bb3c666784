import { describe, expect, it } from 'vitest';
import {
  advanceAdminRelationship,
  AUTO_EXTEND_DAYS,
  checkRequestDraft,
  isExpiringWithin,
  R_GDAP_2_mayManage,
  R_GDAP_3_checkName,
  R_GDAP_4_checkDuration,
  R_GDAP_5_extendedEnd,
  R_GDAP_5_mayAutoExtend,
  R_GDAP_6_isRequestExpired,
  R_GDAP_7_approve,
  R_GDAP_7_mayApprove,
  R_GDAP_7_mayRemoveRoles,
  R_GDAP_8_checkAssignment,
  R_GDAP_9_mayChange,
  R_GDAP_9_noticeDue,
  R_GDAP_10_dapWarning,
  requireTodayEdition,
} from './gdapRules';
import {
  DAY_MS,
  effectiveAccess,
  gdapRolesOf,
  microsoftLedRelationship,
  securityGroupsOf,
  type AdminRelationship,
} from './adminRelationship';
import { MLT_DEFAULT_ROLES } from './entraRoles';
import type { Role } from './types';

const T0 = Date.UTC(2024, 0, 1);
const rel = (over: Partial<AdminRelationship> = {}): AdminRelationship => ({
  id: 'gdap-1',
  partnerId: 'fabrikam',
  customerId: 'contoso',
  name: 'Helpdesk for Contoso',
  durationDays: 730,
  roles: ['helpdeskAdministrator', 'directoryReaders'],
  autoExtend: false,
  status: 'approvalPending',
  createdAt: T0,
  requestedBy: 'u-megan',
  linkDelivered: true,
  assignments: [],
  ...over,
});
const active = (over: Partial<AdminRelationship> = {}) =>
  rel({ status: 'active', approvedAt: T0, endsAt: T0 + 100 * DAY_MS, noticesSent: [], ...over });

describe('edition gate', () => {
  it.each([
    [undefined, 'gdap:errors.todayOnly'],
    [{}, 'gdap:errors.todayOnly'],
    [{ edition: '2020' as const }, 'gdap:errors.todayOnly'],
    [{ edition: 'today' as const }, null],
  ])('meta %j → %s', (meta, key) => {
    expect(requireTodayEdition(meta)?.key ?? null).toBe(key);
  });
});

describe('R-GDAP-2: only an Admin agent manages GDAP relationships', () => {
  it.each<[Role[], 'partner' | 'customer', boolean]>([
    [['adminAgent'], 'partner', true],
    [['adminAgent', 'globalAdmin'], 'partner', true],
    [['salesAgent'], 'partner', false],
    [['helpdeskAgent'], 'partner', false],
    [['globalAdmin'], 'partner', false],
    [['adminAgent'], 'customer', false],
  ])('%j in a %s tenant → allowed %s', (roles, tenantKind, allowed) => {
    const r = R_GDAP_2_mayManage({ roles, tenantKind });
    expect(r === null).toBe(allowed);
    if (r) expect(r).toMatchObject({ key: 'rules:R-GDAP-2', ruleId: 'R-GDAP-2' });
  });
});

describe('R-GDAP-3: name required, at most 50 characters, unique per partner and customer', () => {
  it.each([
    ['Helpdesk', [], null],
    ['x'.repeat(50), [], null],
    ['x'.repeat(51), [], 'gdap:request.errors.name_tooLong'],
    ['', [], 'gdap:request.errors.name_required'],
    ['   ', [], 'gdap:request.errors.name_required'],
    ['bad\u0007name', [], 'gdap:request.errors.name_control'],
    ['<b>Hi</b> 🙂', [], null],
    ['Helpdesk', ['helpdesk '], 'gdap:request.errors.name_taken'],
    ['Helpdesk 2', ['Helpdesk'], null],
  ])('%j with %j → %s', (name, existing, key) => {
    const r = R_GDAP_3_checkName(name, existing);
    expect(r?.key ?? null).toBe(key);
    if (r) expect(r.ruleId).toBe('R-GDAP-3');
  });
});

describe('R-GDAP-4: duration 1 to 730 days', () => {
  it.each([
    [1, true],
    [730, true],
    ['90', true],
    [0, false],
    [731, false],
    [1.5, false],
    ['', false],
    ['12abc', false],
    [NaN, false],
    [null, false],
  ])('%j → valid %s', (days, ok) => {
    const r = R_GDAP_4_checkDuration(days);
    expect(r === null).toBe(ok);
    if (r) expect(r.ruleId).toBe('R-GDAP-4');
  });
});

describe('R-GDAP-5: auto extend +180 days, not with Global Administrator', () => {
  it('refuses auto extend with Global Administrator', () => {
    expect(R_GDAP_5_mayAutoExtend(['globalAdministrator', 'userAdministrator'])?.ruleId).toBe(
      'R-GDAP-5',
    );
    expect(R_GDAP_5_mayAutoExtend(['userAdministrator'])).toBeNull();
  });
  it('extends by 180 days', () => {
    expect(R_GDAP_5_extendedEnd(T0)).toBe(T0 + AUTO_EXTEND_DAYS * DAY_MS);
    expect(AUTO_EXTEND_DAYS).toBe(180);
  });
  it('the request form refuses it too', () => {
    const draft = { name: 'A', durationDays: 30, roles: ['globalAdministrator'], autoExtend: true };
    expect(checkRequestDraft(draft, [])?.ruleId).toBe('R-GDAP-5');
    expect(checkRequestDraft({ ...draft, autoExtend: false }, [])).toBeNull();
  });
  it('rolls the end date at the clock, as often as it is passed', () => {
    const r = active({ autoExtend: true, endsAt: T0 + 10 * DAY_MS });
    const { next, events } = advanceAdminRelationship(r, T0 + 400 * DAY_MS);
    expect(next.status).toBe('active');
    expect(next.endsAt).toBe(T0 + 10 * DAY_MS + 3 * 180 * DAY_MS);
    expect(events.filter((e) => e.kind === 'extended')).toHaveLength(3);
  });
  it('a relationship with Global Administrator expires even if flagged', () => {
    const r = active({ autoExtend: true, roles: ['globalAdministrator'], endsAt: T0 + DAY_MS });
    expect(advanceAdminRelationship(r, T0 + 2 * DAY_MS).next.status).toBe('expired');
  });
});

describe('R-GDAP-6: an unapproved request expires after 90 days', () => {
  it.each([
    [89, false],
    [90, true],
    [200, true],
  ])('after %i days → expired %s', (days, expired) => {
    const r = rel();
    expect(R_GDAP_6_isRequestExpired(r, T0 + days * DAY_MS)).toBe(expired);
    const { next, events } = advanceAdminRelationship(r, T0 + days * DAY_MS);
    expect(next.status).toBe(expired ? 'expired' : 'approvalPending');
    expect(events).toEqual(expired ? [{ kind: 'requestExpired' }] : []);
    if (expired) expect(next.endedAt).toBe(T0 + 90 * DAY_MS);
  });
  it('an expired request can no longer be approved', () => {
    expect(
      R_GDAP_7_mayApprove({ tenantId: 'contoso', roles: ['globalAdmin'] }, rel(), T0 + 90 * DAY_MS)
        ?.ruleId,
    ).toBe('R-GDAP-6');
  });
});

describe('R-GDAP-7: only the customer’s Global admin approves; exactly the roles, from approval', () => {
  it.each<[string, Role[], string | null]>([
    ['contoso', ['globalAdmin'], null],
    ['contoso', ['billingAdmin'], 'R-GDAP-7'],
    ['contoso', ['userAdmin'], 'R-GDAP-7'],
    ['adatum', ['globalAdmin'], 'R-GDAP-7'],
    ['fabrikam', ['adminAgent', 'globalAdmin'], 'R-GDAP-7'],
  ])('%s %j → %s', (tenantId, roles, refused) => {
    expect(R_GDAP_7_mayApprove({ tenantId, roles }, rel(), T0 + DAY_MS)?.ruleId ?? null).toBe(
      refused,
    );
  });
  it.each<[Role[], 'customer' | 'partner', string | null]>([
    [['globalAdmin'], 'customer', null],
    [['billingAdmin'], 'customer', 'R-GDAP-7'],
    [['adminAgent', 'globalAdmin'], 'partner', 'R-GDAP-7'],
  ])('W-GDAP-TERMINATE-CUSTOMER: Remove roles by %j of a %s → %s', (roles, tenantKind, refused) => {
    expect(R_GDAP_7_mayRemoveRoles({ roles, tenantKind })?.ruleId ?? null).toBe(refused);
  });
  it('grants the requested roles for the requested duration from the approval date', () => {
    const now = T0 + 20 * DAY_MS;
    const a = R_GDAP_7_approve(rel({ durationDays: 45 }), 'u-patti', now);
    expect(a).toMatchObject({
      status: 'active',
      approvedAt: now,
      approvedBy: 'u-patti',
      endsAt: now + 45 * DAY_MS,
      roles: ['helpdeskAdministrator', 'directoryReaders'],
    });
  });
  it('an approved one is not approved twice', () => {
    expect(
      R_GDAP_7_mayApprove({ tenantId: 'contoso', roles: ['globalAdmin'] }, active(), T0)?.key,
    ).toBe('gdap:approve.errors.alreadyApproved');
  });
});

describe('R-GDAP-8: roles give access only once assigned to security groups, only approved roles', () => {
  it.each<[string[], string[], string | null]>([
    [['adminAgents'], ['helpdeskAdministrator'], null],
    [['adminAgents', 'helpdeskAgents'], ['helpdeskAdministrator', 'directoryReaders'], null],
    [['adminAgents'], ['globalAdministrator'], 'R-GDAP-8'],
    [['adminAgents'], [], 'R-GDAP-8'],
    [[], ['helpdeskAdministrator'], 'W-GDAP-ASSIGN'],
    [['everyone'], ['helpdeskAdministrator'], 'W-GDAP-ASSIGN'],
  ])('groups %j roles %j → %s', (groups, roles, refused) => {
    expect(R_GDAP_8_checkAssignment(active(), groups, roles)?.ruleId ?? null).toBe(refused);
  });
  it('a pending request has nothing to assign', () => {
    expect(R_GDAP_8_checkAssignment(rel(), ['adminAgents'], ['directoryReaders'])?.ruleId).toBe(
      'R-GDAP-8',
    );
  });
  it('approved but unassigned roles give nobody access; Pending ones neither; Active ones do', () => {
    const megan = { tenantId: 'fabrikam', roles: ['adminAgent'] as Role[] };
    const adele = { tenantId: 'fabrikam', roles: ['helpdeskAgent'] as Role[] };
    expect(gdapRolesOf(megan, 'contoso', [active()])).toEqual([]);
    const pending = active({
      assignments: [
        {
          groupId: 'adminAgents',
          roles: ['helpdeskAdministrator'],
          status: 'pending',
          createdAt: T0,
        },
      ],
    });
    expect(gdapRolesOf(megan, 'contoso', [pending])).toEqual([]);
    const on = active({
      assignments: [
        {
          groupId: 'adminAgents',
          roles: ['helpdeskAdministrator'],
          status: 'active',
          createdAt: T0,
        },
      ],
    });
    expect(gdapRolesOf(megan, 'contoso', [on])).toEqual(['helpdeskAdministrator']);
    expect(gdapRolesOf(adele, 'contoso', [on])).toEqual([]);
    expect(gdapRolesOf(megan, 'adatum', [on])).toEqual([]);
    expect(gdapRolesOf(megan, 'contoso', [{ ...on, status: 'terminated' }])).toEqual([]);
  });
  it('the partner’s security groups hold its agents', () => {
    const groups = securityGroupsOf('fabrikam', [
      {
        id: 'a',
        tenantId: 'fabrikam',
        displayName: 'A',
        email: 'a@x.example',
        roles: ['adminAgent'],
      },
      {
        id: 'b',
        tenantId: 'contoso',
        displayName: 'B',
        email: 'b@x.example',
        roles: ['adminAgent'],
      },
    ]);
    expect(groups.find((g) => g.id === 'adminAgents')?.memberIds).toEqual(['a']);
  });
});

describe('R-GDAP-9: notices at 30/7/1 days when auto extend is off; ended ones stay ended', () => {
  const end = T0 + 100 * DAY_MS;
  it.each([
    [31, null],
    [30, 30],
    [8, 30],
    [7, 7],
    [1, 1],
    [0, null],
  ])('%i days before the end → notice %s', (before, notice) => {
    expect(R_GDAP_9_noticeDue(active({ endsAt: end }), end - before * DAY_MS)).toBe(notice);
  });
  it('no notice with auto extend on, none twice', () => {
    expect(R_GDAP_9_noticeDue(active({ endsAt: end, autoExtend: true }), end - DAY_MS)).toBeNull();
    expect(
      R_GDAP_9_noticeDue(active({ endsAt: end, noticesSent: [30] }), end - 10 * DAY_MS),
    ).toBeNull();
  });
  it('a jump past two thresholds sends one notice, the latest, and marks both', () => {
    const { next, events } = advanceAdminRelationship(active({ endsAt: end }), end - 5 * DAY_MS);
    expect(events).toEqual([{ kind: 'notice', days: 7 }]);
    expect(next.noticesSent).toEqual([30, 7]);
  });
  it('expires at the end date and cannot be changed again', () => {
    const { next, events } = advanceAdminRelationship(active({ endsAt: end }), end);
    expect(next).toMatchObject({ status: 'expired', endedAt: end });
    expect(events).toEqual([{ kind: 'expired' }]);
    expect(R_GDAP_9_mayChange(next)?.ruleId).toBe('R-GDAP-9');
    expect(R_GDAP_9_mayChange({ status: 'terminated' })?.ruleId).toBe('R-GDAP-9');
    expect(R_GDAP_9_mayChange({ status: 'active' })).toBeNull();
    expect(advanceAdminRelationship(next, end + 900 * DAY_MS).next).toBe(next);
  });
  it('expiring tiles count active relationships within 30 / 7 / 1 days', () => {
    expect(isExpiringWithin(active({ endsAt: end }), end - 7 * DAY_MS, 7)).toBe(true);
    expect(isExpiringWithin(active({ endsAt: end }), end - 8 * DAY_MS, 7)).toBe(false);
    expect(isExpiringWithin(rel(), end, 30)).toBe(false);
  });
});

describe('R-GDAP-10: DAP warns at approval, does not block; GDAP takes precedence', () => {
  it('warns when the reseller relationship holds admin roles', () => {
    expect(R_GDAP_10_dapWarning({ adminRoles: ['globalAdmin', 'helpdeskAdmin'] })).toBe(true);
    expect(R_GDAP_10_dapWarning({ adminRoles: [] })).toBe(false);
    expect(R_GDAP_10_dapWarning(undefined)).toBe(false);
    expect(
      R_GDAP_7_mayApprove({ tenantId: 'contoso', roles: ['globalAdmin'] }, rel(), T0),
    ).toBeNull();
  });
  it('a user with GDAP roles acts with them, not with DAP', () => {
    const megan = { tenantId: 'fabrikam', roles: ['adminAgent'] as Role[] };
    const dap = { adminRoles: ['globalAdmin', 'helpdeskAdmin'] as Role[] };
    expect(effectiveAccess(megan, 'contoso', [], dap)).toEqual({
      via: 'dap',
      roles: ['globalAdmin', 'helpdeskAdmin'],
    });
    const on = active({
      assignments: [
        { groupId: 'adminAgents', roles: ['userAdministrator'], status: 'active', createdAt: T0 },
      ],
    });
    expect(effectiveAccess(megan, 'contoso', [on], dap)).toEqual({
      via: 'gdap',
      roles: ['userAdministrator'],
    });
    expect(effectiveAccess(megan, 'contoso', [], { adminRoles: [] })).toEqual({ via: 'none' });
  });
});

describe('W-DAP-TO-GDAP: the Microsoft-led relationship', () => {
  it('is named MLT_<guid>, holds the eight default roles for a year', () => {
    const r = microsoftLedRelationship({
      id: 'g',
      guid: '0f8fad5b-d9cb-469f-a165-70867728950e',
      partnerId: 'fabrikam',
      customerId: 'contoso',
      requestedBy: 'u-megan',
      roles: MLT_DEFAULT_ROLES,
      now: T0,
    });
    expect(r.name).toBe('MLT_0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(r.roles).toHaveLength(8);
    expect(r.endsAt).toBe(T0 + 365 * DAY_MS);
    expect(r.status).toBe('active');
  });
});
