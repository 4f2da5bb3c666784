import { assign, fromPromise, setup } from 'xstate';

// W-REMOVE-REL: Customers, select the customer, Account, Remove customer relationship; the
// partner attests good faith (R-IND-12); the customer leaves the list; DAP stays unchanged.

export interface RemoveRelationshipContext {
  attested: boolean;
  failureKey?: string;
}

export type RemoveRelationshipEvent =
  | { type: 'remove' }
  | { type: 'attest.toggle'; checked: boolean }
  | { type: 'confirm' }
  | { type: 'dismiss' };
export type RemoveRelationshipOutcome = { ok: true } | { ok: false; key: string };

export const removeRelationshipMachine = setup({
  types: { context: {} as RemoveRelationshipContext, events: {} as RemoveRelationshipEvent },
  actors: {
    removeRelationship: fromPromise<RemoveRelationshipOutcome, void>(async () => {
      throw new Error('removeRelationship actor not provided');
    }),
  },
  guards: {
    // R-IND-12: no removal without the partner's attestation.
    attested: ({ context }) => context.attested,
    succeeded: (_, p: { result: RemoveRelationshipOutcome }) => p.result.ok,
  },
}).createMachine({
  id: 'removeRelationship',
  context: { attested: false },
  initial: 'idle',
  states: {
    idle: {
      on: {
        remove: {
          target: 'confirming',
          actions: assign({ attested: false, failureKey: undefined }),
        },
      },
    },
    confirming: {
      on: {
        'attest.toggle': { actions: assign({ attested: ({ event }) => event.checked }) },
        confirm: { guard: 'attested', target: 'removing' },
        dismiss: 'idle',
      },
    },
    removing: {
      invoke: {
        id: 'removeRelationship',
        src: 'removeRelationship',
        onDone: [
          {
            guard: { type: 'succeeded', params: ({ event }) => ({ result: event.output }) },
            target: 'removed',
          },
          {
            target: 'idle',
            actions: assign({
              failureKey: ({ event }) => (event.output.ok ? undefined : event.output.key),
            }),
          },
        ],
        onError: {
          target: 'idle',
          actions: assign({ failureKey: 'partnerCenter:manage.errors.failed' }),
        },
      },
    },
    removed: { type: 'final' },
  },
});
