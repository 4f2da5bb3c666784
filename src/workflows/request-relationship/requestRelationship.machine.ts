import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import {
  R_IND_11_linkKept,
  validateComposer,
  type ComposerErrors,
  type MailDraft,
} from '../../domain/composer';
import type { SendInput, SendOutcome } from '../../db/repositories/requestRepository';

// W-REQUEST (and W-INVITE-3WAY, the same steps with the indirect provider named too):
// Request a reseller relationship; tick or clear Include delegated administration privileges
// (R-REQ-2: not clearable in US Government / Germany; R-GDAP-1: absent in the Today edition); review and edit the draft email (the
// personal link must stay, R-IND-11); Done; send it from the composer. Pure machine.

export const REQUEST_MACHINE_VERSION = 1;

export type Draft = MailDraft;

export interface RequestInput {
  kind: 'reseller' | 'resellerWithProvider';
  providerId?: string;
  /** R-REQ-2, decided by the page from the partner's cloud. */
  canOmitAdminRoles: boolean;
  /**
   * R-GDAP-1, decided by the page from the world's edition: false in the Today edition, where the
   * request has no delegated-administration option and never asks for admin roles. Absent: 2020.
   */
  delegatedAdminOffered?: boolean;
}

export interface RequestContext extends RequestInput {
  includeAdminRoles: boolean;
  token?: string;
  link?: string;
  draft: Draft;
  to: string;
  errors: ComposerErrors;
  failure?: { key: string; params?: Record<string, string> };
  sentTo?: string;
}

export type RequestEvent =
  | { type: 'dap.toggle'; checked: boolean }
  | { type: 'next' }
  | { type: 'draft.changed'; draft: Partial<Draft> }
  | { type: 'done' }
  | { type: 'to.changed'; to: string }
  | { type: 'send' }
  | { type: 'send.anyway' }
  | { type: 'back' }
  | { type: 'restart' };

export interface PreparedDraft {
  token: string;
  link: string;
  draft: Draft;
}

export type { SendInput, SendOutcome };

export const requestRelationshipMachine = setup({
  types: { context: {} as RequestContext, events: {} as RequestEvent, input: {} as RequestInput },
  actors: {
    prepareDraft: notProvided<PreparedDraft, { includeAdminRoles: boolean }>('prepareDraft'),
    sendInvitation: notProvided<SendOutcome, SendInput>('sendInvitation'),
  },
  guards: {
    // R-REQ-2: clearing the box is only possible where the option exists.
    // R-GDAP-1: in the Today edition there is no box to tick.
    mayToggle: ({ context }, p: { checked: boolean }) =>
      p.checked ? context.delegatedAdminOffered !== false : context.canOmitAdminRoles,
    composerValid: ({ context }) =>
      Object.keys(validateComposer({ to: context.to, ...context.draft })).length === 0,
    // R-IND-11: the personal link is still in the text.
    linkKept: ({ context }) =>
      !!context.link && R_IND_11_linkKept(context.draft.body, context.link),
    sent: succeeded,
  },
  actions: {
    assignOk: assignOk<RequestContext, RequestEvent>(),
    assignRefusal: assignRefusal<RequestContext, RequestEvent>(),
  },
}).createMachine({
  id: 'requestRelationship',
  version: String(REQUEST_MACHINE_VERSION),
  context: ({ input }) => ({
    ...input,
    includeAdminRoles: input.delegatedAdminOffered !== false,
    draft: { subject: '', body: '' },
    to: '',
    errors: {},
  }),
  initial: 'options',
  on: {
    restart: {
      target: '.options',
      actions: assign({
        includeAdminRoles: ({ context }) => context.delegatedAdminOffered !== false,
        token: undefined,
        link: undefined,
        draft: { subject: '', body: '' },
        to: '',
        errors: {},
        failure: undefined,
        sentTo: undefined,
      }),
    },
  },
  states: {
    options: {
      tags: ['persist', 'options'],
      on: {
        'dap.toggle': {
          guard: { type: 'mayToggle', params: ({ event }) => ({ checked: event.checked }) },
          actions: assign({ includeAdminRoles: ({ event }) => event.checked }),
        },
        next: 'preparing',
      },
    },
    preparing: {
      tags: ['options'],
      invoke: {
        id: 'prepareDraft',
        src: 'prepareDraft',
        input: ({ context }) => ({ includeAdminRoles: context.includeAdminRoles }),
        onDone: {
          target: 'draft',
          actions: assign({
            token: ({ event }) => event.output.token,
            link: ({ event }) => event.output.link,
            draft: ({ event }) => event.output.draft,
          }),
        },
        onError: {
          target: 'options',
          actions: assign({ failure: { key: 'partnerCenter:request.errors.prepareFailed' } }),
        },
      },
    },
    draft: {
      tags: ['persist'],
      on: {
        'draft.changed': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, ...event.draft }),
            errors: {},
          }),
        },
        done: 'composing',
        back: 'options',
      },
    },
    composing: {
      tags: ['persist', 'composer'],
      on: {
        'to.changed': {
          actions: assign({ to: ({ event }) => event.to, errors: {}, failure: undefined }),
        },
        'draft.changed': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, ...event.draft }),
            errors: {},
            failure: undefined,
          }),
        },
        send: [
          { guard: { type: 'composerValid' }, target: 'checkingLink' },
          {
            actions: assign({
              errors: ({ context }) => validateComposer({ to: context.to, ...context.draft }),
            }),
          },
        ],
        back: 'draft',
      },
    },
    checkingLink: {
      tags: ['composer'],
      always: [{ guard: 'linkKept', target: 'sending' }, { target: 'confirmNoLink' }],
    },
    // R-IND-11: warn that without the link the customer can't accept; sending anyway is the learner's call.
    confirmNoLink: {
      tags: ['persist', 'composer'],
      on: { 'send.anyway': 'sending', back: 'composing' },
    },
    sending: {
      tags: ['composer'],
      invoke: {
        id: 'sendInvitation',
        src: 'sendInvitation',
        input: ({ context }) => ({
          kind: context.kind,
          providerId: context.providerId,
          includeAdminRoles: context.includeAdminRoles,
          token: context.token!,
          link: context.link!,
          to: context.to,
          draft: context.draft,
        }),
        onDone: [
          {
            guard: 'sent',
            target: 'sent',
            actions: [
              { type: 'assignOk', params: { sentTo: 'customerName' } },
              assign({ failure: undefined }),
            ],
          },
          {
            target: 'composing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'composing',
          actions: assign({ failure: { key: 'partnerCenter:request.errors.sendFailed' } }),
        },
      },
    },
    sent: { tags: ['finished'] },
  },
});
