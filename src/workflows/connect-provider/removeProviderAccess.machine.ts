import { assign, fromPromise, setup } from 'xstate';

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

export type RemoveProviderAccessOutcome =
  { ok: true } | { ok: false; key: string; ruleId?: string };

export const removeProviderAccessMachine = setup({
  types: {
    context: {} as RemoveProviderAccessContext,
    events: {} as RemoveProviderAccessEvent,
    input: {} as { hasAccess: boolean },
  },
  actors: {
    removeAccess: fromPromise<RemoveProviderAccessOutcome, void>(async () => {
      throw new Error('removeAccess actor not provided');
    }),
  },
  guards: {
    hasAccess: ({ context }) => context.hasAccess,
    succeeded: (_, p: { result: RemoveProviderAccessOutcome }) => p.result.ok,
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
            guard: { type: 'succeeded', params: ({ event }) => ({ result: event.output }) },
            target: 'removed',
            actions: assign({ hasAccess: false }),
          },
          {
            target: 'idle',
            actions: assign({
              failure: ({ event }) =>
                event.output.ok
                  ? undefined
                  : { key: event.output.key, ruleId: event.output.ruleId },
            }),
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
