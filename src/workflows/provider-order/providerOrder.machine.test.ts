import { describe, expect, it } from 'vitest';
import {
  orderErrors,
  providerOrderMachine,
  type ProviderOrderInput,
} from './providerOrder.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { decideProviderOrder } from '../../domain/providerRules';

const subscriptions = [
  { id: 'bs', offerId: 'm365-business-standard', status: 'active' as const },
  { id: 'az', offerId: 'azure-plan', status: 'active' as const },
];
const own = { partnerId: 'northwind', resellerOf: 'northwind' };
const variants: Record<string, ProviderOrderInput> = {
  allowed: {
    facts: { ownRelationship: own, viaLinkedReseller: true, hasMca: true },
    subscriptions,
  },
  // R-IND-10: Adatum, Fabrikam's customer, without Northwind's own relationship.
  noOwnRelationship: {
    facts: { ownRelationship: undefined, viaLinkedReseller: true, hasMca: true },
    subscriptions: [],
  },
  // R-IND-8: Tailspin, Northwind's own customer, with no linked reseller.
  noLinkedReseller: {
    facts: { ownRelationship: own, viaLinkedReseller: false, hasMca: true },
    subscriptions: [],
  },
  // R-MPR-6.
  noMca: {
    facts: { ownRelationship: own, viaLinkedReseller: true, hasMca: false },
    subscriptions: [],
  },
};

describe('R-IND-10 provider order machine: every path', () => {
  for (const [name, input] of Object.entries(variants)) {
    const allowed = decideProviderOrder(input.facts) === null;
    const paths = machinePaths(providerOrderMachine, {
      input,
      contextKeys: ['kind', 'subscriptionId', 'quantity', 'errors', 'failure'],
      events: [
        { type: 'kind.changed', kind: 'addLicenses' },
        { type: 'kind.changed', kind: 'azurePlan' },
        { type: 'subscription.changed', subscriptionId: 'bs' },
        { type: 'subscription.changed', subscriptionId: 'az' },
        { type: 'quantity.changed', quantity: '' },
        { type: 'quantity.changed', quantity: '5' },
        { type: 'quantity.changed', quantity: '<b>' },
        { type: 'submit' },
        { type: 'another' },
        {
          type: 'xstate.done.actor.submitOrder',
          output: { ok: true, value: { kind: 'azurePlan' } },
        },
        {
          type: 'xstate.done.actor.submitOrder',
          output: {
            ok: false,
            key: 'providers:order.refusals.noOwnRelationship',
            ruleId: 'R-IND-10',
          },
        },
        { type: 'xstate.error.actor.submitOrder', error: new Error('x') },
      ],
    });

    it(`${name}: an order is submitted only when the rules allow it and the input is valid`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (stateValue(step.to) === 'submitting') {
            expect(allowed).toBe(true);
            expect(orderErrors(step.from!.context)).toEqual({});
          }
          if (stateValue(step.to) === 'editing')
            expect(step.to.can({ type: 'submit' })).toBe(allowed);
        }
      }
      if (allowed) expect(endStates(paths)).toContain('done');
      else expect(endStates(paths)).not.toContain('submitting');
    });

    if (allowed) {
      it('bad input stays in the form with a message', () => {
        const bad = paths
          .flatMap((p) => p)
          .filter((s) => s.event.type === 'submit' && stateValue(s.to) === 'editing');
        expect(bad.length).toBeGreaterThan(0);
        for (const s of bad) expect(Object.keys(s.to.context.errors).length).toBeGreaterThan(0);
        const messages = new Set(bad.flatMap((s) => Object.values(s.to.context.errors)));
        for (const key of [
          'providers:order.errors.subscription.required',
          'providers:order.errors.subscription.notLicensed',
          'providers:order.errors.quantity.required',
          'providers:order.errors.quantity.notWhole',
        ]) {
          expect(messages).toContain(key);
        }
      });
    }
  }
});
