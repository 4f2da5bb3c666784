import { describe, expect, it } from 'vitest';
import { removeRelationshipMachine } from './removeRelationship.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

describe('W-REMOVE-REL machine: every path', () => {
  const paths = machinePaths(removeRelationshipMachine, {
    contextKeys: ['attested', 'failureKey'],
    events: [
      { type: 'remove' },
      { type: 'attest.toggle', checked: true },
      { type: 'attest.toggle', checked: false },
      { type: 'confirm' },
      { type: 'dismiss' },
      { type: 'xstate.done.actor.removeRelationship', output: { ok: true } },
      { type: 'xstate.done.actor.removeRelationship', output: { ok: false, key: 'rules:R-IND-7' } },
    ],
  });
  it('reaches removed', () => expect(endStates(paths)).toContain('removed'));
  it('R-IND-12: never removes without the attestation', () => {
    for (const path of paths)
      for (const step of path)
        if (stateValue(step.to) === 'removing') expect(step.from?.context.attested).toBe(true);
  });
});
