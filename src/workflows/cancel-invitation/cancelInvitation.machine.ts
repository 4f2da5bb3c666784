import { assign, fromPromise, setup } from 'xstate';
import type { InvitationBlock } from '../../domain/invitationRules';

// W-CANCEL-INVITE (R-MPR-4): to avoid granting admin roles the customer cancels the
// invitation instead of accepting it; nothing is granted and the partner is told.

export interface CancelInvitationContext {
  token: string;
  block?: InvitationBlock;
}

export type CancelInvitationEvent =
  { type: 'cancel.request' } | { type: 'cancel.confirm' } | { type: 'cancel.dismiss' };

export type CancelOutcome = { ok: true } | { ok: false; block: InvitationBlock };

export const cancelInvitationMachine = setup({
  types: {
    context: {} as CancelInvitationContext,
    events: {} as CancelInvitationEvent,
    input: {} as { token: string },
  },
  actors: {
    cancel: fromPromise<CancelOutcome, { token: string }>(async () => {
      throw new Error('cancel actor not provided');
    }),
  },
  guards: {
    succeeded: (_, params: { result: CancelOutcome }) => params.result.ok,
  },
}).createMachine({
  id: 'cancelInvitation',
  context: ({ input }) => ({ token: input.token }),
  initial: 'idle',
  states: {
    idle: { on: { 'cancel.request': 'confirming' } },
    confirming: {
      on: {
        'cancel.confirm': 'cancelling',
        'cancel.dismiss': 'idle',
      },
    },
    cancelling: {
      invoke: {
        id: 'cancel',
        src: 'cancel',
        input: ({ context }) => ({ token: context.token }),
        onDone: [
          {
            guard: { type: 'succeeded', params: ({ event }) => ({ result: event.output }) },
            target: 'cancelled',
          },
          {
            target: 'refused',
            actions: assign({
              block: ({ event }) => (event.output.ok ? undefined : event.output.block),
            }),
          },
        ],
        onError: { target: 'refused', actions: assign({ block: { key: 'notFound' } }) },
      },
    },
    cancelled: { type: 'final' },
    refused: { type: 'final' },
  },
});
