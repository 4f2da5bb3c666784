import { describe, expect, it } from 'vitest';
import { gdapAssignMachine } from './gdapAssign.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

const events = [
  { type: 'group.toggle', group: 'adminAgents', checked: true },
  { type: 'group.toggle', group: 'adminAgents', checked: false },
  { type: 'next' },
  { type: 'role.toggle', role: 'directoryReaders', checked: true },
  { type: 'role.toggle', role: 'globalAdministrator', checked: true },
  { type: 'back' },
  { type: 'save' },
  { type: 'xstate.done.actor.save', output: { ok: true } },
  { type: 'xstate.done.actor.save', output: { ok: false, key: 'rules:R-GDAP-8' } },
  { type: 'xstate.after.activation.gdapAssign.pending' },
  { type: 'xstate.done.actor.activate', output: { ok: true, activated: 1 } },
  { type: 'xstate.error.actor.activate', error: new Error('x') },
];

describe('W-GDAP-ASSIGN machine: every path', () => {
  const paths = machinePaths(gdapAssignMachine, {
    input: { relationshipId: 'g', approvedRoles: ['directoryReaders', 'helpdeskAdministrator'] },
    events,
    contextKeys: ['groups', 'roles'],
  });
  it('reaches Pending and Active', () => {
    const ends = endStates(paths);
    for (const s of ['groups', 'roles', 'saving', 'pending', 'activating', 'active'])
      expect(ends).toContain(s);
  });
  it('R-GDAP-8: only approved roles, saved only with groups and roles', () => {
    for (const path of paths)
      for (const step of path) {
        expect(step.to.context.roles).not.toContain('globalAdministrator');
        if (stateValue(step.to) === 'saving' && stateValue(step.from!) === 'roles') {
          expect(step.from!.context.groups.length).toBeGreaterThan(0);
          expect(step.from!.context.roles.length).toBeGreaterThan(0);
        }
      }
  });
});
