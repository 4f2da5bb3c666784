import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { SECURITY_GROUPS, type SecurityGroupId } from '../../domain/adminRelationship';
import type { EntraRole } from '../../domain/entraRoles';
import type { Outcome, Refusal } from '../../domain/outcome';
import type { RelationshipOutcome } from '../../db/repositories/adminRelationships';

// W-GDAP-ASSIGN: the relationship > Add security groups; pick groups, Next; Select Microsoft
// Entra roles (only the approved ones, R-GDAP-8); Save; status Pending, then Active after a
// short delay (the portal takes about 30 s). Pure: the delay is the machine's own `after`.

/** The simulator's stand-in for the portal's ~30 s: short, so a walkthrough doesn't stall. */
export const ACTIVATION_DELAY_MS = 3000;

export interface GdapAssignInput {
  relationshipId: string;
  /** The approved relationship's roles: the only ones offered (R-GDAP-8). */
  approvedRoles: readonly EntraRole[];
}

export interface GdapAssignContext extends GdapAssignInput {
  groups: SecurityGroupId[];
  roles: EntraRole[];
  failure?: Refusal;
}

export type GdapAssignEvent =
  | { type: 'group.toggle'; group: SecurityGroupId; checked: boolean }
  | { type: 'next' }
  | { type: 'role.toggle'; role: EntraRole; checked: boolean }
  | { type: 'save' }
  | { type: 'back' }
  | { type: 'restart' };

const toggle = <T>(list: readonly T[], item: T, on: boolean, order: readonly T[]) =>
  order.filter((x) => (x === item ? on : list.includes(x)));

export const gdapAssignMachine = setup({
  types: {
    context: {} as GdapAssignContext,
    events: {} as GdapAssignEvent,
    input: {} as GdapAssignInput,
  },
  actors: {
    save: notProvided<
      RelationshipOutcome,
      { relationshipId: string; groups: SecurityGroupId[]; roles: EntraRole[] }
    >('save'),
    activate: notProvided<Outcome<{ activated: number }>, { relationshipId: string }>('activate'),
  },
  delays: { activation: ACTIVATION_DELAY_MS },
  guards: {
    hasGroups: ({ context }) => context.groups.length > 0,
    hasRoles: ({ context }) => context.roles.length > 0,
    // R-GDAP-8: only roles of the approved relationship.
    approved: ({ context }, p: { role: EntraRole }) => context.approvedRoles.includes(p.role),
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<GdapAssignContext, GdapAssignEvent>() },
}).createMachine({
  id: 'gdapAssign',
  context: ({ input }) => ({ ...input, groups: [], roles: [] }),
  initial: 'groups',
  on: {
    restart: { target: '.groups', actions: assign({ groups: [], roles: [], failure: undefined }) },
  },
  states: {
    groups: {
      tags: ['groups'],
      on: {
        'group.toggle': {
          actions: assign({
            groups: ({ context, event }) =>
              toggle(context.groups, event.group, event.checked, SECURITY_GROUPS),
          }),
        },
        next: { guard: 'hasGroups', target: 'roles' },
      },
    },
    roles: {
      tags: ['roles'],
      on: {
        'role.toggle': {
          guard: { type: 'approved', params: ({ event }) => ({ role: event.role }) },
          actions: assign({
            roles: ({ context, event }) =>
              toggle(context.roles, event.role, event.checked, context.approvedRoles),
          }),
        },
        save: { guard: 'hasRoles', target: 'saving', actions: assign({ failure: undefined }) },
        back: 'groups',
      },
    },
    saving: {
      tags: ['roles', 'busy'],
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => ({
          relationshipId: context.relationshipId,
          groups: context.groups,
          roles: context.roles,
        }),
        onDone: [
          { guard: 'succeeded', target: 'pending' },
          { target: 'roles', actions: { type: 'assignRefusal', params: { to: 'failure' } } },
        ],
        onError: {
          target: 'roles',
          actions: assign({ failure: { key: 'gdap:assign.errors.failed' } }),
        },
      },
    },
    // Status Pending: nobody has access yet (R-GDAP-8).
    pending: { tags: ['pending'], after: { activation: 'activating' } },
    activating: {
      tags: ['pending'],
      invoke: {
        id: 'activate',
        src: 'activate',
        input: ({ context }) => ({ relationshipId: context.relationshipId }),
        onDone: [
          { guard: 'succeeded', target: 'active' },
          {
            target: 'pending',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        // Stays Pending: the clock activates it too.
        onError: { target: 'stillPending' },
      },
    },
    stillPending: { tags: ['pending', 'finished'] },
    active: { tags: ['active', 'finished'] },
  },
});
