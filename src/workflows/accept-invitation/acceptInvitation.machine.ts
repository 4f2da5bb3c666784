import { assign, fromPromise, setup } from 'xstate';
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
    load: fromPromise<InvitationLoad, { token: string }>(async () => {
      throw new Error('load actor not provided');
    }),
    accept: fromPromise<AcceptOutcome, { token: string }>(async () => {
      throw new Error('accept actor not provided');
    }),
  },
  guards: {
    loaded: (_, params: { result: InvitationLoad }) => params.result.ok,
    // R-MPR-5: Accept & Authorize stays unavailable until the acknowledgement is ticked.
    acknowledged: ({ context }) => R_MPR_5_acceptEnabled(context.acknowledged),
    succeeded: (_, params: { result: AcceptOutcome }) => params.result.ok,
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
            guard: { type: 'loaded', params: ({ event }) => ({ result: event.output }) },
            target: 'review',
            actions: assign({
              view: ({ event }) => (event.output.ok ? event.output.view : undefined),
            }),
          },
          {
            target: 'blocked',
            actions: assign({
              block: ({ event }) => (event.output.ok ? undefined : event.output.block),
            }),
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
            guard: { type: 'succeeded', params: ({ event }) => ({ result: event.output }) },
            target: 'accepted',
            actions: assign({
              mcaAccepted: ({ event }) => event.output.ok && event.output.mcaAccepted,
            }),
          },
          // Refused on fresh data: e.g. R-REQ-3 (out of region) or another tab already acted.
          {
            target: 'refused',
            actions: assign({
              block: ({ event }) => (event.output.ok ? undefined : event.output.block),
            }),
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
