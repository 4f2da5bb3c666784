import { describe, expect, it } from 'vitest';
import type { AccessSubject } from './access';
import type { Role } from './types';
import {
  adminTypeOf,
  agentTypeOf,
  checkGlobalAdminChange,
  checkNewUser,
  checkRoleChoice,
  checkSignInFields,
  keepsRoleAssigner,
  R_IND_5_decideAddUser,
  R_IND_7_mayAssignRoles,
  rolesWith,
  type NewUserDraft,
} from './userRules';
import { checkNewPassword, hashPassword } from './passwords';

const partner = (roles: Role[]): AccessSubject => ({
  roles,
  tenantKind: 'partner',
  cloud: 'public',
  programs: ['cspIndirectReseller'],
});
const customer = (roles: Role[]): AccessSubject => ({
  roles,
  tenantKind: 'customer',
  cloud: 'public',
  programs: [],
});

describe('R-IND-5: adding users needs Admin agent (or User admin, R-IND-7)', () => {
  it.each<[string, AccessSubject, string | null]>([
    ['Admin agent', partner(['adminAgent']), null],
    ['Admin agent + Global admin (Megan)', partner(['adminAgent', 'globalAdmin']), null],
    ['User admin', partner(['userAdmin']), null],
    ['Global admin without Admin agent → R-IND-5', partner(['globalAdmin']), 'R-IND-5'],
    ['Global admin + Sales agent → R-IND-5', partner(['salesAgent', 'globalAdmin']), 'R-IND-5'],
    ['Sales agent → R-IND-7', partner(['salesAgent']), 'R-IND-7'],
    ['Helpdesk agent → R-IND-7', partner(['helpdeskAgent']), 'R-IND-7'],
    ['no role → R-IND-7', partner([]), 'R-IND-7'],
    [
      'a customer Global admin → R-IND-7 (not Partner Center)',
      customer(['globalAdmin']),
      'R-IND-7',
    ],
  ])('%s', (_, subject, rule) => {
    const refusal = R_IND_5_decideAddUser(subject);
    expect(refusal?.ruleId ?? null).toBe(rule);
    if (rule === 'R-IND-5') expect(refusal?.key).toBe('users:add.refused.needsAdminAgent');
  });
});

describe('R-IND-7: who may assign roles', () => {
  it.each<[Role[], boolean]>([
    [['adminAgent'], true],
    [['globalAdmin'], true],
    [['userAdmin'], true],
    [['salesAgent'], false],
    [['helpdeskAgent'], false],
    [['billingAdmin'], false],
  ])('%j → %s', (roles, ok) => expect(R_IND_7_mayAssignRoles(partner(roles))).toBe(ok));
  it('not from the customer side', () =>
    expect(R_IND_7_mayAssignRoles(customer(['globalAdmin']))).toBe(false));
});

describe('R-IND-7: one agent type and one admin type at most, and some role', () => {
  it.each<[string[], string[], string | null]>([
    [['adminAgent'], [], null],
    [[], ['globalAdmin'], null],
    [['salesAgent'], ['userAdmin'], null],
    [['adminAgent', 'salesAgent'], [], 'twoAgents'],
    [['salesAgent'], ['globalAdmin', 'userAdmin'], 'twoAdmins'],
    [[], [], 'noRole'],
    [['billingAdmin'], [], 'unknown'],
    [['<script>'], [], 'unknown'],
    [[], ['helpdeskAdmin'], 'unknown'],
  ])('agents %j, admins %j → %s', (agents, admins, problem) =>
    expect(checkRoleChoice(agents, admins)).toBe(problem),
  );

  it('reads the current choice and writes it back, keeping roles the form does not show', () => {
    expect(agentTypeOf(['globalAdmin', 'adminAgent'])).toBe('adminAgent');
    expect(adminTypeOf(['globalAdmin', 'adminAgent'])).toBe('globalAdmin');
    expect(agentTypeOf(['billingAdmin'])).toBe('none');
    expect(adminTypeOf(['salesAgent'])).toBe('none');
    // W-ENROLL's last step: a Global admin selects Admin agent; the agent role comes first.
    expect(rolesWith(['globalAdmin'], 'adminAgent', 'globalAdmin')).toEqual([
      'adminAgent',
      'globalAdmin',
    ]);
    expect(rolesWith(['salesAgent', 'billingAdmin'], 'helpdeskAgent', 'none')).toEqual([
      'helpdeskAgent',
      'billingAdmin',
    ]);
  });

  it('only a Global admin gives or takes away Global admin', () => {
    expect(
      checkGlobalAdminChange(['userAdmin'], ['salesAgent'], ['salesAgent', 'globalAdmin']),
    ).toBe('globalAdminOnly');
    expect(checkGlobalAdminChange(['adminAgent'], ['globalAdmin'], [])).toBe('globalAdminOnly');
    expect(checkGlobalAdminChange(['globalAdmin'], ['salesAgent'], ['globalAdmin'])).toBeNull();
    expect(checkGlobalAdminChange(['userAdmin'], ['salesAgent'], ['adminAgent'])).toBeNull();
    expect(
      checkGlobalAdminChange(['adminAgent'], ['globalAdmin'], ['adminAgent', 'globalAdmin']),
    ).toBeNull();
  });

  it('someone must keep a role that assigns roles', () => {
    expect(keepsRoleAssigner([{ roles: ['salesAgent'] }, { roles: ['userAdmin'] }])).toBe(true);
    expect(
      keepsRoleAssigner([{ roles: ['salesAgent'] }, { roles: ['helpdeskAgent', 'billingAdmin'] }]),
    ).toBe(false);
  });
});

describe('R-IND-6: a new user needs a full name and an email address (on the organization’s domain)', () => {
  const ok: NewUserDraft = {
    displayName: 'Sam Sales',
    email: 'Sam.Sales@Fabrikam.example',
    agentType: 'salesAgent',
    adminType: 'none',
  };
  it.each<[string, Partial<NewUserDraft>, Record<string, string>]>([
    ['valid (email compared case-insensitively)', {}, {}],
    [
      'everything empty',
      { displayName: ' ', email: '', agentType: 'none' },
      {
        displayName: 'users:add.errors.displayName.required',
        email: 'users:add.errors.email.required',
        roles: 'users:roles.errors.noRole',
      },
    ],
    ['name of 100 characters', { displayName: 'a'.repeat(100) }, {}],
    [
      'name too long (101)',
      { displayName: 'a'.repeat(101) },
      { displayName: 'users:add.errors.displayName.tooLong' },
    ],
    // Text stays text (issue 17): what looks like markup is stored verbatim and shown as text.
    ['name with angle brackets', { displayName: '<b>Sam</b>' }, {}],
    ['name with a script-like text', { displayName: 'Sam <script>alert(1)</script>' }, {}],
    [
      'email without @',
      { email: 'sam.fabrikam.example' },
      { email: 'users:add.errors.email.format' },
    ],
    [
      'email with markup',
      { email: '<img src=x onerror=alert(1)>@fabrikam.example' },
      { email: 'users:add.errors.email.format' },
    ],
    [
      'email too long',
      { email: `${'a'.repeat(250)}@fabrikam.example` },
      { email: 'users:add.errors.email.tooLong' },
    ],
    [
      'email of another organization',
      { email: 'sam@contoso.example' },
      { email: 'users:add.errors.email.otherDomain' },
    ],
    [
      'email of a real-looking domain',
      { email: 'sam@gmail.com' },
      { email: 'users:add.errors.email.otherDomain' },
    ],
    [
      'email of a sub-domain',
      { email: 'sam@eu.fabrikam.example' },
      { email: 'users:add.errors.email.otherDomain' },
    ],
    [
      'two agent types (a forged form)',
      { agentType: 'adminAgent,salesAgent' },
      { roles: 'users:roles.errors.unknown' },
    ],
    [
      'an admin type that is not one',
      { adminType: 'billingAdmin' },
      { roles: 'users:roles.errors.unknown' },
    ],
  ])('%s', (_, change, errors) =>
    expect(checkNewUser({ ...ok, ...change }, 'fabrikam.example')).toEqual(errors),
  );
});

describe('R-IND-6: first sign-in', () => {
  it('needs the user name and the temporary password', () => {
    expect(checkSignInFields('', 'x')).toBe('userNameRequired');
    expect(checkSignInFields('sam@fabrikam.example', '')).toBe('temporaryRequired');
    expect(checkSignInFields('sam@fabrikam.example', 'Kafu-4827-Tmxr')).toBeNull();
  });
  it.each<[string, string, string | null]>([
    ['', '', 'required'],
    ['Ab1!', 'Ab1!', 'tooShort'],
    ['alllowercase', 'alllowercase', 'weak'],
    ['Kafu-4827-Tmxr', 'Kafu-4827-Tmxr', 'sameAsTemporary'],
    ['New-Passw0rd', 'New-Passw0rd!', 'mismatch'],
    ['New-Passw0rd', 'New-Passw0rd', null],
  ])('new password %j / %j → %s', (password, confirmation, problem) =>
    expect(checkNewPassword(password, confirmation, 'Kafu-4827-Tmxr')).toBe(problem),
  );
  it('stores only a SHA-256 hex hash', async () => {
    // SHA-256("abc"), FIPS 180-2 test vector.
    expect(await hashPassword('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

// Issue 11: a wrong temporary password or a weak new password is a refusal the trainee caused.
describe('R-IND-6: which first sign-in errors are refusals of the rule', () => {
  it('a wrong temporary password and every broken password policy are; empty fields are not', async () => {
    const { R_IND_6_signInRefusal } = await import('./userRules');
    for (const key of [
      'users:signIn.errors.wrongCredentials',
      'users:signIn.errors.password.tooShort',
      'users:signIn.errors.password.tooLong',
      'users:signIn.errors.password.weak',
      'users:signIn.errors.password.sameAsTemporary',
      'users:signIn.errors.password.mismatch',
    ])
      expect(R_IND_6_signInRefusal(key), key).toBe('R-IND-6');
    for (const key of [
      undefined,
      'users:signIn.errors.userNameRequired',
      'users:signIn.errors.temporaryRequired',
      'users:signIn.errors.password.required',
      'users:signIn.errors.failed',
      'users:signIn.errors.notNeeded',
    ])
      expect(R_IND_6_signInRefusal(key), String(key)).toBeUndefined();
  });
});
