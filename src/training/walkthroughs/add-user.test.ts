import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { addPartnerUser, completeFirstSignIn } from '../../db/repositories/userRepository';
import { addUser, NEW_PASSWORD, NEW_USER } from './add-user';

// W-ADD-USER's world predicates against the repositories the pages use (R-IND-6).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-add-user-${++n}`);
  await ensureWorld(db, 'default');
  await addUser.setup?.(db);
});
afterEach(() => db.delete());

const done = (id: string) => addUser.steps.find((s) => s.id === id)!.done.world!(db);

describe('W-ADD-USER walkthrough', () => {

  it('the new user persona is the email the form step types', () => {
    const form = addUser.steps.find((s) => s.id === 'user-details')!;
    expect(form.actions).toContainEqual({ kind: 'fill', target: { id: 'pc.addUser.email' }, value: NEW_USER.email });
    expect(addUser.steps.find((s) => s.id === 'first-sign-in')!.persona).toEqual({ email: NEW_USER.email });
  });

  it('Add makes the user (temporary password); the first sign-in with a new password finishes it', async () => {
    const added = await addPartnerUser(db, 'u-megan', { displayName: NEW_USER.name, email: NEW_USER.email, agentType: NEW_USER.agent, adminType: 'none' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await done('user-details')).toBe(true);
    expect(await done('change-password')).toBe(false);
    const signedIn = await completeFirstSignIn(db, added.value.userId, { userName: NEW_USER.email, temporary: added.value.password, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
    expect(signedIn.ok).toBe(true);
    expect(await done('change-password')).toBe(true);
  });
});
