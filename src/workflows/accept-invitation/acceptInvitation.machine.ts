import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { R_MPR_5_acceptEnabled } from '../../domain/customerRules';
import type { InvitationBlock } from '../../domain/invitationRules';
import type {
  AcceptOutcome,
  InvitationLoad,
  InvitationView,
} from '../../db/repositories/invitationRepository';

// W-ACCEPT: open the invitation link, the Accept agreement & authorize partner page, read the
// Microsoft Customer Agreement, tick the acknowledgement, Accept & Authorize; then the list
// of partners. Pure: the page provides `load` and `accept` (repository calls).

export interface AcceptInvitationContext {
  token: string;
  view?: InvitationView;
  block?: InvitationBlock;
  acknowledged: boolean;
  agreementOpen: boolean;
  mcaAccepted: boolean;
}

export type AcceptInvitationEvent =
  | { type: 'agreement.open' }
  | { type: 'agreement.close' }
  | { type: 'acknowledge.toggle'; checked: boolean }
  | { type: 'accept' }
  | { type: 'reload' };

export const acceptInvitationMachine = setup({
  types: {
    context: {} as AcceptInvitationContext,
    events: {} as AcceptInvitationEvent,
    input: {} as { token: string },
  },
  actors: {
    load: notProvided<InvitationLoad, { token: string }>('load'),
    accept: notProvided<AcceptOutcome, { token: string }>('accept'),
  },
  guards: {
    loaded: succeeded,
    // R-MPR-5: Accept & Authorize stays unavailable until the acknowledgement is ticked.
    acknowledged: ({ context }) => R_MPR_5_acceptEnabled(context.acknowledged),
    succeeded,
  },
  actions: {
    assignOk: assignOk<AcceptInvitationContext, AcceptInvitationEvent>(),
    assignRefusal: assignRefusal<AcceptInvitationContext, AcceptInvitationEvent>(),
  },
}).createMachine({
  id: 'acceptInvitation',
  context: ({ input }) => ({
    token: input.token,
    acknowledged: false,
    agreementOpen: false,
    mcaAccepted: false,
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ token: context.token }),
        onDone: [
          {
            guard: 'loaded',
            target: 'review',
            actions: { type: 'assignOk', params: { view: 'view' } },
          },
          {
            target: 'blocked',
            actions: { type: 'assignRefusal', params: { to: 'block' } },
          },
        ],
        onError: { target: 'blocked', actions: assign({ block: { key: 'notFound' } }) },
      },
    },
    review: {
      on: {
        'agreement.open': { actions: assign({ agreementOpen: true }) },
        'agreement.close': { actions: assign({ agreementOpen: false }) },
        'acknowledge.toggle': { actions: assign({ acknowledged: ({ event }) => event.checked }) },
        accept: { guard: 'acknowledged', target: 'accepting' },
      },
    },
    accepting: {
      invoke: {
        id: 'accept',
        src: 'accept',
        input: ({ context }) => ({ token: context.token }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'accepted',
            actions: { type: 'assignOk', params: { mcaAccepted: 'mcaAccepted' } },
          },
          // Refused on fresh data: e.g. R-REQ-3 (out of region) or another tab already acted.
          {
            target: 'refused',
            actions: { type: 'assignRefusal', params: { to: 'block' } },
          },
        ],
        onError: { target: 'review', actions: assign({ block: { key: 'notFound' } }) },
      },
    },
    accepted: { type: 'final' },
    refused: { type: 'final' },
    blocked: {
      on: { reload: 'loading' },
    },
  },
});
