import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { Outcome, Refusal } from '../../domain/outcome';

// W-GDAP-TERMINATE-PARTNER (the relationship > Terminate relationship > confirm Terminate
// relationship) and W-GDAP-TERMINATE-CUSTOMER (Settings > Partner relationships > the partner >
// Remove roles > Yes): one shape, two machines. The page says whether the persona may act
// (R-GDAP-2 for the partner, R-GDAP-7's Global admin for the customer) and whether something is
// still live to end (R-GDAP-9); the repository checks both again.

export interface GdapTerminateInput {
  /** The relationship (partner side) or the partner (customer side) to end. */
  targetId: string;
  mayAct: boolean;
  live: boolean;
}

export interface GdapTerminateContext extends GdapTerminateInput {
  failure?: Refusal;
}

export type GdapTerminateEvent =
  | { type: 'terminate' }
  | { type: 'confirm' }
  | { type: 'dismiss' }
  | { type: 'refresh'; mayAct: boolean; live: boolean };

function terminateMachine(id: 'gdapTerminatePartner' | 'gdapTerminateCustomer') {
  return setup({
    types: {
      context: {} as GdapTerminateContext,
      events: {} as GdapTerminateEvent,
      input: {} as GdapTerminateInput,
    },
    actors: { terminate: notProvided<Outcome, { targetId: string }>('terminate') },
    guards: {
      canTerminate: ({ context }) => context.mayAct && context.live,
      succeeded,
    },
    actions: { assignRefusal: assignRefusal<GdapTerminateContext, GdapTerminateEvent>() },
  }).createMachine({
    id,
    context: ({ input }) => ({ ...input }),
    initial: 'idle',
    on: {
      refresh: {
        actions: assign({ mayAct: ({ event }) => event.mayAct, live: ({ event }) => event.live }),
      },
    },
    states: {
      idle: {
        tags: ['idle'],
        on: {
          terminate: {
            guard: 'canTerminate',
            target: 'confirming',
            actions: assign({ failure: undefined }),
          },
        },
      },
      confirming: { tags: ['confirming'], on: { confirm: 'terminating', dismiss: 'idle' } },
      terminating: {
        tags: ['confirming', 'busy'],
        invoke: {
          id: 'terminate',
          src: 'terminate',
          input: ({ context }) => ({ targetId: context.targetId }),
          onDone: [
            { guard: 'succeeded', target: 'terminated', actions: assign({ live: false }) },
            { target: 'idle', actions: { type: 'assignRefusal', params: { to: 'failure' } } },
          ],
          onError: {
            target: 'idle',
            actions: assign({ failure: { key: 'gdap:terminate.errors.failed' } }),
          },
        },
      },
      terminated: { tags: ['finished'] },
    },
  });
}

/** W-GDAP-TERMINATE-PARTNER: `targetId` is the relationship's id. */
export const gdapTerminatePartnerMachine = terminateMachine('gdapTerminatePartner');
/** W-GDAP-TERMINATE-CUSTOMER: `targetId` is the partner's tenant id. */
export const gdapTerminateCustomerMachine = terminateMachine('gdapTerminateCustomer');
