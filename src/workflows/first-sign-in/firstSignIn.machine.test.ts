import { describe, expect, it } from 'vitest';
import { checkSignInFields } from '../../domain/userRules';
import { firstSignInMachine, newPasswordProblem, type SignInOutcome } from './firstSignIn.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

// R-IND-6, first sign-in: every transition, generated from the machine (@xstate/graph).
const TEMP = 'Kafu-4827-Tmxr';
const wrong: SignInOutcome = { ok: false, key: 'users:signIn.errors.wrongCredentials' };
const other: SignInOutcome = { ok: false, key: 'users:signIn.errors.password.weak' };

const paths = machinePaths(firstSignInMachine, {
  input: { userName: 'sam@fabrikam.example' },
  contextKeys: ['userName', 'temporary', 'password', 'confirmation', 'errorKey'],
  events: [
    { type: 'field.changed', field: 'userName', value: '' },
    { type: 'field.changed', field: 'temporary', value: TEMP },
    { type: 'field.changed', field: 'password', value: 'weakpassword' },
    { type: 'field.changed', field: 'password', value: 'New-Passw0rd' },
    { type: 'field.changed', field: 'confirmation', value: 'New-Passw0rd' },
    { type: 'submit' },
    { type: 'back' },
    { type: 'xstate.done.actor.verifyTemporary', output: { ok: true } },
    { type: 'xstate.done.actor.verifyTemporary', output: wrong },
    { type: 'xstate.done.actor.changePassword', output: { ok: true } },
    { type: 'xstate.done.actor.changePassword', output: wrong },
    { type: 'xstate.done.actor.changePassword', output: other },
    { type: 'xstate.error.actor.changePassword', error: new Error('db') },
  ] as never,
});

describe('R-IND-6 first-sign-in machine: every path', () => {
  it('reaches done', () => expect(endStates(paths)).toContain('done'));

  it('checks the temporary password only with both fields filled', () => {
    for (const path of paths)
      for (const step of path)
        if (step.from && stateValue(step.to) === 'verifying')
          expect(
            checkSignInFields(step.from.context.userName, step.from.context.temporary),
          ).toBeNull();
  });

  it('sets a new password only when it meets the rules (length, strength, not the temporary one, confirmed)', () => {
    for (const path of paths)
      for (const step of path)
        if (step.from && stateValue(step.to) === 'saving')
          expect(newPasswordProblem(step.from.context)).toBeNull();
    const keys = new Set(paths.map((p) => p.at(-1)!.to.context.errorKey));
    expect(keys).toContain('users:signIn.errors.password.weak');
    expect(keys).toContain('users:signIn.errors.password.mismatch');
    expect(keys).toContain('users:signIn.errors.userNameRequired');
  });

  it('a wrong temporary password goes back to sign-in with the field emptied', () => {
    const refused = paths
      .map((p) => p.at(-1)!)
      .filter(
        (s) =>
          s.from &&
          stateValue(s.from) === 'verifying' &&
          s.event.type === 'xstate.done.actor.verifyTemporary' &&
          (s.event as unknown as { output?: SignInOutcome }).output === wrong,
      );
    expect(refused.length).toBeGreaterThan(0);
    for (const s of refused) {
      expect(stateValue(s.to)).toBe('signingIn');
      expect(s.to.context).toMatchObject({ errorKey: wrong.key, temporary: '' });
    }
  });

  it('no password stays in the context once signed in', () => {
    for (const path of paths)
      for (const step of path)
        if (stateValue(step.to) === 'done')
          expect(step.to.context).toMatchObject({ temporary: '', password: '', confirmation: '' });
  });
});
