import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { Refusal } from '../../domain/outcome';
import type { ApproveOutcome } from '../../db/repositories/adminRelationships';

// W-GDAP-APPROVE: the customer's Global admin opens the review link; Approve partner roles
// shows partner, roles and duration; Approve all (or leave). R-GDAP-7: the page says whether
// this persona may approve (the repository checks again). R-GDAP-10: with DAP present the page
// warns and offers its removal (a tick), and never blocks. The review (with the tick as the
// customer left it) survives a reload: tagged `persist`; `approved` is `finished`.

export interface GdapApproveInput {
  relationshipId: string;
  /** R-GDAP-7 (and R-GDAP-6, -9) as the page's live data says: null when approval is possible. */
  blocked: Refusal | null;
  /** R-GDAP-10: the partner still holds DAP. */
  dapWarning: boolean;
}

export interface GdapApproveContext extends GdapApproveInput {
  removeDap: boolean;
  failure?: Refusal;
  dapRemoved?: boolean;
}

export type GdapApproveEvent =
  | { type: 'dap.remove.toggle'; checked: boolean }
  | { type: 'approve' }
  | { type: 'refresh'; blocked: Refusal | null; dapWarning: boolean };

export const gdapApproveMachine = setup({
  types: {
    context: {} as GdapApproveContext,
    events: {} as GdapApproveEvent,
    input: {} as GdapApproveInput,
  },
  actors: {
    approve: notProvided<ApproveOutcome, { relationshipId: string; removeDap: boolean }>('approve'),
  },
  guards: {
    mayApprove: ({ context }) => context.blocked === null,
    dapPresent: ({ context }) => context.dapWarning,
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<GdapApproveContext, GdapApproveEvent>() },
}).createMachine({
  id: 'gdapApprove',
  version: '1',
  context: ({ input }) => ({ ...input, removeDap: input.dapWarning }),
  initial: 'review',
  on: {
    refresh: {
      actions: assign({
        blocked: ({ event }) => event.blocked,
        dapWarning: ({ event }) => event.dapWarning,
        removeDap: ({ context, event }) => context.removeDap && event.dapWarning,
      }),
    },
  },
  states: {
    review: {
      tags: ['review', 'persist'],
      on: {
        'dap.remove.toggle': {
          guard: 'dapPresent',
          actions: assign({ removeDap: ({ event }) => event.checked }),
        },
        approve: {
          guard: 'mayApprove',
          target: 'approving',
          actions: assign({ failure: undefined }),
        },
      },
    },
    approving: {
      tags: ['review', 'busy'],
      invoke: {
        id: 'approve',
        src: 'approve',
        input: ({ context }) => ({
          relationshipId: context.relationshipId,
          removeDap: context.removeDap && context.dapWarning,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'approved',
            actions: assign({
              dapRemoved: ({ event }) => (event.output as { dapRemoved: boolean }).dapRemoved,
            }),
          },
          { target: 'review', actions: { type: 'assignRefusal', params: { to: 'failure' } } },
        ],
        onError: {
          target: 'review',
          actions: assign({ failure: { key: 'gdap:approve.errors.failed' } }),
        },
      },
    },
    approved: { tags: ['finished'] },
  },
});
