import { assign, setup } from 'xstate';
import type { Outcome } from '../../domain/outcome';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import {
  emptyProfile,
  isEmailLike,
  R_IND_2_profileAllowed,
  validateProfile,
  type BusinessProfile,
  type ProfileErrors,
  type ProfileField,
} from '../../domain/enrollRules';
import type { NewWorkAccount } from '../../domain/enrollRules';
import type { PmcProfile } from '../../domain/types';

// W-ENROLL, the seed's steps: Welcome, Next; Sign in with the work account (or Create one);
// MPN ID explanation, Sign in; Partner Membership Center user name, Next; password, Sign in;
// choose the organization profile, Continue (or Cancel); legal business profile, primary
// contact and support details, Enroll now. What follows (email verification, the review,
// Admin agent) lives in the world, not in this machine. Passwords travel in events to the
// actors and are never kept in context, because the snapshot is persisted for reloads.

export const ENROLL_MACHINE_VERSION = 1;

export interface EnrollContext {
  workUserName: string;
  workUserId?: string;
  tenantCountry?: string;
  pmcUserName: string;
  pmcAccountId?: string;
  profiles: PmcProfile[];
  selectedMpnId?: string;
  profile: BusinessProfile;
  profileErrors: ProfileErrors;
  /** An i18n key with params, shown on the current step. */
  error?: { key: string; params?: Record<string, string> };
  notice?: string;
  enrollmentId?: string;
}

export type EnrollEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'createOne' }
  | { type: 'account.create'; account: NewWorkAccount }
  | { type: 'work.signIn'; userName: string; password: string }
  | { type: 'pmc.userName'; userName: string }
  | { type: 'pmc.signIn'; password: string }
  | { type: 'profile.select'; mpnId: string }
  | { type: 'continue' }
  | { type: 'cancel' }
  | { type: 'field.changed'; field: ProfileField; value: string }
  | { type: 'enrollNow' };

type Result<T extends object> = Outcome<T>;

export const enrollMachine = setup({
  types: { context: {} as EnrollContext, events: {} as EnrollEvent },
  actors: {
    createAccount: notProvided<Result<{ userName: string }>, NewWorkAccount>('createAccount'),
    workSignIn: notProvided<
      Result<{ userId: string; tenantId: string; country: string }>,
      { userName: string; password: string }
    >('workSignIn'),
    pmcSignIn: notProvided<
      Result<{ accountId: string; profiles: PmcProfile[] }>,
      { userName: string; password: string }
    >('pmcSignIn'),
    submit: notProvided<
      Result<{ enrollmentId: string }>,
      { userId: string; pmcAccountId: string; mpnId: string; profile: BusinessProfile }
    >('submit'),
  },
  guards: {
    ok: succeeded,
    pmcUserNameGiven: ({ context }) => isEmailLike(context.pmcUserName),
    // R-IND-2: an active organization profile in the tenant's country/region.
    profileAllowed: ({ context }) => {
      const profile = context.profiles.find((p) => p.mpnId === context.selectedMpnId);
      return (
        !!profile &&
        !!context.tenantCountry &&
        R_IND_2_profileAllowed(profile, context.tenantCountry) === null
      );
    },
    profileValid: ({ context }) =>
      Object.keys(validateProfile(context.profile, context.tenantCountry ?? '')).length === 0,
  },
  actions: {
    assignOk: assignOk<EnrollContext, EnrollEvent>(),
    assignRefusal: assignRefusal<EnrollContext, EnrollEvent>(),
  },
}).createMachine({
  id: 'enroll',
  context: {
    workUserName: '',
    pmcUserName: '',
    profiles: [],
    profile: emptyProfile(),
    profileErrors: {},
  },
  initial: 'welcome',
  states: {
    welcome: { on: { next: 'workSignIn' } },
    workSignIn: {
      on: {
        'work.signIn': {
          target: 'signingIn',
          actions: assign({
            workUserName: ({ event }) => event.userName,
            error: undefined,
            notice: undefined,
          }),
        },
        createOne: {
          target: 'createAccount',
          actions: assign({ error: undefined, notice: undefined }),
        },
        back: 'welcome',
      },
    },
    signingIn: {
      invoke: {
        id: 'workSignIn',
        src: 'workSignIn',
        input: ({ event }) =>
          event.type === 'work.signIn'
            ? { userName: event.userName, password: event.password }
            : { userName: '', password: '' },
        onDone: [
          {
            guard: 'ok',
            target: 'mpnInfo',
            actions: {
              type: 'assignOk',
              params: { workUserId: 'userId', tenantCountry: 'country' },
            },
          },
          {
            target: 'workSignIn',
            actions: { type: 'assignRefusal', params: { to: 'error' } },
          },
        ],
        onError: {
          target: 'workSignIn',
          actions: assign({ error: { key: 'enroll:errors.failed' } }),
        },
      },
    },
    createAccount: {
      on: {
        'account.create': { target: 'creatingAccount', actions: assign({ error: undefined }) },
        back: 'workSignIn',
      },
    },
    creatingAccount: {
      invoke: {
        id: 'createAccount',
        src: 'createAccount',
        input: ({ event }) =>
          event.type === 'account.create' ? event.account : ({} as NewWorkAccount),
        onDone: [
          {
            // Then sign in with the new account's global admin credentials (seed step 3).
            guard: 'ok',
            target: 'workSignIn',
            actions: [
              { type: 'assignOk', params: { workUserName: 'userName' } },
              assign({ notice: 'enroll:createAccount.created' }),
            ],
          },
          {
            target: 'createAccount',
            actions: { type: 'assignRefusal', params: { to: 'error' } },
          },
        ],
        onError: {
          target: 'createAccount',
          actions: assign({ error: { key: 'enroll:errors.failed' } }),
        },
      },
    },
    mpnInfo: {
      on: {
        next: { target: 'pmcUser', actions: assign({ error: undefined }) },
        back: 'workSignIn',
      },
    },
    pmcUser: {
      on: {
        'pmc.userName': {
          actions: assign({ pmcUserName: ({ event }) => event.userName.trim(), error: undefined }),
        },
        next: [
          { guard: 'pmcUserNameGiven', target: 'pmcPassword' },
          { actions: assign({ error: { key: 'enroll:pmcUser.errors.format' } }) },
        ],
      },
    },
    pmcPassword: {
      on: {
        'pmc.signIn': { target: 'pmcSigningIn', actions: assign({ error: undefined }) },
        back: 'pmcUser',
      },
    },
    pmcSigningIn: {
      invoke: {
        id: 'pmcSignIn',
        src: 'pmcSignIn',
        input: ({ context, event }) => ({
          userName: context.pmcUserName,
          password: event.type === 'pmc.signIn' ? event.password : '',
        }),
        onDone: [
          {
            guard: 'ok',
            target: 'chooseProfile',
            actions: [
              { type: 'assignOk', params: { pmcAccountId: 'accountId', profiles: 'profiles' } },
              assign({ selectedMpnId: undefined }),
            ],
          },
          {
            target: 'pmcPassword',
            actions: { type: 'assignRefusal', params: { to: 'error' } },
          },
        ],
        onError: {
          target: 'pmcPassword',
          actions: assign({ error: { key: 'enroll:errors.failed' } }),
        },
      },
    },
    chooseProfile: {
      on: {
        'profile.select': {
          actions: assign({ selectedMpnId: ({ event }) => event.mpnId, error: undefined }),
        },
        continue: [
          { guard: 'profileAllowed', target: 'profile', actions: assign({ error: undefined }) },
          {
            actions: assign({
              error: ({ context }) => {
                const profile = context.profiles.find((p) => p.mpnId === context.selectedMpnId);
                const problem =
                  profile && context.tenantCountry
                    ? R_IND_2_profileAllowed(profile, context.tenantCountry)
                    : 'none';
                return { key: `enroll:chooseProfile.errors.${problem ?? 'none'}` };
              },
            }),
          },
        ],
        // Sign in again with the PMC account of the profile you want (seed step 7).
        cancel: {
          target: 'pmcUser',
          actions: assign({
            pmcAccountId: undefined,
            profiles: [],
            selectedMpnId: undefined,
            pmcUserName: '',
            error: undefined,
          }),
        },
      },
    },
    profile: {
      on: {
        'field.changed': {
          actions: assign({
            profile: ({ context, event }) => ({ ...context.profile, [event.field]: event.value }),
            profileErrors: ({ context, event }) => ({
              ...context.profileErrors,
              [event.field]: undefined,
            }),
            error: undefined,
          }),
        },
        enrollNow: [
          { guard: 'profileValid', target: 'submitting', actions: assign({ profileErrors: {} }) },
          {
            actions: assign({
              profileErrors: ({ context }) =>
                validateProfile(context.profile, context.tenantCountry ?? ''),
              error: { key: 'enroll:profile.errors.fix' },
            }),
          },
        ],
        back: 'chooseProfile',
      },
    },
    submitting: {
      invoke: {
        id: 'submit',
        src: 'submit',
        input: ({ context }) => ({
          userId: context.workUserId!,
          pmcAccountId: context.pmcAccountId!,
          mpnId: context.selectedMpnId!,
          profile: context.profile,
        }),
        onDone: [
          {
            guard: 'ok',
            target: 'submitted',
            actions: { type: 'assignOk', params: { enrollmentId: 'enrollmentId' } },
          },
          {
            target: 'profile',
            actions: { type: 'assignRefusal', params: { to: 'error' } },
          },
        ],
        onError: { target: 'profile', actions: assign({ error: { key: 'enroll:errors.failed' } }) },
      },
    },
    submitted: { type: 'final' },
  },
});
