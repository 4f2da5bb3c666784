import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { checkResellerEmail } from '../../domain/providerRules';
import type { Outcome } from '../../domain/outcome';

// W-CONNECT-PROVIDER, provider side (step 1): on Indirect resellers, the indirect provider
// types the reseller Admin agent's email address and sends the invitation. The address is
// checked here for form (empty, too long, markup, not an address) and again, with everything
// else (who the addressee is, R-IND-7, cloud and region), by the repository. Pure machine.

export interface InviteResellerContext {
  email: string;
  /** Input problem, as an i18n key. */
  error?: string;
  /** Refusal from the repository, with the rule behind it if any. */
  failure?: { key: string; ruleId?: string; params?: Record<string, string> };
  sentTo?: { resellerName: string; address: string };
}

export type InviteResellerEvent =
  { type: 'email.changed'; email: string } | { type: 'send' } | { type: 'restart' };

export type InviteResellerOutcome = Outcome<{ value: { resellerName: string; address: string } }>;

export const inviteResellerMachine = setup({
  types: { context: {} as InviteResellerContext, events: {} as InviteResellerEvent },
  actors: {
    sendInvitation: notProvided<InviteResellerOutcome, { email: string }>('sendInvitation'),
  },
  guards: {
    emailValid: ({ context }) => checkResellerEmail(context.email) === null,
    sent: succeeded,
  },
  actions: {
    assignOk: assignOk<InviteResellerContext, InviteResellerEvent>(),
    assignRefusal: assignRefusal<InviteResellerContext, InviteResellerEvent>(),
  },
}).createMachine({
  id: 'inviteReseller',
  context: { email: '' },
  initial: 'editing',
  states: {
    editing: {
      on: {
        'email.changed': {
          actions: assign({
            email: ({ event }) => event.email,
            error: undefined,
            failure: undefined,
          }),
        },
        send: [
          {
            guard: 'emailValid',
            target: 'sending',
            actions: assign({ error: undefined, failure: undefined }),
          },
          {
            actions: assign({
              error: ({ context }) =>
                `providers:invite.errors.email.${checkResellerEmail(context.email)}`,
            }),
          },
        ],
      },
    },
    sending: {
      invoke: {
        id: 'sendInvitation',
        src: 'sendInvitation',
        input: ({ context }) => ({ email: context.email }),
        onDone: [
          {
            guard: 'sent',
            target: 'sent',
            actions: { type: 'assignOk', params: { sentTo: 'value' } },
          },
          {
            target: 'editing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'providers:errors.failed' } }),
        },
      },
    },
    sent: {
      on: {
        restart: {
          target: 'editing',
          actions: assign({ email: '', error: undefined, failure: undefined, sentTo: undefined }),
        },
      },
    },
  },
});
