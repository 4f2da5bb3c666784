import { describe, expect, it } from 'vitest';
import { connectProviderMachine } from './connectProvider.machine';
import { removeProviderAccessMachine } from './removeProviderAccess.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import type { ProviderInvitationView } from '../../db/repositories/providerRepository';

const view = {
  invitation: {},
  provider: { name: 'Northwind Distribution' },
  reseller: { name: 'Fabrikam Solutions' },
} as unknown as ProviderInvitationView;

describe('W-CONNECT-PROVIDER machine: every path', () => {
  const paths = machinePaths(connectProviderMachine, {
    input: { token: 't' },
    contextKeys: ['acknowledged'],
    events: [
      { type: 'xstate.done.actor.load', output: { ok: true, view } },
      { type: 'xstate.done.actor.load', output: { ok: false, block: { key: 'wrongPersona' } } },
      { type: 'xstate.done.actor.load', output: { ok: false, block: { key: 'used' } } },
      { type: 'xstate.error.actor.load', error: new Error('x') },
      { type: 'acknowledge.toggle', checked: true },
      { type: 'acknowledge.toggle', checked: false },
      { type: 'authorize' },
      {
        type: 'xstate.done.actor.authorize',
        output: { ok: true, providerName: 'Northwind Distribution' },
      },
      {
        type: 'xstate.done.actor.authorize',
        output: { ok: false, block: { key: 'alreadyLinked' } },
      },
      { type: 'xstate.error.actor.authorize', error: new Error('x') },
      { type: 'reload' },
    ],
  });

  it('reaches authorized, refused (fresh data) and blocked (wrong persona, used link)', () => {
    const ends = endStates(paths);
    for (const s of ['review', 'authorizing', 'authorized', 'refused', 'blocked'])
      expect(ends).toContain(s);
  });

  it('R-IND-8: Authorize indirect provider is possible only with the box ticked', () => {
    for (const path of paths) {
      for (const step of path) {
        if (stateValue(step.to) === 'authorizing')
          expect(step.from?.context.acknowledged).toBe(true);
        if (stateValue(step.to) === 'review')
          expect(step.to.can({ type: 'authorize' })).toBe(step.to.context.acknowledged);
      }
    }
  });

  it('a blocked link (wrong persona, used, unknown) never authorizes', () => {
    for (const path of paths) {
      const i = path.findIndex((s) => stateValue(s.to) === 'blocked');
      if (i >= 0) expect(path.slice(i).some((s) => stateValue(s.to) === 'authorizing')).toBe(false);
    }
  });
});

describe('R-IND-8 remove admin access machine: every path', () => {
  for (const hasAccess of [true, false]) {
    const paths = machinePaths(removeProviderAccessMachine, {
      input: { hasAccess },
      contextKeys: ['hasAccess', 'failure'],
      events: [
        { type: 'remove' },
        { type: 'confirm' },
        { type: 'dismiss' },
        { type: 'refresh', hasAccess: true },
        { type: 'refresh', hasAccess: false },
        { type: 'xstate.done.actor.removeAccess', output: { ok: true } },
        {
          type: 'xstate.done.actor.removeAccess',
          output: { ok: false, key: 'providers:access.errors.role', ruleId: 'R-IND-7' },
        },
        { type: 'xstate.error.actor.removeAccess', error: new Error('x') },
      ],
    });
    it(`starting with access ${hasAccess}: removal needs a confirmation and access to remove`, () => {
      expect(endStates(paths)).toContain('removed');
      for (const path of paths) {
        for (const step of path) {
          if (stateValue(step.to) === 'removing' && stateValue(step.from!) !== 'removing') {
            expect(stateValue(step.from!)).toBe('confirming');
            expect(step.from!.context.hasAccess).toBe(true);
          }
          if (stateValue(step.to) === 'confirming' && stateValue(step.from!) === 'idle')
            expect(step.from!.context.hasAccess).toBe(true);
        }
      }
    });
  }
});
