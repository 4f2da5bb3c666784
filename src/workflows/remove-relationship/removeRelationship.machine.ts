import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { Outcome } from '../../domain/outcome';

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
export type RemoveRelationshipOutcome = Outcome;

export const removeRelationshipMachine = setup({
  types: { context: {} as RemoveRelationshipContext, events: {} as RemoveRelationshipEvent },
  actors: {
    removeRelationship: notProvided<RemoveRelationshipOutcome, void>('removeRelationship'),
  },
  guards: {
    // R-IND-12: no removal without the partner's attestation.
    attested: ({ context }) => context.attested,
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<RemoveRelationshipContext, RemoveRelationshipEvent>() },
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
            guard: 'succeeded',
            target: 'removed',
          },
          {
            target: 'idle',
            actions: { type: 'assignRefusal', params: { to: 'failureKey', as: 'key' } },
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
