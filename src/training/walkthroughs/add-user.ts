import type { AppDB } from '../../db/AppDB';
import type { DocRef, Walkthrough } from '../types';

// W-ADD-USER (IND "Add a new user", steps 1–5; R-IND-5, R-IND-6, R-IND-7): Megan Bowen, Admin
// agent of Fabrikam Solutions, opens Settings > User management, adds Irvin Sayers as a Sales
// agent, notes the sign-in details shown once and goes back to the list. The coach then switches
// to Irvin, who signs in with the temporary password (a fillFrom of what the one-time page showed)
// and must change it.
// The default world needs no setup.

const MEGAN = 'u-megan';
export const NEW_USER = {
  name: 'Irvin Sayers',
  email: 'irvin@fabrikam.example',
  agent: 'salesAgent',
} as const;
/** Meets R-IND-6's rules for a new password (upper, lower, digit, symbol; not the temporary one). */
export const NEW_PASSWORD = 'Fabrikam-Sales-2020!';
const IRVIN = { email: NEW_USER.email };

const doc = (step: number): DocRef => ({ doc: 'IND', section: 'add-a-new-user', step });
const newUser = (db: AppDB) => db.users.where('email').equals(NEW_USER.email).first();

/** Irvin holds exactly the role the goal names: Sales agent (IND step 3). */
export async function hasSalesAgentRole(db: AppDB): Promise<boolean> {
  return (await newUser(db))?.roles.includes(NEW_USER.agent) === true;
}

/** Irvin was given an admin role the goal does not name (Admin agent, Global admin, …). */
export async function hasExtraRole(db: AppDB): Promise<boolean> {
  const user = await newUser(db);
  return (user?.roles ?? []).some((r) => r !== NEW_USER.agent);
}

export const addUser: Walkthrough = {
  slug: 'add-user',
  workflow: 'W-ADD-USER',
  audience: 'partner',
  doc: { doc: 'IND', section: 'add-a-new-user' },
  start: 'partner-center',
  steps: [
    // "Select the Settings icon and then select User management": the header's Settings control.
    {
      id: 'open-settings',
      doc: doc(1),
      persona: MEGAN,
      target: { id: 'pc.settings' },
      actions: [{ kind: 'click', target: { id: 'pc.settings' } }],
      done: { at: 'partner-center/settings' },
    },
    {
      id: 'open-user-management',
      doc: doc(1),
      persona: MEGAN,
      target: { id: 'pc.settings.page', key: 'partner-center/settings/user-management' },
      allow: [{ id: 'nav:partner-center/settings/user-management' }],
      actions: [
        {
          kind: 'click',
          target: { id: 'pc.settings.page', key: 'partner-center/settings/user-management' },
        },
      ],
      done: { at: 'partner-center/settings/user-management' },
    },
    {
      id: 'add-user',
      doc: doc(2),
      persona: MEGAN,
      target: { id: 'pc.userManagement.addUser' },
      actions: [{ kind: 'click', target: { id: 'pc.userManagement.addUser' } }],
      done: { at: 'partner-center/settings/user-management/add' },
    },
    {
      id: 'user-details',
      doc: doc(3),
      persona: MEGAN,
      target: { id: 'pc.addUser.form' },
      allow: [
        { id: 'pc.addUser.displayName' },
        { id: 'pc.addUser.email' },
        { id: 'pc.roles.agentType' },
        { id: 'pc.roles.adminType' },
        { id: 'pc.addUser.add' },
      ],
      actions: [
        { kind: 'fill', target: { id: 'pc.addUser.displayName' }, value: NEW_USER.name },
        { kind: 'fill', target: { id: 'pc.addUser.email' }, value: NEW_USER.email },
        { kind: 'check', target: { id: 'pc.roles.agentType', key: NEW_USER.agent }, checked: true },
        { kind: 'check', target: { id: 'pc.roles.adminType', key: 'none' }, checked: true },
        { kind: 'click', target: { id: 'pc.addUser.add' } },
      ],
      // R-IND-6: the account exists, with a temporary password to change at first sign-in.
      done: { world: async (db) => (await newUser(db))?.mustChangePassword === true },
    },
    {
      // R-IND-6: the sign-in details are shown once. The learner notes them, then leaves the page.
      // The next step's fillFrom reads the password shown here: watch mode and the end-to-end
      // runner must take its text while this step is on screen (it is gone after the switch).
      id: 'note-sign-in-details',
      doc: doc(5),
      persona: MEGAN,
      target: { id: 'pc.addUser.back' },
      allow: [
        { id: 'pc.addUser.added' },
        { id: 'pc.addUser.toUserManagement' },
        { id: 'nav:partner-center/settings/user-management' },
      ],
      actions: [{ kind: 'click', target: { id: 'pc.addUser.back' } }],
      done: { at: 'partner-center/settings/user-management' },
    },
    {
      id: 'first-sign-in',
      doc: doc(5),
      persona: IRVIN,
      start: 'partner-center',
      target: { id: 'pc.firstSignIn.form' },
      allow: [
        { id: 'pc.firstSignIn.userName' },
        { id: 'pc.firstSignIn.temporary' },
        { id: 'pc.firstSignIn.signIn' },
      ],
      actions: [
        {
          kind: 'fillFrom',
          target: { id: 'pc.firstSignIn.temporary' },
          source: { id: 'pc.secret.password' },
        },
        { kind: 'click', target: { id: 'pc.firstSignIn.signIn' } },
      ],
      done: { machine: { id: 'firstSignIn', in: 'choosing' } },
    },
    {
      id: 'change-password',
      doc: doc(5),
      persona: IRVIN,
      target: { id: 'pc.firstSignIn.changeForm' },
      allow: [
        { id: 'pc.firstSignIn.password' },
        { id: 'pc.firstSignIn.confirmation' },
        { id: 'pc.firstSignIn.change' },
      ],
      actions: [
        { kind: 'fill', target: { id: 'pc.firstSignIn.password' }, value: NEW_PASSWORD },
        { kind: 'fill', target: { id: 'pc.firstSignIn.confirmation' }, value: NEW_PASSWORD },
        { kind: 'click', target: { id: 'pc.firstSignIn.change' } },
      ],
      // R-IND-6: signed in with a password of their own.
      done: { world: async (db) => (await newUser(db))?.mustChangePassword === false },
    },
  ],
  outcome: [
    { id: 'sales-agent', doc: doc(3), expected: true, actual: hasSalesAgentRole },
    { id: 'no-other-role', doc: doc(3), expected: false, actual: hasExtraRole },
    {
      id: 'own-password',
      doc: doc(5),
      rule: 'R-IND-6',
      expected: true,
      actual: async (db) => (await newUser(db))?.mustChangePassword === false,
    },
  ],
};
