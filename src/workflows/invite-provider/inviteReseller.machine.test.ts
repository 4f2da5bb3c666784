import { describe, expect, it } from 'vitest';
import { inviteResellerMachine } from './inviteReseller.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { checkResellerEmail } from '../../domain/providerRules';

describe('W-CONNECT-PROVIDER (provider side) invite machine: every path', () => {
  const paths = machinePaths(inviteResellerMachine, {
    contextKeys: ['email', 'error', 'failure'],
    events: [
      { type: 'email.changed', email: '' },
      { type: 'email.changed', email: '<script>x</script>' },
      { type: 'email.changed', email: 'megan at fabrikam' },
      { type: 'email.changed', email: 'megan@fabrikam.example' },
      { type: 'send' },
      { type: 'restart' },
      {
        type: 'xstate.done.actor.sendInvitation',
        output: {
          ok: true,
          value: { resellerName: 'Fabrikam Solutions', address: 'megan@fabrikam.example' },
        },
      },
      {
        type: 'xstate.done.actor.sendInvitation',
        output: { ok: false, key: 'providers:invite.errors.notAdminAgent', ruleId: 'R-IND-7' },
      },
      { type: 'xstate.error.actor.sendInvitation', error: new Error('x') },
    ],
  });

  it('reaches sent', () => expect(endStates(paths)).toContain('sent'));

  it('bad input (empty, wrong format) never reaches sending, and says why', () => {
    for (const path of paths) {
      for (const step of path) {
        if (step.event.type !== 'send' || stateValue(step.from!) !== 'editing') continue;
        const problem = checkResellerEmail(step.from!.context.email);
        if (problem) {
          expect(stateValue(step.to)).toBe('editing');
          expect(step.to.context.error).toBe(`providers:invite.errors.email.${problem}`);
        } else expect(stateValue(step.to)).toBe('sending');
      }
    }
  });

  it('a refusal from the repository comes back to the form with its rule', () => {
    const refused = paths
      .flatMap((p) => p)
      .find(
        (s) =>
          s.event.type === 'xstate.done.actor.sendInvitation' &&
          stateValue(s.from!) === 'sending' &&
          stateValue(s.to) === 'editing',
      );
    expect(refused?.to.context.failure).toEqual({
      key: 'providers:invite.errors.notAdminAgent',
      ruleId: 'R-IND-7',
      params: undefined,
    });
  });
});
