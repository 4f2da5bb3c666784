import { and, assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import {
  canAddLicensesTo,
  decideProviderOrder,
  type ProviderOrderFacts,
  type ProviderOrderKind,
} from '../../domain/providerRules';
import { checkLicenseQuantity } from '../../domain/partnerRules';
import type { Subscription } from '../../domain/types';
import type { Outcome } from '../../domain/outcome';

// A provider's order for a customer (R-IND-10, with R-IND-8 and R-MPR-6): from View customers
// of a reseller, or from any customer id typed in the URL. Submit order is possible only when
// the rules allow it (the page shows why not); the input is checked on submit, and the
// repository checks everything again. Pure machine.

export interface ProviderOrderInput {
  facts: ProviderOrderFacts;
  subscriptions: Pick<Subscription, 'id' | 'offerId' | 'status'>[];
}

export interface ProviderOrderContext extends ProviderOrderInput {
  kind: ProviderOrderKind;
  subscriptionId: string;
  quantity: string;
  errors: Partial<Record<'subscription' | 'quantity', string>>;
  failure?: { key: string; ruleId?: string; params?: Record<string, string> };
  result?: Record<string, string>;
}

export type ProviderOrderEvent =
  | { type: 'kind.changed'; kind: ProviderOrderKind }
  | { type: 'subscription.changed'; subscriptionId: string }
  | { type: 'quantity.changed'; quantity: string }
  | { type: 'submit' }
  | { type: 'another' }
  | {
      type: 'refresh';
      facts: ProviderOrderFacts;
      subscriptions: ProviderOrderInput['subscriptions'];
    };

export type ProviderOrderOutcome = Outcome<{ value: Record<string, string> }>;

export interface SubmitInput {
  kind: ProviderOrderKind;
  subscriptionId: string;
  quantity: string;
}

/** Field problems of the order form, as i18n keys (empty when the order can be sent). */
export function orderErrors(
  c: Pick<ProviderOrderContext, 'kind' | 'subscriptionId' | 'quantity' | 'subscriptions'>,
): ProviderOrderContext['errors'] {
  if (c.kind === 'azurePlan') return {};
  const errors: ProviderOrderContext['errors'] = {};
  const sub = c.subscriptions.find((s) => s.id === c.subscriptionId);
  if (!c.subscriptionId) errors.subscription = 'providers:order.errors.subscription.required';
  else if (!sub || !canAddLicensesTo(sub))
    errors.subscription = 'providers:order.errors.subscription.notLicensed';
  const quantity = checkLicenseQuantity(c.quantity);
  if (quantity) errors.quantity = `providers:order.errors.quantity.${quantity}`;
  return errors;
}

export const providerOrderMachine = setup({
  types: {
    context: {} as ProviderOrderContext,
    events: {} as ProviderOrderEvent,
    input: {} as ProviderOrderInput,
  },
  actors: {
    submitOrder: notProvided<ProviderOrderOutcome, SubmitInput>('submitOrder'),
  },
  guards: {
    // R-IND-10 / R-IND-8 / R-MPR-6: Submit order is offered only when the rules allow an order.
    mayOrder: ({ context }) => decideProviderOrder(context.facts) === null,
    inputValid: ({ context }) => Object.keys(orderErrors(context)).length === 0,
    succeeded,
  },
  actions: {
    assignOk: assignOk<ProviderOrderContext, ProviderOrderEvent>(),
    assignRefusal: assignRefusal<ProviderOrderContext, ProviderOrderEvent>(),
  },
}).createMachine({
  id: 'providerOrder',
  context: ({ input }) => ({
    ...input,
    kind: 'addLicenses',
    subscriptionId: '',
    quantity: '',
    errors: {},
  }),
  initial: 'editing',
  on: {
    refresh: {
      actions: assign(({ event }) => ({ facts: event.facts, subscriptions: event.subscriptions })),
    },
  },
  states: {
    editing: {
      on: {
        'kind.changed': {
          actions: assign({ kind: ({ event }) => event.kind, errors: {}, failure: undefined }),
        },
        'subscription.changed': {
          actions: assign({
            subscriptionId: ({ event }) => event.subscriptionId,
            errors: {},
            failure: undefined,
          }),
        },
        'quantity.changed': {
          actions: assign({
            quantity: ({ event }) => event.quantity,
            errors: {},
            failure: undefined,
          }),
        },
        submit: [
          {
            guard: and(['mayOrder', 'inputValid']),
            target: 'submitting',
            actions: assign({ errors: {}, failure: undefined }),
          },
          { guard: 'mayOrder', actions: assign({ errors: ({ context }) => orderErrors(context) }) },
        ],
      },
    },
    submitting: {
      invoke: {
        id: 'submitOrder',
        src: 'submitOrder',
        input: ({ context }) => ({
          kind: context.kind,
          subscriptionId: context.subscriptionId,
          quantity: context.quantity,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'done',
            actions: { type: 'assignOk', params: { result: 'value' } },
          },
          {
            target: 'editing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'providers:errors.failed' } }),
        },
      },
    },
    done: {
      on: {
        another: {
          target: 'editing',
          actions: assign({
            kind: 'addLicenses' as ProviderOrderKind,
            subscriptionId: '',
            quantity: '',
            errors: {},
            failure: undefined,
            result: undefined,
          }),
        },
      },
    },
  },
});
