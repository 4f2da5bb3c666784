import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { Outcome } from '../../domain/outcome';

// R-IND-8 (after W-CONNECT-PROVIDER): on Indirect providers, the reseller removes the
// provider's admin access to its own work account, after confirming. The link stays.

export interface RemoveProviderAccessContext {
  /** Whether the provider still has admin access (kept up to date by the page). */
  hasAccess: boolean;
  failure?: { key: string; ruleId?: string };
}

export type RemoveProviderAccessEvent =
  | { type: 'remove' }
  | { type: 'confirm' }
  | { type: 'dismiss' }
  | { type: 'refresh'; hasAccess: boolean };

export type RemoveProviderAccessOutcome = Outcome;

export const removeProviderAccessMachine = setup({
  types: {
    context: {} as RemoveProviderAccessContext,
    events: {} as RemoveProviderAccessEvent,
    input: {} as { hasAccess: boolean },
  },
  actors: {
    removeAccess: notProvided<RemoveProviderAccessOutcome, void>('removeAccess'),
  },
  guards: {
    hasAccess: ({ context }) => context.hasAccess,
    succeeded,
  },
  actions: {
    assignRefusal: assignRefusal<RemoveProviderAccessContext, RemoveProviderAccessEvent>(),
  },
}).createMachine({
  id: 'removeProviderAccess',
  context: ({ input }) => ({ hasAccess: input.hasAccess }),
  initial: 'idle',
  on: { refresh: { actions: assign({ hasAccess: ({ event }) => event.hasAccess }) } },
  states: {
    idle: {
      on: {
        remove: {
          guard: 'hasAccess',
          target: 'confirming',
          actions: assign({ failure: undefined }),
        },
      },
    },
    confirming: {
      on: {
        confirm: { guard: 'hasAccess', target: 'removing' },
        dismiss: 'idle',
      },
    },
    removing: {
      invoke: {
        id: 'removeAccess',
        src: 'removeAccess',
        onDone: [
          {
            guard: 'succeeded',
            target: 'removed',
            actions: assign({ hasAccess: false }),
          },
          {
            target: 'idle',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'idle',
          actions: assign({ failure: { key: 'providers:errors.failed' } }),
        },
      },
    },
    removed: { type: 'final' },
  },
});
