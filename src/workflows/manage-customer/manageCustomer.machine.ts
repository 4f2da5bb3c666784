import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { decideManage } from '../../domain/partnerRules';
import type { Relationship, Subscription } from '../../domain/types';
import type { Outcome } from '../../domain/outcome';

// W-REQUEST step 6: expand the customer's record to manage account, services, users and
// licenses. One small machine serves each management action; the rules R-REQ-1, R-MPR-6 and
// R-REQ-6 decide which can start (the page shows why the others can't).

export type ManageKind =
  'addUser' | 'resetPassword' | 'addLicenses' | 'addAzureSubscription' | 'serviceRequest';

export interface ManageFacts {
  relationship:
    Pick<Relationship, 'adminRoles' | 'resellerOf' | 'partnerId' | 'rolesRemovedAt'> | undefined;
  hasMca: boolean;
  subscriptions: Pick<Subscription, 'id' | 'offerId' | 'partnerId'>[];
}

export interface ManageContext extends ManageFacts {
  kind?: ManageKind;
  /** The user or subscription acted on. */
  target?: string;
  form: Record<string, string>;
  result?: Record<string, string>;
  failure?: { key: string; params?: Record<string, string> };
}

export type ManageEvent =
  | { type: 'open'; kind: ManageKind; target?: string }
  | { type: 'field.changed'; name: string; value: string }
  | { type: 'submit' }
  | { type: 'close' }
  | { type: 'refresh'; facts: ManageFacts };

export type ManageResult = Outcome<{ value: Record<string, string> }>;

/** Whether an action may start, from the facts: the one place the page's buttons ask. */
export function mayStart(facts: ManageFacts, kind: ManageKind, target?: string): boolean {
  if (kind === 'serviceRequest') {
    // R-REQ-6: offered once the customer removed the partner's admin permissions.
    return !!facts.relationship?.rolesRemovedAt && facts.relationship.adminRoles.length === 0;
  }
  const subscription = facts.subscriptions.find((s) => s.id === target);
  return (
    decideManage(kind, { relationship: facts.relationship, hasMca: facts.hasMca, subscription }) ===
    null
  );
}

export const manageCustomerMachine = setup({
  types: { context: {} as ManageContext, events: {} as ManageEvent, input: {} as ManageFacts },
  actors: {
    perform: notProvided<
      ManageResult,
      { kind: ManageKind; target?: string; form: Record<string, string> }
    >('perform'),
  },
  guards: {
    mayStart: ({ context }, p: { kind: ManageKind; target?: string }) =>
      mayStart(context, p.kind, p.target),
    succeeded,
  },
  actions: {
    assignOk: assignOk<ManageContext, ManageEvent>(),
    assignRefusal: assignRefusal<ManageContext, ManageEvent>(),
  },
}).createMachine({
  id: 'manageCustomer',
  context: ({ input }) => ({ ...input, form: {} }),
  initial: 'idle',
  on: {
    refresh: { actions: assign(({ event }) => ({ ...event.facts })) },
  },
  states: {
    idle: {
      on: {
        open: {
          guard: {
            type: 'mayStart',
            params: ({ event }) => ({ kind: event.kind, target: event.target }),
          },
          target: 'editing',
          actions: assign(({ event }) => ({
            kind: event.kind,
            target: event.target,
            form: {},
            result: undefined,
            failure: undefined,
          })),
        },
      },
    },
    editing: {
      on: {
        'field.changed': {
          actions: assign({
            form: ({ context, event }) => ({ ...context.form, [event.name]: event.value }),
            failure: undefined,
          }),
        },
        submit: 'submitting',
        close: 'idle',
      },
    },
    submitting: {
      invoke: {
        id: 'perform',
        src: 'perform',
        input: ({ context }) => ({
          kind: context.kind!,
          target: context.target,
          form: context.form,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'done',
            actions: { type: 'assignOk', params: { result: 'value' } },
          },
          {
            target: 'editing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'partnerCenter:manage.errors.failed' } }),
        },
      },
    },
    done: { on: { close: 'idle' } },
  },
});
