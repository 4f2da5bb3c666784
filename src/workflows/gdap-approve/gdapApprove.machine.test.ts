import { describe, expect, it } from 'vitest';
import { gdapApproveMachine } from './gdapApprove.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

const events = [
  { type: 'dap.remove.toggle', checked: false },
  { type: 'dap.remove.toggle', checked: true },
  { type: 'approve' },
  { type: 'xstate.done.actor.approve', output: { ok: true, dapRemoved: true } },
  { type: 'xstate.done.actor.approve', output: { ok: false, key: 'rules:R-GDAP-7' } },
  { type: 'refresh', blocked: { key: 'rules:R-GDAP-6' }, dapWarning: false },
];

describe('W-GDAP-APPROVE machine: every path', () => {
  for (const input of [
    { relationshipId: 'g', blocked: null, dapWarning: true },
    { relationshipId: 'g', blocked: null, dapWarning: false },
    { relationshipId: 'g', blocked: { key: 'rules:R-GDAP-7' }, dapWarning: false },
  ])
    it(`R-GDAP-7 / R-GDAP-10 from ${JSON.stringify(input)}`, () => {
      const paths = machinePaths(gdapApproveMachine, {
        input,
        events,
        contextKeys: ['blocked', 'dapWarning', 'removeDap'],
      });
      expect(endStates(paths).has('approved')).toBe(input.blocked === null);
      for (const path of paths)
        for (const step of path) {
          if (stateValue(step.to) === 'approving' && stateValue(step.from!) === 'review')
            expect(step.from!.context.blocked).toBeNull();
          // R-GDAP-10: DAP removal is only offered where DAP exists.
          if (!step.to.context.dapWarning && input.dapWarning === false)
            expect(step.to.context.removeDap).toBe(false);
        }
    });
});
