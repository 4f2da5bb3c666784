import { describe, expect, it } from 'vitest';
import { gdapTerminateCustomerMachine, gdapTerminatePartnerMachine } from './gdapTerminate.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

const events = [
  { type: 'terminate' },
  { type: 'dismiss' },
  { type: 'confirm' },
  { type: 'xstate.done.actor.terminate', output: { ok: true } },
  { type: 'xstate.done.actor.terminate', output: { ok: false, key: 'rules:R-GDAP-9' } },
  { type: 'refresh', mayAct: true, live: false },
];

for (const [id, machine] of [
  ['W-GDAP-TERMINATE-PARTNER', gdapTerminatePartnerMachine],
  ['W-GDAP-TERMINATE-CUSTOMER', gdapTerminateCustomerMachine],
] as const)
  describe(`${id} machine: every path`, () => {
    for (const input of [
      { targetId: 't', mayAct: true, live: true },
      { targetId: 't', mayAct: false, live: true },
      { targetId: 't', mayAct: true, live: false },
    ])
      it(`from ${JSON.stringify(input)}: terminated only through confirm (R-GDAP-2/-7, R-GDAP-9)`, () => {
        const paths = machinePaths(machine, { input, events, contextKeys: ['mayAct', 'live'] });
        expect(endStates(paths).has('terminated')).toBe(input.mayAct && input.live);
        for (const path of paths)
          for (const step of path) {
            if (stateValue(step.to) === 'confirming' && stateValue(step.from!) === 'idle')
              expect(step.from!.context.mayAct && step.from!.context.live).toBe(true);
            if (stateValue(step.to) === 'terminating' && stateValue(step.from!) !== 'terminating')
              expect(stateValue(step.from!)).toBe('confirming');
          }
      });
  });
