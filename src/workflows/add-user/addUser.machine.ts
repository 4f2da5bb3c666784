import { assign, setup } from 'xstate';
import { assignOk, notProvided, succeeded } from '../kit/outcome';
import type { AccessSubject } from '../../domain/access';
import {
  checkNewUser,
  hasErrors,
  R_IND_5_decideAddUser,
  type NewUserDraft,
  type NewUserErrors,
  type Refusal,
} from '../../domain/userRules';
import type { AddedUser, UserOutcome } from '../../db/repositories/userRepository';

// W-ADD-USER: Settings > User management, Add user, full name and unique email, agent type and
// admin type, Add; the sign-in details are shown once (R-IND-6). Adding users needs Admin agent
// (R-IND-5) or User admin (R-IND-7): the machine starts refused otherwise.

/** Bump when the persisted context or states change: an older snapshot is then discarded. */
export const ADD_USER_MACHINE_VERSION = 1;

export interface AddUserInput {
  subject: AccessSubject;
  /** The partner's own domain: new addresses must be on it. */
  organizationDomain: string;
}

export type { AddedUser };
export type AddUserOutcome = UserOutcome<AddedUser>;

export type DraftField = keyof NewUserDraft;

export interface AddUserContext extends AddUserInput {
  draft: NewUserDraft;
  errors: NewUserErrors;
  failure?: { key: string; ruleId?: string; params?: Record<string, string> };
  refusal?: Refusal;
  /** Only in the state `added`, and never persisted: the password is shown once (R-IND-6). */
  added?: AddedUser;
}

export type AddUserEvent =
  | { type: 'field.changed'; field: DraftField; value: string }
  | { type: 'submit' }
  | { type: 'another' };

export const EMPTY_DRAFT: NewUserDraft = {
  displayName: '',
  email: '',
  agentType: 'none',
  adminType: 'none',
};

const FIELD_ERROR: Record<DraftField, keyof NewUserErrors> = {
  displayName: 'displayName',
  email: 'email',
  agentType: 'roles',
  adminType: 'roles',
};

export const addUserMachine = setup({
  types: { context: {} as AddUserContext, events: {} as AddUserEvent, input: {} as AddUserInput },
  actors: {
    addUser: notProvided<AddUserOutcome, NewUserDraft>('addUser'),
  },
  guards: {
    // R-IND-5 / R-IND-7: may this persona add users at all?
    mayAdd: ({ context }) => R_IND_5_decideAddUser(context.subject) === null,
    // R-IND-6 (name, email) and R-IND-7 (roles), before anything is sent to the repository.
    draftValid: ({ context }) =>
      !hasErrors(checkNewUser(context.draft, context.organizationDomain)),
    succeeded,
  },
  actions: { assignOk: assignOk<AddUserContext, AddUserEvent>() },
}).createMachine({
  id: 'addUser',
  version: String(ADD_USER_MACHINE_VERSION),
  context: ({ input }) => ({ ...input, draft: { ...EMPTY_DRAFT }, errors: {} }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'mayAdd', target: 'editing' },
        {
          target: 'refused',
          actions: assign({
            refusal: ({ context }) => R_IND_5_decideAddUser(context.subject) ?? undefined,
          }),
        },
      ],
    },
    editing: {
      tags: ['persist'],
      on: {
        'field.changed': {
          actions: assign(({ context, event }) => {
            const errors = { ...context.errors };
            delete errors[FIELD_ERROR[event.field]];
            return {
              draft: { ...context.draft, [event.field]: event.value },
              errors,
              failure: undefined,
            };
          }),
        },
        submit: [
          {
            guard: 'draftValid',
            target: 'adding',
            actions: assign({ errors: {}, failure: undefined }),
          },
          {
            actions: assign({
              errors: ({ context }) => checkNewUser(context.draft, context.organizationDomain),
              failure: undefined,
            }),
          },
        ],
      },
    },
    adding: {
      invoke: {
        id: 'addUser',
        src: 'addUser',
        input: ({ context }) => context.draft,
        onDone: [
          {
            guard: 'succeeded',
            target: 'added',
            actions: { type: 'assignOk', params: { added: 'value' } },
          },
          {
            target: 'editing',
            actions: assign(({ event }) => {
              const out = event.output;
              if (out.ok) return {};
              // A field's problem (e.g. the email is taken) is shown at the field; others above the form.
              return out.fields
                ? { errors: out.fields, failure: undefined }
                : { failure: { key: out.key, ruleId: out.ruleId, params: out.params } };
            }),
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'users:add.errors.failed' } }),
        },
      },
    },
    added: {
      tags: ['finished'],
      on: {
        another: {
          target: 'editing',
          actions: assign({
            draft: () => ({ ...EMPTY_DRAFT }),
            errors: {},
            failure: undefined,
            added: undefined,
          }),
        },
      },
    },
    refused: { type: 'final', tags: ['finished'] },
  },
});
