import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import {
  R_IND_11_linkKept,
  validateComposer,
  type ComposerErrors,
  type MailDraft,
} from '../../domain/composer';
import type { SendOfferInput, SendOfferOutcome } from '../../db/repositories/o365Repository';
import {
  hasDraftErrors,
  validateOfferDraft,
  type OfferDraftErrors,
  type OfferKind,
  type ServiceDraft,
} from '../../domain/o365Rules';

// W-TRIAL and W-OFFER share their steps (seed 004: a trial invitation, then "follow up" with a
// purchase offer built the same way): from Partner overview choose one or more services (a
// purchase offer adds the number of licences of each), optionally add the delegated
// administration offer (R-O365-1), review the draft email with its personal link (R-O365-2:
// the customer answers by acting on it), address it to the customer's admin and send it.
// Views choose their panel by tag: 'options', 'composer' (issue 13). Pure machine: the page provides prepareDraft (the text in the learner's language) and
// sendOffer (the repository).

export const O365_OFFER_MACHINE_VERSION = 1;

export type Draft = MailDraft;

export interface OfferInput {
  kind: OfferKind;
  /** R-O365-1, decided by the page from the partner's programs (and again by the repository). */
  canOfferDelegatedAdmin: boolean;
}

export interface OfferContext extends OfferInput {
  services: ServiceDraft[];
  includeDelegatedAdmin: boolean;
  errors: OfferDraftErrors;
  token?: string;
  link?: string;
  draft: Draft;
  to: string;
  composerErrors: ComposerErrors;
  failure?: { key: string; params?: Record<string, string> };
  sentTo?: string;
}

export type OfferEvent =
  | { type: 'service.toggle'; offerId: string; checked: boolean }
  | { type: 'licenses.changed'; offerId: string; value: string }
  | { type: 'da.toggle'; checked: boolean }
  | { type: 'next' }
  | { type: 'draft.changed'; draft: Partial<Draft> }
  | { type: 'done' }
  | { type: 'to.changed'; to: string }
  | { type: 'send' }
  | { type: 'back' }
  | { type: 'restart' };

export interface PrepareInput {
  kind: OfferKind;
  services: ServiceDraft[];
  includeDelegatedAdmin: boolean;
}

export interface PreparedDraft {
  token: string;
  link: string;
  draft: Draft;
}

export type { SendOfferInput, SendOfferOutcome };

const draftErrors = (c: OfferContext) =>
  validateOfferDraft({
    kind: c.kind,
    services: c.services,
    includesDelegatedAdmin: c.includeDelegatedAdmin,
    canOfferDelegatedAdmin: c.canOfferDelegatedAdmin,
  });

const fresh = {
  services: [] as ServiceDraft[],
  includeDelegatedAdmin: false,
  errors: {},
  token: undefined,
  link: undefined,
  draft: { subject: '', body: '' },
  to: '',
  composerErrors: {},
  failure: undefined,
  sentTo: undefined,
};

export const o365OfferMachine = setup({
  types: { context: {} as OfferContext, events: {} as OfferEvent, input: {} as OfferInput },
  actors: {
    prepareDraft: notProvided<PreparedDraft, PrepareInput>('prepareDraft'),
    sendOffer: notProvided<SendOfferOutcome, SendOfferInput>('sendOffer'),
  },
  guards: {
    // R-O365-1: the delegated administration option can be added only by partners allowed to offer it.
    mayToggleDelegatedAdmin: ({ context }, p: { checked: boolean }) =>
      !p.checked || context.canOfferDelegatedAdmin,
    isSelected: ({ context }, p: { offerId: string }) =>
      context.services.some((s) => s.offerId === p.offerId),
    draftValid: ({ context }) => !hasDraftErrors(draftErrors(context)),
    composerValid: ({ context }) =>
      Object.keys(validateComposer({ to: context.to, ...context.draft })).length === 0,
    // R-O365-2: the customer answers through the personal link, so the mail must carry it.
    linkKept: ({ context }) =>
      !!context.link && R_IND_11_linkKept(context.draft.body, context.link),
    sent: succeeded,
  },
  actions: {
    assignOk: assignOk<OfferContext, OfferEvent>(),
    assignRefusal: assignRefusal<OfferContext, OfferEvent>(),
  },
}).createMachine({
  id: 'o365Offer',
  version: String(O365_OFFER_MACHINE_VERSION),
  context: ({ input }) => ({ ...input, ...fresh, draft: { subject: '', body: '' }, services: [] }),
  initial: 'options',
  on: {
    restart: {
      target: '.options',
      actions: assign(() => ({ ...fresh, draft: { subject: '', body: '' }, services: [] })),
    },
  },
  states: {
    options: {
      tags: ['persist', 'options'],
      on: {
        'service.toggle': {
          actions: assign({
            services: ({ context, event }) =>
              event.checked
                ? context.services.some((s) => s.offerId === event.offerId)
                  ? context.services
                  : [...context.services, { offerId: event.offerId, licenses: '' }]
                : context.services.filter((s) => s.offerId !== event.offerId),
            errors: {},
            failure: undefined,
          }),
        },
        'licenses.changed': {
          guard: { type: 'isSelected', params: ({ event }) => ({ offerId: event.offerId }) },
          actions: assign({
            services: ({ context, event }) =>
              context.services.map((s) =>
                s.offerId === event.offerId ? { ...s, licenses: event.value } : s,
              ),
            errors: {},
            failure: undefined,
          }),
        },
        'da.toggle': {
          guard: {
            type: 'mayToggleDelegatedAdmin',
            params: ({ event }) => ({ checked: event.checked }),
          },
          actions: assign({ includeDelegatedAdmin: ({ event }) => event.checked, errors: {} }),
        },
        next: [
          { guard: 'draftValid', target: 'preparing' },
          { actions: assign({ errors: ({ context }) => draftErrors(context) }) },
        ],
      },
    },
    preparing: {
      tags: ['options'],
      invoke: {
        id: 'prepareDraft',
        src: 'prepareDraft',
        input: ({ context }) => ({
          kind: context.kind,
          services: context.services,
          includeDelegatedAdmin: context.includeDelegatedAdmin,
        }),
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
          actions: assign({ failure: { key: 'o365:send.errors.prepareFailed' } }),
        },
      },
    },
    draft: {
      tags: ['persist'],
      on: {
        'draft.changed': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, ...event.draft }),
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
          actions: assign({ to: ({ event }) => event.to, composerErrors: {}, failure: undefined }),
        },
        'draft.changed': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, ...event.draft }),
            composerErrors: {},
            failure: undefined,
          }),
        },
        send: [
          { guard: 'composerValid', target: 'checkingLink' },
          {
            actions: assign({
              composerErrors: ({ context }) =>
                validateComposer({ to: context.to, ...context.draft }),
            }),
          },
        ],
        back: 'draft',
      },
    },
    checkingLink: {
      tags: ['composer'],
      always: [
        { guard: 'linkKept', target: 'sending' },
        {
          target: 'composing',
          actions: assign({ failure: { key: 'o365:send.errors.linkMissing' } }),
        },
      ],
    },
    sending: {
      tags: ['composer'],
      invoke: {
        id: 'sendOffer',
        src: 'sendOffer',
        input: ({ context }) => ({
          kind: context.kind,
          services: context.services,
          includesDelegatedAdmin: context.includeDelegatedAdmin,
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
          actions: assign({ failure: { key: 'o365:send.errors.sendFailed' } }),
        },
      },
    },
    sent: { tags: ['finished'] },
  },
});
