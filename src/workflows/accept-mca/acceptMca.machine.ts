import { assign, setup } from 'xstate';
import { notProvided } from '../kit/outcome';
import { R_MPR_5_acceptEnabled } from '../../domain/customerRules';
import type { McaStatus } from '../../db/repositories/agreementRepository';

// W-MCA: a partner exists but the customer hasn't signed the Microsoft Customer Agreement:
// read it, tick the acknowledgement, Accept; the list of partners is shown.

export type { McaStatus };

export interface AcceptMcaContext {
  status?: McaStatus;
  acknowledged: boolean;
  agreementOpen: boolean;
  failureKey?: string;
}

export type AcceptMcaEvent =
  | { type: 'agreement.open' }
  | { type: 'agreement.close' }
  | { type: 'acknowledge.toggle'; checked: boolean }
  | { type: 'accept' };

export const acceptMcaMachine = setup({
  types: { context: {} as AcceptMcaContext, events: {} as AcceptMcaEvent },
  actors: {
    load: notProvided<McaStatus, void>('load'),
    accept: notProvided<McaStatus, void>('accept'),
  },
  guards: {
    needed: (_, p: { status: McaStatus }) => p.status.kind === 'needed',
    alreadyAccepted: (_, p: { status: McaStatus }) => p.status.kind === 'accepted',
    // R-MPR-5: Accept stays unavailable until the acknowledgement is ticked.
    acknowledged: ({ context }) => R_MPR_5_acceptEnabled(context.acknowledged),
  },
}).createMachine({
  id: 'acceptMca',
  context: { acknowledged: false, agreementOpen: false },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        id: 'load',
        src: 'load',
        onDone: [
          {
            guard: { type: 'needed', params: ({ event }) => ({ status: event.output }) },
            target: 'review',
            actions: assign({ status: ({ event }) => event.output }),
          },
          {
            guard: { type: 'alreadyAccepted', params: ({ event }) => ({ status: event.output }) },
            target: 'alreadyAccepted',
            actions: assign({ status: ({ event }) => event.output }),
          },
          { target: 'blocked', actions: assign({ status: ({ event }) => event.output }) },
        ],
        onError: {
          target: 'blocked',
          actions: assign({ failureKey: 'adminCenter:acceptAgreement.failed' }),
        },
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
        onDone: [
          {
            guard: { type: 'alreadyAccepted', params: ({ event }) => ({ status: event.output }) },
            target: 'accepted',
            actions: assign({ status: ({ event }) => event.output }),
          },
          { target: 'blocked', actions: assign({ status: ({ event }) => event.output }) },
        ],
        onError: {
          target: 'review',
          actions: assign({ failureKey: 'adminCenter:acceptAgreement.failed' }),
        },
      },
    },
    accepted: { type: 'final' },
    alreadyAccepted: { type: 'final' },
    blocked: { type: 'final' },
  },
});
