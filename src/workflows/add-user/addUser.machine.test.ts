import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { AccessSubject } from '../../domain/access';
import type { Role } from '../../domain/types';
import { checkNewUser, hasErrors, type NewUserDraft } from '../../domain/userRules';
import { addUserMachine, type AddUserOutcome } from './addUser.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

// W-ADD-USER: every transition, generated from the machine (@xstate/graph).
const subject = (roles: Role[]): AccessSubject => ({
  roles,
  tenantKind: 'partner',
  cloud: 'public',
  programs: ['cspIndirectReseller'],
});
const input = (roles: Role[]) => ({
  subject: subject(roles),
  organizationDomain: 'fabrikam.example',
});
const added: AddUserOutcome = {
  ok: true,
  value: {
    userId: 'u_1',
    displayName: 'Sam',
    email: 'sam@fabrikam.example',
    password: 'Kafu-4827-Tmxr',
  },
};
const taken: AddUserOutcome = {
  ok: false,
  key: 'users:add.errors.email.taken',
  ruleId: 'R-IND-6',
  fields: { email: 'users:add.errors.email.taken' },
};
const refusedLater: AddUserOutcome = {
  ok: false,
  key: 'users:add.refused.needsAdminAgent',
  ruleId: 'R-IND-5',
};

const events = [
  { type: 'field.changed', field: 'displayName', value: '' },
  { type: 'field.changed', field: 'displayName', value: 'Sam <b>' },
  { type: 'field.changed', field: 'displayName', value: 'Sam Sales' },
  { type: 'field.changed', field: 'email', value: 'sam@contoso.example' },
  { type: 'field.changed', field: 'email', value: 'sam@fabrikam.example' },
  { type: 'field.changed', field: 'agentType', value: 'salesAgent' },
  { type: 'field.changed', field: 'adminType', value: 'globalAdmin' },
  { type: 'submit' },
  { type: 'another' },
  { type: 'xstate.done.actor.addUser', output: added },
  { type: 'xstate.done.actor.addUser', output: taken },
  { type: 'xstate.done.actor.addUser', output: refusedLater },
  { type: 'xstate.error.actor.addUser', error: new Error('db') },
] as const;

describe('W-ADD-USER machine: every path', () => {
  const variants: Record<string, Role[]> = {
    adminAgent: ['adminAgent', 'globalAdmin'],
    userAdmin: ['userAdmin'],
    globalAdminOnly: ['globalAdmin'],
    salesAgent: ['salesAgent'],
  };
  for (const [name, roles] of Object.entries(variants)) {
    const paths = machinePaths(addUserMachine, {
      input: input(roles),
      contextKeys: ['draft', 'errors', 'failure', 'added', 'refusal'],
      events: events as never,
    });
    const mayAdd = name === 'adminAgent' || name === 'userAdmin';

    it(`${name}: R-IND-5 / R-IND-7 decide whether the form opens at all`, () => {
      const ends = endStates(paths);
      if (mayAdd) {
        expect(ends).toContain('added');
        expect(ends).not.toContain('refused');
      } else {
        expect([...ends]).toEqual(['refused']);
        const refusal = paths[0]!.at(-1)!.to.context.refusal;
        expect(refusal.ruleId).toBe(name === 'globalAdminOnly' ? 'R-IND-5' : 'R-IND-7');
      }
    });

    if (!mayAdd) continue;

    it(`${name}: R-IND-6 — Add reaches the repository only with a valid draft, and a bad one shows its errors`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (!step.from || step.event.type !== 'submit' || stateValue(step.from) !== 'editing')
            continue;
          const errors = checkNewUser(step.from.context.draft, 'fabrikam.example');
          if (hasErrors(errors)) {
            expect(stateValue(step.to)).toBe('editing');
            expect(step.to.context.errors).toEqual(errors);
          } else expect(stateValue(step.to)).toBe('adding');
        }
      }
    });

    it(`${name}: the repository's answer is shown where it belongs; the password only in 'added'`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (stateValue(step.to) !== 'added') expect(step.to.context.added).toBeUndefined();
          if (!step.from || stateValue(step.from) !== 'adding') continue;
          if (step.event.type === 'xstate.done.actor.addUser') {
            const output = (step.event as unknown as { output: AddUserOutcome }).output;
            if (output.ok) expect(step.to.context.added?.password).toBe('Kafu-4827-Tmxr');
            else if (output.fields) expect(step.to.context.errors).toEqual(output.fields);
            else
              expect(step.to.context.failure).toEqual({
                key: output.key,
                ruleId: output.ruleId,
                params: undefined,
              });
          }
          if (step.event.type === 'xstate.error.actor.addUser')
            expect(step.to.context.failure?.key).toBe('users:add.errors.failed');
        }
        const last = path.at(-1)!;
        if (last.event.type === 'another' && last.from && stateValue(last.from) === 'added')
          expect(last.to.context.draft).toEqual({
            displayName: '',
            email: '',
            agentType: 'none',
            adminType: 'none',
          });
      }
    });
  }

  it('runs end to end with a provided actor', async () => {
    const machine = addUserMachine.provide({
      actors: { addUser: fromPromise<AddUserOutcome, NewUserDraft>(async () => added) },
    });
    const actor = createActor(machine, { input: input(['adminAgent']) }).start();
    actor.send({ type: 'field.changed', field: 'displayName', value: 'Sam Sales' });
    actor.send({ type: 'field.changed', field: 'email', value: 'sam@fabrikam.example' });
    actor.send({ type: 'field.changed', field: 'agentType', value: 'salesAgent' });
    actor.send({ type: 'submit' });
    const done = await waitFor(actor, (snap) => snap.matches('added'));
    expect(done.context.added?.email).toBe('sam@fabrikam.example');
  });
});
