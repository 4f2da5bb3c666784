import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type { OfferBlock } from '../../domain/o365Rules';
import type {
  OfferActionOutcome,
  OfferLoad,
  OfferView,
} from '../../db/repositories/o365Repository';

// The customer's answer to a trial invitation or purchase offer (W-TRIAL / W-OFFER, customer
// side): open the personal link from the email; start the trial or accept the offer; answer the
// delegated administration offer separately (R-O365-2), confirming what it grants (R-MPR-3).
// After each answer the offer is read again: another tab, or the clock, may have changed it.
// Pure: the page provides load, acceptServices and answerDelegatedAdmin (repository calls).

export type OfferNotice = 'servicesAccepted' | 'delegatedAdminAccepted' | 'delegatedAdminDeclined';

export interface AcceptOfferContext {
  token: string;
  view?: OfferView;
  block?: OfferBlock;
  failure?: { key: string; params?: Record<string, string> };
  notice?: OfferNotice;
}

export type AcceptOfferEvent =
  | { type: 'services.accept' }
  | { type: 'da.accept' }
  | { type: 'da.decline' }
  | { type: 'confirm' }
  | { type: 'dismiss' }
  | { type: 'reload' };

/** What an answer leaves to show: a confirmation, or why it was refused (nothing changed then). */
function outcome(
  o: OfferActionOutcome,
  notice: OfferNotice,
): Pick<AcceptOfferContext, 'notice' | 'failure'> {
  return o.ok
    ? { notice, failure: undefined }
    : { notice: undefined, failure: { key: o.key, params: o.params } };
}

export const acceptOfferMachine = setup({
  types: {
    context: {} as AcceptOfferContext,
    events: {} as AcceptOfferEvent,
    input: {} as { token: string },
  },
  actors: {
    load: notProvided<OfferLoad, { token: string }>('load'),
    acceptServices: notProvided<OfferActionOutcome, { token: string }>('acceptServices'),
    answerDelegatedAdmin: notProvided<OfferActionOutcome, { token: string; accept: boolean }>(
      'answerDelegatedAdmin',
    ),
  },
  guards: {
    loaded: succeeded,
    servicesOpen: ({ context }) => !!context.view?.servicesOpen,
    // R-O365-2: the delegated administration offer is answered once, on its own.
    delegatedAdminOpen: ({ context }) => !!context.view?.delegatedAdminOpen,
  },
  actions: {
    assignOk: assignOk<AcceptOfferContext, AcceptOfferEvent>(),
    assignRefusal: assignRefusal<AcceptOfferContext, AcceptOfferEvent>(),
  },
}).createMachine({
  id: 'acceptOffer',
  context: ({ input }) => ({ token: input.token }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        id: 'load',
        src: 'load',
        input: ({ context }) => ({ token: context.token }),
        onDone: [
          {
            guard: 'loaded',
            target: 'review',
            actions: [{ type: 'assignOk', params: { view: 'view' } }, assign({ block: undefined })],
          },
          {
            target: 'blocked',
            actions: [
              { type: 'assignRefusal', params: { to: 'block' } },
              assign({ view: undefined }),
            ],
          },
        ],
        onError: { target: 'blocked', actions: assign({ block: { key: 'notFound' as const } }) },
      },
    },
    review: {
      on: {
        'services.accept': {
          guard: 'servicesOpen',
          target: 'acceptingServices',
          actions: assign({ failure: undefined, notice: undefined }),
        },
        'da.accept': {
          guard: 'delegatedAdminOpen',
          target: 'confirmingDelegatedAdmin',
          actions: assign({ failure: undefined, notice: undefined }),
        },
        'da.decline': {
          guard: 'delegatedAdminOpen',
          target: 'decliningDelegatedAdmin',
          actions: assign({ failure: undefined, notice: undefined }),
        },
        reload: 'loading',
      },
    },
    // R-MPR-3: say what delegated administration grants before it is granted.
    confirmingDelegatedAdmin: {
      on: { confirm: 'authorizingDelegatedAdmin', dismiss: 'review' },
    },
    acceptingServices: {
      invoke: {
        id: 'acceptServices',
        src: 'acceptServices',
        input: ({ context }) => ({ token: context.token }),
        onDone: {
          target: 'loading',
          actions: assign(({ event }) => outcome(event.output, 'servicesAccepted')),
        },
        onError: {
          target: 'loading',
          actions: assign({ failure: { key: 'o365:offer.errors.failed' } }),
        },
      },
    },
    authorizingDelegatedAdmin: {
      invoke: {
        id: 'answerDelegatedAdmin',
        src: 'answerDelegatedAdmin',
        input: ({ context }) => ({ token: context.token, accept: true }),
        onDone: {
          target: 'loading',
          actions: assign(({ event }) => outcome(event.output, 'delegatedAdminAccepted')),
        },
        onError: {
          target: 'loading',
          actions: assign({ failure: { key: 'o365:offer.errors.failed' } }),
        },
      },
    },
    decliningDelegatedAdmin: {
      invoke: {
        id: 'declineDelegatedAdmin',
        src: 'answerDelegatedAdmin',
        input: ({ context }) => ({ token: context.token, accept: false }),
        onDone: {
          target: 'loading',
          actions: assign(({ event }) => outcome(event.output, 'delegatedAdminDeclined')),
        },
        onError: {
          target: 'loading',
          actions: assign({ failure: { key: 'o365:offer.errors.failed' } }),
        },
      },
    },
    blocked: {
      on: { reload: 'loading' },
    },
  },
});
