import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { RemoveRolesOutcome } from '../../db/repositories/relationshipRepository';

// W-REMOVE-ROLES: Billing > Partner relationships, select the partner, Remove roles, dialog
// Remove roles?, Yes. R-MPR-7: the relationship stays. The page says whether roles exist and
// whether the persona may act (R-MPR-1); the repository checks both again.

export interface RemoveRolesContext {
  relationshipId: string;
  hasRoles: boolean;
  mayAct: boolean;
  failureKey?: string;
}

export type RemoveRolesEvent =
  | { type: 'remove' }
  | { type: 'confirm' }
  | { type: 'dismiss' }
  | { type: 'refresh'; hasRoles: boolean; mayAct: boolean };

export type { RemoveRolesOutcome };

export const removeRolesMachine = setup({
  types: {
    context: {} as RemoveRolesContext,
    events: {} as RemoveRolesEvent,
    input: {} as { relationshipId: string; hasRoles: boolean; mayAct: boolean },
  },
  actors: {
    removeRoles: notProvided<RemoveRolesOutcome, { relationshipId: string }>('removeRoles'),
  },
  guards: {
    // R-MPR-1 and R-MPR-7: only an admin who may act, and only when there are roles to remove.
    canRemove: ({ context }) => context.mayAct && context.hasRoles,
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<RemoveRolesContext, RemoveRolesEvent>() },
}).createMachine({
  id: 'removeRoles',
  context: ({ input }) => ({ ...input }),
  initial: 'idle',
  on: {
    // Live data changed (another tab, a reset): keep the machine's view of the relationship current.
    refresh: {
      actions: assign({
        hasRoles: ({ event }) => event.hasRoles,
        mayAct: ({ event }) => event.mayAct,
      }),
    },
  },
  states: {
    idle: {
      on: {
        remove: {
          guard: 'canRemove',
          target: 'confirming',
          actions: assign({ failureKey: undefined }),
        },
      },
    },
    confirming: { on: { confirm: 'removing', dismiss: 'idle' } },
    removing: {
      invoke: {
        id: 'removeRoles',
        src: 'removeRoles',
        input: ({ context }) => ({ relationshipId: context.relationshipId }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'removed',
            actions: assign({ hasRoles: false }),
          },
          {
            target: 'idle',
            actions: { type: 'assignRefusal', params: { to: 'failureKey', as: 'key' } },
          },
        ],
        onError: {
          target: 'idle',
          actions: assign({ failureKey: 'adminCenter:removeRoles.failed' }),
        },
      },
    },
    removed: {},
  },
});
