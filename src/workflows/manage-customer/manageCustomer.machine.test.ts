import { describe, expect, it } from 'vitest';
import { manageCustomerMachine, mayStart, type ManageFacts } from './manageCustomer.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

const sub = { id: 's1', offerId: 'o365-e3', partnerId: 'fabrikam' };
const facts = (
  over: Partial<ManageFacts> & { adminRoles?: string[]; removed?: boolean } = {},
): ManageFacts => ({
  relationship: {
    partnerId: 'fabrikam',
    resellerOf: 'fabrikam',
    adminRoles: (over.adminRoles ?? ['globalAdmin']) as never,
    ...(over.removed ? { rolesRemovedAt: 1 } : {}),
  },
  hasMca: over.hasMca ?? true,
  subscriptions: [sub],
});

describe('manage-customer machine: every path', () => {
  const variants = {
    full: facts(),
    noMca: facts({ hasMca: false }),
    noDap: facts({ adminRoles: [] }),
    rolesRemoved: facts({ adminRoles: [], removed: true }),
  };
  for (const [name, input] of Object.entries(variants)) {
    const paths = machinePaths(manageCustomerMachine, {
      input,
      contextKeys: ['kind', 'target', 'failure'],
      events: [
        { type: 'open', kind: 'addUser' },
        { type: 'open', kind: 'addLicenses', target: 's1' },
        { type: 'open', kind: 'addAzureSubscription' },
        { type: 'open', kind: 'serviceRequest' },
        { type: 'submit' },
        { type: 'close' },
        { type: 'xstate.done.actor.perform', output: { ok: true, value: {} } },
        { type: 'xstate.done.actor.perform', output: { ok: false, key: 'rules:R-REQ-1' } },
      ],
    });
    it(`${name}: an action starts only when the rules allow it`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (stateValue(step.to) === 'editing' && step.from && stateValue(step.from) === 'idle') {
            expect(mayStart(input, step.to.context.kind!, step.to.context.target)).toBe(true);
          }
        }
      }
      const started = new Set(
        paths.flatMap((p) => p.map((s) => s.to.context.kind).filter(Boolean)),
      );
      const expected = {
        full: ['addUser', 'addLicenses', 'addAzureSubscription'],
        noMca: [],
        noDap: ['addAzureSubscription'],
        rolesRemoved: ['addAzureSubscription', 'serviceRequest'],
      }[name];
      expect([...started].sort()).toEqual([...expected!].sort());
      if (expected!.length) expect(endStates(paths)).toContain('done');
    });
  }
});
