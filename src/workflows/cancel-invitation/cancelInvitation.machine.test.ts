import { describe, expect, it } from 'vitest';
import { cancelInvitationMachine } from './cancelInvitation.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

describe('W-CANCEL-INVITE machine: every path', () => {
  const paths = machinePaths(cancelInvitationMachine, {
    input: { token: 't' },
    contextKeys: [],
    events: [
      { type: 'cancel.request' },
      { type: 'cancel.dismiss' },
      { type: 'cancel.confirm' },
      { type: 'xstate.done.actor.cancel', output: { ok: true } },
      { type: 'xstate.done.actor.cancel', output: { ok: false, block: { key: 'used' } } },
      { type: 'xstate.error.actor.cancel', error: new Error('x') },
    ],
  });

  it('reaches cancelled and refused, and can be dismissed', () => {
    const ends = endStates(paths);
    for (const s of ['idle', 'confirming', 'cancelling', 'cancelled', 'refused'])
      expect(ends).toContain(s);
  });

  it('R-MPR-4: cancelling always goes through an explicit confirmation', () => {
    for (const path of paths) {
      for (const step of path)
        if (stateValue(step.to) === 'cancelling' && stateValue(step.from!) !== 'cancelling')
          expect(stateValue(step.from!)).toBe('confirming');
    }
  });
});
