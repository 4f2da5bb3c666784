// Partner Center users and their roles: W-ADD-USER, the last step of W-ENROLL (make sure you
// are an Admin agent), and first sign-in. Rules R-IND-5, R-IND-6 and R-IND-7. Pure data in,
// problem keys out (namespace `users`); the pages translate them, the repository re-checks them.

import { decideAccess, FEATURES, type AccessSubject } from './access';
import { checkText, EMAIL_PATTERN } from './textInput';
import type { Role } from './types';

/** "Select the type of agent": at most one of these (or none). */
export const AGENT_TYPES = ['adminAgent', 'salesAgent', 'helpdeskAgent'] as const;
export type AgentRole = (typeof AGENT_TYPES)[number];
/** "... and the type of admin": at most one of these (or none). */
export const ADMIN_TYPES = ['globalAdmin', 'userAdmin'] as const;
export type AdminRole = (typeof ADMIN_TYPES)[number];

export type AgentType = AgentRole | 'none';
export type AdminType = AdminRole | 'none';

export const NAME_MAX = 100;
/** RFC 5321's practical limit for an address. */
export const EMAIL_MAX = 254;

const isAgent = (r: Role): r is AgentRole => (AGENT_TYPES as readonly Role[]).includes(r);
const isAdminType = (r: Role): r is AdminRole => (ADMIN_TYPES as readonly Role[]).includes(r);

/** The agent type a user has now, as the form shows it. */
export function agentTypeOf(roles: readonly Role[]): AgentType {
  return roles.find(isAgent) ?? 'none';
}

/** The admin type a user has now, as the form shows it. */
export function adminTypeOf(roles: readonly Role[]): AdminType {
  return roles.find(isAdminType) ?? 'none';
}

/**
 * The roles after choosing an agent type and an admin type. Roles the form doesn't show
 * (e.g. Billing admin) are kept; the agent role comes first because the persona switcher
 * introduces a user by their first role.
 */
export function rolesWith(current: readonly Role[], agent: AgentType, admin: AdminType): Role[] {
  const others = current.filter((r) => !isAgent(r) && !isAdminType(r));
  return [...(agent === 'none' ? [] : [agent]), ...(admin === 'none' ? [] : [admin]), ...others];
}

export type RolesProblem = 'unknown' | 'twoAgents' | 'twoAdmins' | 'noRole';

/**
 * R-IND-7 (roles are what a user sees): a Partner Center user has at most one agent type and
 * at most one admin type. With no role at all the user could open nothing in Partner Center
 * ("to work in Partner Center a role must be assigned", create-user-accounts companion), so
 * at least one is required.
 */
export function checkRoleChoice(
  agents: readonly string[],
  admins: readonly string[],
): RolesProblem | null {
  if (
    agents.some((a) => !(AGENT_TYPES as readonly string[]).includes(a)) ||
    admins.some((a) => !(ADMIN_TYPES as readonly string[]).includes(a))
  )
    return 'unknown';
  if (agents.length > 1) return 'twoAgents';
  if (admins.length > 1) return 'twoAdmins';
  if (agents.length + admins.length === 0) return 'noRole';
  return null;
}

/** The form's two choices as lists (a single choice or 'none'), for checkRoleChoice. */
export function choiceLists(agent: string, admin: string): { agents: string[]; admins: string[] } {
  return {
    agents: agent && agent !== 'none' ? [agent] : [],
    admins: admin && admin !== 'none' ? [admin] : [],
  };
}

/**
 * Only a Global admin can give or take away the Global admin role: otherwise a User admin
 * could make themself Global admin (the tenant's own rule, which Partner Center follows).
 */
export function checkGlobalAdminChange(
  actorRoles: readonly Role[],
  before: readonly Role[],
  after: readonly Role[],
): 'globalAdminOnly' | null {
  const changes = before.includes('globalAdmin') !== after.includes('globalAdmin');
  return changes && !actorRoles.includes('globalAdmin') ? 'globalAdminOnly' : null;
}

/**
 * The organization must keep someone who can assign roles: if the last such user took their
 * own rights away, nobody could give them back (the simulator has no Microsoft support to call).
 */
export function keepsRoleAssigner(usersAfter: readonly { roles: readonly Role[] }[]): boolean {
  const assigners: readonly Role[] = FEATURES['pc.users.assignRoles'].roles;
  return usersAfter.some((u) => u.roles.some((r) => assigners.includes(r)));
}

export interface Refusal {
  ruleId: 'R-IND-5' | 'R-IND-7';
  key: string;
}

/**
 * R-IND-5: "to finish setting up your account, including adding other users, you must have
 * admin agent permissions". The matrix (R-IND-7) also lets a User admin add users. A Global
 * admin without Admin agent is told R-IND-5 and how to fix it (select yourself, Admin agent,
 * Update); anyone else without the feature gets the general R-IND-7 refusal.
 */
export function R_IND_5_decideAddUser(subject: AccessSubject): Refusal | null {
  const decision = decideAccess(subject, 'pc.users.add');
  if (decision.allowed) return null;
  if (decision.reason === 'role' && decideAccess(subject, 'pc.users.assignRoles').allowed)
    return { ruleId: 'R-IND-5', key: 'users:add.refused.needsAdminAgent' };
  return { ruleId: 'R-IND-7', key: 'users:add.refused.role' };
}

/** R-IND-7: who may select a user and change their roles (Admin agent, Global admin, User admin). */
export function R_IND_7_mayAssignRoles(subject: AccessSubject): boolean {
  return decideAccess(subject, 'pc.users.assignRoles').allowed;
}

export interface NewUserDraft {
  displayName: string;
  email: string;
  agentType: string;
  adminType: string;
}

export type NewUserField = 'displayName' | 'email' | 'roles';
export type NewUserErrors = Partial<Record<NewUserField, string>>;

/** Lower-cased and trimmed: how an email is compared and stored (unique in the world). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function domainOf(email: string): string {
  return normalizeEmail(email).split('@')[1] ?? '';
}

/**
 * R-IND-6: a new user needs a full name and a unique email address. Checked here without the
 * world: name (required, at most 100 characters, no markup), email (required, an address,
 * on the organization's own domain — the simulator's decision: a partner creates accounts
 * only in its own work account, whose domain it has verified), and the role choice.
 * Uniqueness needs the world: the repository checks it (key users:add.errors.email.taken).
 * Each message key is `users:add.errors.<field>.<problem>`.
 */
export function checkNewUser(draft: NewUserDraft, organizationDomain: string): NewUserErrors {
  const errors: NewUserErrors = {};
  const name = checkText(draft.displayName, { required: true, max: NAME_MAX });
  if (name) errors.displayName = `users:add.errors.displayName.${name}`;
  const email = checkText(draft.email, { required: true, max: EMAIL_MAX, pattern: EMAIL_PATTERN });
  if (email) errors.email = `users:add.errors.email.${email}`;
  else if (domainOf(draft.email) !== organizationDomain.toLowerCase())
    errors.email = 'users:add.errors.email.otherDomain';
  const { agents, admins } = choiceLists(draft.agentType, draft.adminType);
  const roles = checkRoleChoice(agents, admins);
  if (roles) errors.roles = `users:roles.errors.${roles}`;
  return errors;
}

export function hasErrors(errors: NewUserErrors): boolean {
  return Object.keys(errors).length > 0;
}

export type SignInProblem = 'userNameRequired' | 'temporaryRequired';

/** R-IND-6, first sign-in: both fields are needed before the password is checked. */
export function checkSignInFields(userName: string, temporary: string): SignInProblem | null {
  if (!userName.trim()) return 'userNameRequired';
  if (!temporary) return 'temporaryRequired';
  return null;
}

/**
 * R-IND-6 at first sign-in: the refusals that are the rule's own — a wrong temporary password,
 * a new password that breaks the policy (too short or long, too weak, the temporary one again,
 * the two not matching). Shown with the rule, so a walkthrough counts them as the learner's
 * mistake (issue 11). An empty field is a form prompt, not a refusal.
 */
export function R_IND_6_signInRefusal(errorKey: string | undefined): 'R-IND-6' | undefined {
  if (!errorKey) return undefined;
  if (errorKey === 'users:signIn.errors.wrongCredentials') return 'R-IND-6';
  const problem = /^users:signIn\.errors\.password\.(\w+)$/.exec(errorKey)?.[1];
  return problem && problem !== 'required' ? 'R-IND-6' : undefined;
}
