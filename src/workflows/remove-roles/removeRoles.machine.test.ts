import { describe, expect, it } from 'vitest';
import { removeRolesMachine } from './removeRoles.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

const events = [
  { type: 'remove' },
  { type: 'dismiss' },
  { type: 'confirm' },
  { type: 'xstate.done.actor.removeRoles', output: { ok: true } },
  { type: 'xstate.done.actor.removeRoles', output: { ok: false, key: 'rules:R-MPR-1' } },
  { type: 'xstate.error.actor.removeRoles', error: new Error('x') },
  { type: 'refresh', hasRoles: true, mayAct: true },
  { type: 'refresh', hasRoles: false, mayAct: true },
  { type: 'refresh', hasRoles: true, mayAct: false },
];

describe('W-REMOVE-ROLES machine: every path', () => {
  for (const input of [
    { relationshipId: 'r', hasRoles: true, mayAct: true },
    { relationshipId: 'r', hasRoles: true, mayAct: false },
    { relationshipId: 'r', hasRoles: false, mayAct: true },
  ]) {
    const paths = machinePaths(removeRolesMachine, {
      input,
      events,
      contextKeys: ['hasRoles', 'mayAct', 'failureKey'],
    });
    it(`from ${JSON.stringify(input)}: removed is reached only through "Remove roles?" → Yes`, () => {
      expect(endStates(paths)).toContain('removed');
      for (const path of paths) {
        for (const step of path) {
          // R-MPR-1 / R-MPR-7: the dialog opens only for an admin who may act, on a partner that has roles.
          if (
            stateValue(step.to) === 'confirming' &&
            step.from &&
            stateValue(step.from) === 'idle'
          ) {
            expect(step.from.context.mayAct && step.from.context.hasRoles).toBe(true);
          }
          if (stateValue(step.to) === 'removing' && stateValue(step.from!) !== 'removing')
            expect(stateValue(step.from!)).toBe('confirming');
        }
      }
    });
  }
});
