import { describe, expect, it } from 'vitest';
import { acceptMcaMachine } from './acceptMca.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

describe('W-MCA machine: every path', () => {
  const paths = machinePaths(acceptMcaMachine, {
    contextKeys: ['acknowledged', 'agreementOpen'],
    events: [
      { type: 'xstate.done.actor.load', output: { kind: 'needed' } },
      { type: 'xstate.done.actor.load', output: { kind: 'accepted', acceptedAt: 1 } },
      {
        type: 'xstate.done.actor.load',
        output: { kind: 'blocked', key: 'role', ruleId: 'R-MPR-1' },
      },
      { type: 'agreement.open' },
      { type: 'agreement.close' },
      { type: 'acknowledge.toggle', checked: true },
      { type: 'acknowledge.toggle', checked: false },
      { type: 'accept' },
      { type: 'xstate.done.actor.accept', output: { kind: 'accepted', acceptedAt: 2 } },
      {
        type: 'xstate.done.actor.accept',
        output: { kind: 'blocked', key: 'role', ruleId: 'R-MPR-1' },
      },
      { type: 'xstate.error.actor.accept', error: new Error('x') },
    ],
  });

  it('reaches accepted, already accepted and blocked (R-MPR-1)', () => {
    const ends = endStates(paths);
    for (const s of ['review', 'accepted', 'alreadyAccepted', 'blocked']) expect(ends).toContain(s);
  });

  it('R-MPR-5: Accept only with the acknowledgement ticked', () => {
    for (const path of paths) {
      for (const step of path) {
        if (stateValue(step.to) === 'accepting') expect(step.from?.context.acknowledged).toBe(true);
        if (stateValue(step.to) === 'review')
          expect(step.to.can({ type: 'accept' })).toBe(step.to.context.acknowledged);
      }
    }
  });
});
