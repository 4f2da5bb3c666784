import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import {
  addPartnerUser,
  completeFirstSignIn,
  updateUserRoles,
  verifyTemporaryPassword,
} from '../../src/db/repositories/userRepository';
import {
  addCustomerUser,
  resetCustomerPassword,
} from '../../src/db/repositories/customerManagementRepository';
import { hashPassword } from '../../src/domain/passwords';
import type { NewUserDraft } from '../../src/domain/userRules';

// Partner Center users in the repository: W-ADD-USER (R-IND-5, R-IND-6, R-IND-7), role changes
// (W-ENROLL's Admin agent step) and first sign-in (R-IND-6). Every rule is re-checked here on
// fresh data, and every refusal is checked against the whole stored world: nothing changes.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`users-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

/** Runs `action` and expects the world to be exactly as before it. */
async function unchanged<T>(action: () => Promise<T>): Promise<T> {
  const before = await readWorld(db);
  const result = await action();
  expect(await readWorld(db)).toEqual(before);
  return result;
}

const sam = (over: Partial<NewUserDraft> = {}): NewUserDraft => ({
  displayName: ' Sam Sales ',
  email: ' Sam.Sales@Fabrikam.example ',
  agentType: 'salesAgent',
  adminType: 'none',
  ...over,
});

/** A Fabrikam user who is Global admin but not Admin agent (the default world has none). */
async function addGlobalAdminOnly(): Promise<string> {
  await db.users.add({
    id: 'u-gina',
    tenantId: 'fabrikam',
    displayName: 'Gina Global',
    email: 'gina@fabrikam.example',
    roles: ['globalAdmin'],
  });
  return 'u-gina';
}

describe('W-ADD-USER: addPartnerUser', () => {
  it('R-IND-6: stores the user with a unique lower-case email, the roles, and only a SHA-256 hash of the temporary password', async () => {
    const r = await addPartnerUser(db, 'u-megan', sam());
    expect(r).toMatchObject({
      ok: true,
      value: { displayName: 'Sam Sales', email: 'sam.sales@fabrikam.example' },
    });
    if (!r.ok) return;
    expect(r.value.password).toMatch(/^[A-Z][a-z]{3}-\d{4}-[A-Z][a-z]{3}$/);
    const stored = await db.users.get(r.value.userId);
    expect(stored).toEqual({
      id: r.value.userId,
      tenantId: 'fabrikam',
      displayName: 'Sam Sales',
      email: 'sam.sales@fabrikam.example',
      roles: ['salesAgent'],
      mustChangePassword: true,
      passwordHash: await hashPassword(r.value.password),
    });
    // Shown once: the password itself is nowhere in the world.
    expect(JSON.stringify(await readWorld(db))).not.toContain(r.value.password);
  });

  it('two adds give two different temporary passwords', async () => {
    const a = await addPartnerUser(db, 'u-megan', sam());
    const b = await addPartnerUser(db, 'u-megan', sam({ email: 'sam2@fabrikam.example' }));
    expect(a.ok && b.ok && a.value.password !== b.value.password).toBe(true);
  });

  it.each<[string, Partial<NewUserDraft>, string]>([
    ['empty name', { displayName: '  ' }, 'users:add.errors.displayName.required'],
    [
      'name too long (101)',
      { displayName: 'x'.repeat(101) },
      'users:add.errors.displayName.tooLong',
    ],
    ['empty email', { email: '' }, 'users:add.errors.email.required'],
    ['bad email format', { email: 'sam@' }, 'users:add.errors.email.format'],
    [
      'email with markup',
      { email: '"><svg onload=alert(1)>@fabrikam.example' },
      'users:add.errors.email.format',
    ],
    [
      'email of another organization (the partner’s own domain only)',
      { email: 'sam@contoso.example' },
      'users:add.errors.email.otherDomain',
    ],
    ['no role at all', { agentType: 'none', adminType: 'none' }, 'users:roles.errors.noRole'],
    [
      'two agent types (a forged request)',
      { agentType: 'adminAgent,salesAgent' },
      'users:roles.errors.unknown',
    ],
    [
      'a role that is not an agent type',
      { agentType: 'helpdeskAdmin' },
      'users:roles.errors.unknown',
    ],
  ])('refuses %s and stores nothing', async (_, change, key) => {
    const r = await unchanged(() => addPartnerUser(db, 'u-megan', sam(change)));
    expect(r).toMatchObject({ ok: false, key });
  });

  it('R-IND-6: refuses an email already used in Partner Center (any case), storing nothing', async () => {
    const r = await unchanged(() =>
      addPartnerUser(db, 'u-megan', sam({ email: 'ALEX@fabrikam.example' })),
    );
    expect(r).toEqual({
      ok: false,
      key: 'users:add.errors.email.taken',
      ruleId: 'R-IND-6',
      fields: { email: 'users:add.errors.email.taken' },
      params: { email: 'alex@fabrikam.example' },
    });
  });

  it('R-IND-5: a Global admin without Admin agent is refused, citing R-IND-5', async () => {
    const gina = await addGlobalAdminOnly();
    expect(await unchanged(() => addPartnerUser(db, gina, sam()))).toEqual({
      ok: false,
      key: 'users:add.refused.needsAdminAgent',
      ruleId: 'R-IND-5',
    });
  });

  it('R-IND-7: a Sales agent, a Helpdesk agent and a customer admin are refused', async () => {
    for (const who of ['u-alex', 'u-adele'])
      expect(await unchanged(() => addPartnerUser(db, who, sam()))).toEqual({
        ok: false,
        key: 'users:add.refused.role',
        ruleId: 'R-IND-7',
      });
    expect(
      await unchanged(() => addPartnerUser(db, 'u-patti', sam({ email: 'sam@contoso.example' }))),
    ).toEqual({ ok: false, key: 'rules:R-IND-7', ruleId: 'R-IND-7' });
    expect(await unchanged(() => addPartnerUser(db, 'u-nobody', sam()))).toMatchObject({
      ok: false,
      ruleId: 'R-IND-7',
    });
  });

  it('R-IND-7: a User admin adds users but can’t create a Global admin', async () => {
    await db.users.add({
      id: 'u-uma',
      tenantId: 'fabrikam',
      displayName: 'Uma User',
      email: 'uma@fabrikam.example',
      roles: ['userAdmin'],
    });
    expect(await addPartnerUser(db, 'u-uma', sam())).toMatchObject({ ok: true });
    expect(
      await unchanged(() =>
        addPartnerUser(
          db,
          'u-uma',
          sam({ email: 'gary@fabrikam.example', adminType: 'globalAdmin' }),
        ),
      ),
    ).toMatchObject({
      ok: false,
      key: 'users:roles.errors.globalAdminOnly',
    });
  });
});

describe('R-IND-5 / R-IND-7: updateUserRoles (W-ENROLL: select yourself, Admin agent, Update)', () => {
  it('a Global admin gives themself Admin agent, and may then add users', async () => {
    const gina = await addGlobalAdminOnly();
    expect(await updateUserRoles(db, gina, gina, 'adminAgent', 'globalAdmin')).toEqual({
      ok: true,
      value: { roles: ['adminAgent', 'globalAdmin'] },
    });
    expect((await db.users.get(gina))?.roles).toEqual(['adminAgent', 'globalAdmin']);
    expect(await addPartnerUser(db, gina, sam())).toMatchObject({ ok: true });
  });

  it('keeps roles the form does not show (Billing admin)', async () => {
    await db.users.update('u-alex', { roles: ['salesAgent', 'billingAdmin'] });
    expect(await updateUserRoles(db, 'u-megan', 'u-alex', 'helpdeskAgent', 'none')).toMatchObject({
      ok: true,
    });
    expect((await db.users.get('u-alex'))?.roles).toEqual(['helpdeskAgent', 'billingAdmin']);
  });

  it.each<[string, string, string, string, string, string]>([
    [
      'a Sales agent may not assign roles',
      'u-alex',
      'u-alex',
      'adminAgent',
      'none',
      'rules:R-IND-7',
    ],
    [
      'a user of another organization',
      'u-megan',
      'u-diego',
      'salesAgent',
      'none',
      'users:roles.errors.notFound',
    ],
    [
      'a user that does not exist',
      'u-megan',
      'u-nobody',
      'salesAgent',
      'none',
      'users:roles.errors.notFound',
    ],
    ['no role at all', 'u-megan', 'u-alex', 'none', 'none', 'users:roles.errors.noRole'],
    [
      'a forged agent type',
      'u-megan',
      'u-alex',
      'adminAgent,salesAgent',
      'none',
      'users:roles.errors.unknown',
    ],
    ['markup as a role', 'u-megan', 'u-alex', '<script>', 'none', 'users:roles.errors.unknown'],
    [
      'Megan, the last who can assign roles, taking her own rights away',
      'u-megan',
      'u-megan',
      'salesAgent',
      'none',
      'users:roles.errors.lastAssigner',
    ],
  ])('refuses %s, changing nothing', async (_, actor, target, agent, admin, key) => {
    expect(await unchanged(() => updateUserRoles(db, actor, target, agent, admin))).toMatchObject({
      ok: false,
      key,
    });
  });

  it('only a Global admin gives or takes away Global admin', async () => {
    await db.users.add({
      id: 'u-uma',
      tenantId: 'fabrikam',
      displayName: 'Uma User',
      email: 'uma@fabrikam.example',
      roles: ['userAdmin'],
    });
    expect(
      await unchanged(() => updateUserRoles(db, 'u-uma', 'u-uma', 'none', 'globalAdmin')),
    ).toMatchObject({ ok: false, key: 'users:roles.errors.globalAdminOnly' });
    expect(
      await unchanged(() => updateUserRoles(db, 'u-uma', 'u-megan', 'adminAgent', 'none')),
    ).toMatchObject({ ok: false, key: 'users:roles.errors.globalAdminOnly' });
    expect(await updateUserRoles(db, 'u-uma', 'u-alex', 'adminAgent', 'none')).toMatchObject({
      ok: true,
    });
  });
});

describe('R-IND-6: first sign-in', () => {
  async function newUser() {
    const r = await addPartnerUser(db, 'u-megan', sam());
    if (!r.ok) throw new Error(r.key);
    return r.value;
  }

  it('a wrong user name or temporary password is refused and nothing changes', async () => {
    const u = await newUser();
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, { userName: u.email, temporary: 'Wrong-1234-Pass' }),
      ),
    ).toMatchObject({ ok: false, key: 'users:signIn.errors.wrongCredentials' });
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, {
          userName: 'alex@fabrikam.example',
          temporary: u.password,
        }),
      ),
    ).toMatchObject({ ok: false, key: 'users:signIn.errors.wrongCredentials' });
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, { userName: '', temporary: u.password }),
      ),
    ).toMatchObject({ ok: false, key: 'users:signIn.errors.userNameRequired' });
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, { userName: u.email, temporary: '' }),
      ),
    ).toMatchObject({ ok: false, key: 'users:signIn.errors.temporaryRequired' });
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, {
          userName: ` ${u.email.toUpperCase()} `,
          temporary: u.password,
        }),
      ),
    ).toEqual({ ok: true, value: undefined });
  });

  it.each<[string, string, string]>([
    ['too short', 'Ab1!', 'tooShort'],
    ['weak', 'onlylowercase', 'weak'],
    ['mismatching', 'New-Passw0rd', 'mismatch'],
  ])('a %s new password is refused and nothing changes', async (_, password, problem) => {
    const u = await newUser();
    const confirmation = problem === 'mismatch' ? 'Other-Passw0rd' : password;
    expect(
      await unchanged(() =>
        completeFirstSignIn(db, u.userId, {
          userName: u.email,
          temporary: u.password,
          password,
          confirmation,
        }),
      ),
    ).toMatchObject({
      ok: false,
      key: `users:signIn.errors.password.${problem}`,
    });
  });

  it('the temporary password can’t be kept, and is checked again when the new one is set', async () => {
    const u = await newUser();
    expect(
      await unchanged(() =>
        completeFirstSignIn(db, u.userId, {
          userName: u.email,
          temporary: u.password,
          password: u.password,
          confirmation: u.password,
        }),
      ),
    ).toMatchObject({
      ok: false,
      key: 'users:signIn.errors.password.sameAsTemporary',
    });
    expect(
      await unchanged(() =>
        completeFirstSignIn(db, u.userId, {
          userName: u.email,
          temporary: 'Wrong-1234-Pass',
          password: 'New-Passw0rd',
          confirmation: 'New-Passw0rd',
        }),
      ),
    ).toMatchObject({
      ok: false,
      key: 'users:signIn.errors.wrongCredentials',
    });
  });

  it('stores the new hash and clears mustChangePassword; a second time is refused', async () => {
    const u = await newUser();
    expect(
      await completeFirstSignIn(db, u.userId, {
        userName: u.email,
        temporary: u.password,
        password: 'New-Passw0rd',
        confirmation: 'New-Passw0rd',
      }),
    ).toEqual({ ok: true, value: undefined });
    const stored = await db.users.get(u.userId);
    expect(stored?.mustChangePassword).toBe(false);
    expect(stored?.passwordHash).toBe(await hashPassword('New-Passw0rd'));
    expect(JSON.stringify(await readWorld(db))).not.toContain('New-Passw0rd');
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, u.userId, { userName: u.email, temporary: u.password }),
      ),
    ).toMatchObject({ ok: false, key: 'users:signIn.errors.notNeeded' });
  });

  it('customer users added or reset by a partner go through first sign-in too (their temporary password is hashed)', async () => {
    const added = await addCustomerUser(db, 'u-megan', 'adatum', {
      displayName: 'Nina Wong',
      userName: 'nina',
    });
    if (!added.ok) throw new Error(added.key);
    const nina = (await db.users.where('email').equals('nina@adatum.example').first())!;
    expect(nina).toMatchObject({
      mustChangePassword: true,
      passwordHash: await hashPassword(added.value.password),
    });
    expect(
      await completeFirstSignIn(db, nina.id, {
        userName: nina.email,
        temporary: added.value.password,
        password: 'New-Passw0rd',
        confirmation: 'New-Passw0rd',
      }),
    ).toMatchObject({ ok: true });

    const reset = await resetCustomerPassword(db, 'u-megan', 'adatum', 'u-enrico');
    if (!reset.ok) throw new Error(reset.key);
    expect(await db.users.get('u-enrico')).toMatchObject({
      mustChangePassword: true,
      passwordHash: await hashPassword(reset.value.password),
    });
    expect(
      await verifyTemporaryPassword(db, 'u-enrico', {
        userName: 'enrico@adatum.example',
        temporary: reset.value.password,
      }),
    ).toMatchObject({ ok: true });
  });

  it('a user who must change a password but has no temporary one on record is told so', async () => {
    await db.users.update('u-alex', { mustChangePassword: true });
    expect(
      await unchanged(() =>
        verifyTemporaryPassword(db, 'u-alex', {
          userName: 'alex@fabrikam.example',
          temporary: 'Kafu-4827-Tmxr',
        }),
      ),
    ).toMatchObject({
      ok: false,
      key: 'users:signIn.errors.noTemporary',
    });
  });
});
