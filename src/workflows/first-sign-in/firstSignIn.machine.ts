import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { checkNewPassword } from '../../domain/passwords';
import { checkSignInFields } from '../../domain/userRules';
import type { Outcome } from '../../domain/outcome';

// R-IND-6: "The user will need to sign in to the Partner Center with their user name and
// temporary password. When the user signs in for the first time, they are prompted to change
// their password." Step 1 checks the temporary password (nothing changes); step 2 sets the new
// one. Not persisted: the context holds passwords, which must never reach storage.

export interface FirstSignInInput {
  /** Prefilled with the persona's user name (their email). */
  userName: string;
}

export interface FirstSignInContext {
  userName: string;
  temporary: string;
  password: string;
  confirmation: string;
  errorKey?: string;
}

export type SignInField = 'userName' | 'temporary' | 'password' | 'confirmation';

export type FirstSignInEvent =
  | { type: 'field.changed'; field: SignInField; value: string }
  | { type: 'submit' }
  | { type: 'back' };

export type SignInOutcome = Outcome;

export interface SignInCredentials {
  userName: string;
  temporary: string;
}

/** Why the chosen password can't be used (R-IND-6), or null. */
export function newPasswordProblem(
  context: Pick<FirstSignInContext, 'password' | 'confirmation' | 'temporary'>,
): string | null {
  const problem = checkNewPassword(context.password, context.confirmation, context.temporary);
  return problem ? `users:signIn.errors.password.${problem}` : null;
}

function fieldsProblem(context: Pick<FirstSignInContext, 'userName' | 'temporary'>): string | null {
  const problem = checkSignInFields(context.userName, context.temporary);
  return problem ? `users:signIn.errors.${problem}` : null;
}

export const firstSignInMachine = setup({
  types: {
    context: {} as FirstSignInContext,
    events: {} as FirstSignInEvent,
    input: {} as FirstSignInInput,
  },
  actors: {
    verifyTemporary: notProvided<SignInOutcome, SignInCredentials>('verifyTemporary'),
    changePassword: notProvided<
      SignInOutcome,
      SignInCredentials & { password: string; confirmation: string }
    >('changePassword'),
  },
  guards: {
    credentialsFilled: ({ context }) => fieldsProblem(context) === null,
    newPasswordOk: ({ context }) => newPasswordProblem(context) === null,
    succeeded,
    // The temporary password stopped matching (changed elsewhere, e.g. reset in another tab): start again.
    credentialsRejected: (_, p: { result: SignInOutcome }) =>
      !p.result.ok && p.result.key === 'users:signIn.errors.wrongCredentials',
  },
  actions: { assignRefusal: assignRefusal<FirstSignInContext, FirstSignInEvent>() },
}).createMachine({
  id: 'firstSignIn',
  context: ({ input }) => ({
    userName: input.userName,
    temporary: '',
    password: '',
    confirmation: '',
  }),
  initial: 'signingIn',
  states: {
    signingIn: {
      on: {
        'field.changed': {
          actions: assign(({ context, event }) =>
            event.field === 'userName' || event.field === 'temporary'
              ? { ...context, [event.field]: event.value, errorKey: undefined }
              : {},
          ),
        },
        submit: [
          {
            guard: 'credentialsFilled',
            target: 'verifying',
            actions: assign({ errorKey: undefined }),
          },
          { actions: assign({ errorKey: ({ context }) => fieldsProblem(context) ?? undefined }) },
        ],
      },
    },
    verifying: {
      invoke: {
        id: 'verifyTemporary',
        src: 'verifyTemporary',
        input: ({ context }) => ({ userName: context.userName, temporary: context.temporary }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'choosing',
          },
          // Nothing changes on a wrong password; the field is emptied to be typed again.
          {
            target: 'signingIn',
            actions: [
              { type: 'assignRefusal', params: { to: 'errorKey', as: 'key' } },
              assign({ temporary: '' }),
            ],
          },
        ],
        onError: {
          target: 'signingIn',
          actions: assign({ errorKey: 'users:signIn.errors.failed' }),
        },
      },
    },
    choosing: {
      on: {
        'field.changed': {
          actions: assign(({ context, event }) =>
            event.field === 'password' || event.field === 'confirmation'
              ? { ...context, [event.field]: event.value, errorKey: undefined }
              : {},
          ),
        },
        submit: [
          { guard: 'newPasswordOk', target: 'saving', actions: assign({ errorKey: undefined }) },
          {
            actions: assign({
              errorKey: ({ context }) => newPasswordProblem(context) ?? undefined,
            }),
          },
        ],
        back: {
          target: 'signingIn',
          actions: assign({ temporary: '', password: '', confirmation: '', errorKey: undefined }),
        },
      },
    },
    saving: {
      invoke: {
        id: 'changePassword',
        src: 'changePassword',
        input: ({ context }) => ({
          userName: context.userName,
          temporary: context.temporary,
          password: context.password,
          confirmation: context.confirmation,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'done',
            actions: assign({ temporary: '', password: '', confirmation: '' }),
          },
          {
            guard: {
              type: 'credentialsRejected',
              params: ({ event }) => ({ result: event.output }),
            },
            target: 'signingIn',
            actions: assign({
              errorKey: 'users:signIn.errors.wrongCredentials',
              temporary: '',
              password: '',
              confirmation: '',
            }),
          },
          {
            target: 'choosing',
            actions: { type: 'assignRefusal', params: { to: 'errorKey', as: 'key' } },
          },
        ],
        onError: {
          target: 'choosing',
          actions: assign({ errorKey: 'users:signIn.errors.failed' }),
        },
      },
    },
    done: { type: 'final' },
  },
});
