import type { AppDB } from '../AppDB';
import {
  checkGlobalAdminChange,
  checkNewUser,
  checkRoleChoice,
  checkSignInFields,
  choiceLists,
  hasErrors,
  keepsRoleAssigner,
  normalizeEmail,
  R_IND_5_decideAddUser,
  rolesWith,
  type AdminType,
  type AgentType,
  type NewUserDraft,
  type NewUserErrors,
} from '../../domain/userRules';
import { checkNewPassword, hashPassword, temporaryPassword } from '../../domain/passwords';
import { randomId } from '../../domain/ids';
import { actorAllowed, loadActor } from './actor';
import { reportingWrite } from './outcome';
import type { Outcome, Refusal } from '../../domain/outcome';

// Partner Center users (W-ADD-USER, the Admin agent step of W-ENROLL, first sign-in). Every
// rule is checked again here on fresh data inside the transaction, whatever the page showed.
// Passwords are hashed before a transaction opens: crypto.subtle is not IndexedDB, and any
// other async work inside a Dexie transaction would commit it early.

/** A refusal may also name the fields in error (R-IND-6 re-checked on fresh data). */
export type UserOutcome<T = undefined> = Outcome<
  { value: T },
  Refusal & { fields?: NewUserErrors }
>;
const no = (
  key: string,
  extra: { ruleId?: string; params?: Record<string, string>; fields?: NewUserErrors } = {},
) => ({ ok: false, key, ...extra }) as const;

/** What the one-time page shows (R-IND-6): the temporary password is returned once, never stored. */
export interface AddedUser {
  userId: string;
  displayName: string;
  email: string;
  password: string;
}

/**
 * W-ADD-USER: full name, unique email, agent type and admin type; Add. The new user must
 * change the temporary password at first sign-in (R-IND-6). Refused without Admin agent
 * (R-IND-5) or the feature (R-IND-7); nothing is stored on any refusal.
 */
export async function addPartnerUser(
  db: AppDB,
  actorId: string,
  draft: NewUserDraft,
): Promise<UserOutcome<AddedUser>> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.partners], async () => {
      const actor = await loadActor(db, actorId);
      if (!actor || actor.tenant.kind !== 'partner')
        return no('rules:R-IND-7', { ruleId: 'R-IND-7' });
      const refusal = R_IND_5_decideAddUser(actor.subject);
      if (refusal) return no(refusal.key, { ruleId: refusal.ruleId });
      const errors = checkNewUser(draft, actor.tenant.domain);
      if (hasErrors(errors)) return no(Object.values(errors)[0]!, { fields: errors });
      const email = normalizeEmail(draft.email);
      // R-IND-6: unique in Partner Center, i.e. in the whole world (the index is unique too).
      if (await db.users.where('email').equals(email).count()) {
        const fields = { email: 'users:add.errors.email.taken' };
        return no(fields.email, { ruleId: 'R-IND-6', fields, params: { email } });
      }
      const roles = rolesWith([], draft.agentType as AgentType, draft.adminType as AdminType);
      const grant = checkGlobalAdminChange(actor.user.roles, [], roles);
      if (grant)
        return no(`users:roles.errors.${grant}`, {
          ruleId: 'R-IND-7',
          fields: { roles: `users:roles.errors.${grant}` },
        });
      const userId = randomId('u');
      const displayName = draft.displayName.trim();
      await db.users.add({
        id: userId,
        tenantId: actor.tenant.id,
        displayName,
        email,
        roles,
        mustChangePassword: true,
        passwordHash,
      });
      return { ok: true, value: { userId, displayName, email, password } } as const;
    }),
  );
}

/**
 * W-ENROLL's last step and role changes in general: select a user, choose the agent type and
 * the admin type, Update. R-IND-7: Admin agent, Global admin or User admin only, and only for
 * users of their own organization.
 */
export async function updateUserRoles(
  db: AppDB,
  actorId: string,
  targetId: string,
  agentType: string,
  adminType: string,
): Promise<UserOutcome<{ roles: string[] }>> {
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.partners], async () => {
      const actor = await actorAllowed(db, actorId, 'pc.users.assignRoles');
      if (!actor) return no('rules:R-IND-7', { ruleId: 'R-IND-7' });
      const target = await db.users.get(targetId);
      if (!target || target.tenantId !== actor.tenant.id) return no('users:roles.errors.notFound');
      const { agents, admins } = choiceLists(agentType, adminType);
      const problem = checkRoleChoice(agents, admins);
      if (problem) return no(`users:roles.errors.${problem}`, { ruleId: 'R-IND-7' });
      const roles = rolesWith(target.roles, agentType as AgentType, adminType as AdminType);
      const grant = checkGlobalAdminChange(actor.user.roles, target.roles, roles);
      if (grant) return no(`users:roles.errors.${grant}`, { ruleId: 'R-IND-7' });
      const colleagues = await db.users.where('tenantId').equals(actor.tenant.id).toArray();
      if (!keepsRoleAssigner(colleagues.map((u) => (u.id === target.id ? { roles } : u))))
        return no('users:roles.errors.lastAssigner');
      await db.users.update(target.id, { roles });
      return { ok: true, value: { roles } } as const;
    }),
  );
}

export interface SignInAttempt {
  userName: string;
  temporary: string;
}

/** Does the user still have to change a temporary password, and is this it? Read-only. */
async function checkTemporary(
  db: AppDB,
  userId: string,
  attempt: SignInAttempt,
  temporaryHash: string,
): Promise<UserOutcome> {
  const user = await db.users.get(userId);
  if (!user) return no('users:signIn.errors.wrongCredentials');
  if (!user.mustChangePassword) return no('users:signIn.errors.notNeeded');
  // Customer users added before temporary passwords were recorded have nothing to check against.
  if (!user.passwordHash) return no('users:signIn.errors.noTemporary');
  if (normalizeEmail(attempt.userName) !== user.email || user.passwordHash !== temporaryHash)
    return no('users:signIn.errors.wrongCredentials', { ruleId: 'R-IND-6' });
  return { ok: true, value: undefined };
}

/** R-IND-6, first sign-in, step 1: user name and temporary password. Nothing changes. */
export async function verifyTemporaryPassword(
  db: AppDB,
  userId: string,
  attempt: SignInAttempt,
): Promise<UserOutcome> {
  const fields = checkSignInFields(attempt.userName, attempt.temporary);
  if (fields) return no(`users:signIn.errors.${fields}`);
  const temporaryHash = await hashPassword(attempt.temporary);
  return db.transaction('r', [db.users], () => checkTemporary(db, userId, attempt, temporaryHash));
}

/**
 * R-IND-6, first sign-in, step 2: the new password replaces the temporary one (only its hash
 * is stored) and the user no longer has to change it. The temporary password is checked again.
 */
export async function completeFirstSignIn(
  db: AppDB,
  userId: string,
  attempt: SignInAttempt & { password: string; confirmation: string },
): Promise<UserOutcome> {
  const fields = checkSignInFields(attempt.userName, attempt.temporary);
  if (fields) return no(`users:signIn.errors.${fields}`);
  const problem = checkNewPassword(attempt.password, attempt.confirmation, attempt.temporary);
  if (problem) return no(`users:signIn.errors.password.${problem}`, { ruleId: 'R-IND-6' });
  const [temporaryHash, newHash] = await Promise.all([
    hashPassword(attempt.temporary),
    hashPassword(attempt.password),
  ]);
  return reportingWrite(() =>
    db.transaction('rw', [db.users], async () => {
      const check = await checkTemporary(db, userId, attempt, temporaryHash);
      if (!check.ok) return check;
      await db.users.update(userId, { passwordHash: newHash, mustChangePassword: false });
      return { ok: true, value: undefined } as const;
    }),
  );
}
