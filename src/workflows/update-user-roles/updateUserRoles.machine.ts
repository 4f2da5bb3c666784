import { and, assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { AccessSubject } from '../../domain/access';
import type { Role } from '../../domain/types';
import {
  adminTypeOf,
  agentTypeOf,
  checkGlobalAdminChange,
  checkRoleChoice,
  choiceLists,
  R_IND_7_mayAssignRoles,
  rolesWith,
  type AdminType,
  type AgentType,
} from '../../domain/userRules';
import type { Outcome } from '../../domain/outcome';

// W-ENROLL's last step (R-IND-5: "Select your name from the list of users. Then select Admin
// agent if it's not already selected. Select Update.") and any later role change. Who may
// assign roles is R-IND-7's matrix (Admin agent, Global admin, User admin).

export interface UpdateRolesInput {
  /** The acting persona (its roles decide what it may assign). */
  subject: AccessSubject;
}

export interface SelectedUser {
  id: string;
  displayName: string;
  roles: Role[];
}

export type UpdateRolesOutcome = Outcome<{ value: { roles: string[] } }>;

export interface UpdateRolesContext extends UpdateRolesInput {
  selected?: SelectedUser;
  agentType: AgentType;
  adminType: AdminType;
  failure?: { key: string; ruleId?: string };
  /** Set after a successful Update, until the choice changes again. */
  updated: boolean;
}

export type UpdateRolesEvent =
  | { type: 'select'; user: SelectedUser }
  | { type: 'agent.changed'; value: AgentType }
  | { type: 'admin.changed'; value: AdminType }
  | { type: 'update' }
  | { type: 'close' }
  | { type: 'refresh'; subject: AccessSubject };

/** Why the current choice can't be saved, checked before the repository sees it (which checks again). */
export function choiceProblem(
  context: Pick<UpdateRolesContext, 'subject' | 'selected' | 'agentType' | 'adminType'>,
): { key: string; ruleId: string } | null {
  const { agents, admins } = choiceLists(context.agentType, context.adminType);
  const roles = checkRoleChoice(agents, admins);
  if (roles) return { key: `users:roles.errors.${roles}`, ruleId: 'R-IND-7' };
  const before = context.selected?.roles ?? [];
  const grant = checkGlobalAdminChange(
    context.subject.roles,
    before,
    rolesWith(before, context.agentType, context.adminType),
  );
  if (grant) return { key: `users:roles.errors.${grant}`, ruleId: 'R-IND-7' };
  return null;
}

/** What selecting a user puts in the form: their current agent type and admin type. */
function selection(user: SelectedUser): Partial<UpdateRolesContext> {
  return {
    selected: user,
    agentType: agentTypeOf(user.roles),
    adminType: adminTypeOf(user.roles),
    failure: undefined,
    updated: false,
  };
}

export const updateUserRolesMachine = setup({
  types: {
    context: {} as UpdateRolesContext,
    events: {} as UpdateRolesEvent,
    input: {} as UpdateRolesInput,
  },
  actors: {
    updateRoles: notProvided<
      UpdateRolesOutcome,
      { targetId: string; agentType: AgentType; adminType: AdminType }
    >('updateRoles'),
  },
  guards: {
    // R-IND-7: only Admin agents, Global admins and User admins select a user to change roles.
    mayAssign: ({ context }) => R_IND_7_mayAssignRoles(context.subject),
    choiceValid: ({ context }) => choiceProblem(context) === null,
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<UpdateRolesContext, UpdateRolesEvent>() },
}).createMachine({
  id: 'updateUserRoles',
  context: ({ input }) => ({ ...input, agentType: 'none', adminType: 'none', updated: false }),
  initial: 'idle',
  on: {
    // The persona's own roles change live (e.g. after giving themself Admin agent).
    refresh: { actions: assign({ subject: ({ event }) => event.subject }) },
  },
  states: {
    idle: {
      on: {
        select: {
          guard: 'mayAssign',
          target: 'editing',
          actions: assign(({ event }) => selection(event.user)),
        },
      },
    },
    editing: {
      on: {
        select: {
          guard: 'mayAssign',
          target: 'editing',
          actions: assign(({ event }) => selection(event.user)),
        },
        'agent.changed': {
          actions: assign({
            agentType: ({ event }) => event.value,
            failure: undefined,
            updated: false,
          }),
        },
        'admin.changed': {
          actions: assign({
            adminType: ({ event }) => event.value,
            failure: undefined,
            updated: false,
          }),
        },
        update: [
          {
            guard: and(['mayAssign', 'choiceValid']),
            target: 'updating',
            actions: assign({ failure: undefined, updated: false }),
          },
          {
            guard: 'mayAssign',
            actions: assign({
              failure: ({ context }) => choiceProblem(context) ?? undefined,
              updated: false,
            }),
          },
          {
            actions: assign({
              failure: { key: 'rules:R-IND-7', ruleId: 'R-IND-7' },
              updated: false,
            }),
          },
        ],
        close: {
          target: 'idle',
          actions: assign({ selected: undefined, failure: undefined, updated: false }),
        },
      },
    },
    updating: {
      invoke: {
        id: 'updateRoles',
        src: 'updateRoles',
        input: ({ context }) => ({
          targetId: context.selected!.id,
          agentType: context.agentType,
          adminType: context.adminType,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'editing',
            actions: assign(({ context, event }) => ({
              updated: true,
              selected:
                event.output.ok && context.selected
                  ? { ...context.selected, roles: event.output.value.roles as Role[] }
                  : context.selected,
            })),
          },
          {
            target: 'editing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'users:roles.errors.failed' } }),
        },
      },
    },
  },
});
