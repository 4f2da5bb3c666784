import { assign, setup } from 'xstate';
import type { InvitationBlock } from '../../domain/invitationRules';
import type { LinkOutcome } from '../../domain/outcome';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';

// W-CANCEL-INVITE (R-MPR-4): to avoid granting admin roles the customer cancels the
// invitation instead of accepting it; nothing is granted and the partner is told.

export interface CancelInvitationContext {
  token: string;
  block?: InvitationBlock;
}

export type CancelInvitationEvent =
  { type: 'cancel.request' } | { type: 'cancel.confirm' } | { type: 'cancel.dismiss' };

export type CancelOutcome = LinkOutcome<object, InvitationBlock>;

export const cancelInvitationMachine = setup({
  types: {
    context: {} as CancelInvitationContext,
    events: {} as CancelInvitationEvent,
    input: {} as { token: string },
  },
  actors: {
    cancel: notProvided<CancelOutcome, { token: string }>('cancel'),
  },
  guards: { succeeded },
  actions: { assignRefusal: assignRefusal<CancelInvitationContext, CancelInvitationEvent>() },
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
            guard: 'succeeded',
            target: 'cancelled',
          },
          {
            target: 'refused',
            actions: { type: 'assignRefusal', params: { to: 'block' } },
          },
        ],
        onError: { target: 'refused', actions: assign({ block: { key: 'notFound' } }) },
      },
    },
    cancelled: { type: 'final' },
    refused: { type: 'final' },
  },
});
