import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import type {
  AuthorizeOutcome,
  ProviderInvitationLoad,
  ProviderInvitationView,
} from '../../db/repositories/providerRepository';

// W-CONNECT-PROVIDER, reseller side: follow the link in the provider's email (as the
// reseller's Admin agent: another persona is refused and offered to switch), read what the
// provider gets (R-IND-8), tick the box, Authorize indirect provider. Pure: the page provides
// `load` and `authorize` (repository calls).

export interface ConnectProviderContext {
  token: string;
  view?: ProviderInvitationView;
  block?: { key: string; ruleId?: string };
  acknowledged: boolean;
}

export type ConnectProviderEvent =
  { type: 'acknowledge.toggle'; checked: boolean } | { type: 'authorize' } | { type: 'reload' };

export const connectProviderMachine = setup({
  types: {
    context: {} as ConnectProviderContext,
    events: {} as ConnectProviderEvent,
    input: {} as { token: string },
  },
  actors: {
    load: notProvided<ProviderInvitationLoad, { token: string }>('load'),
    authorize: notProvided<AuthorizeOutcome, { token: string; acknowledged: boolean }>('authorize'),
  },
  guards: {
    loaded: succeeded,
    // R-IND-8: "check the box and then select Authorize indirect provider".
    acknowledged: ({ context }) => context.acknowledged,
    succeeded,
  },
  actions: {
    assignOk: assignOk<ConnectProviderContext, ConnectProviderEvent>(),
    assignRefusal: assignRefusal<ConnectProviderContext, ConnectProviderEvent>(),
  },
}).createMachine({
  id: 'connectProvider',
  context: ({ input }) => ({ token: input.token, acknowledged: false }),
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
            actions: { type: 'assignRefusal', params: { to: 'block' } },
          },
        ],
        onError: { target: 'blocked', actions: assign({ block: { key: 'notFound' } }) },
      },
    },
    review: {
      on: {
        'acknowledge.toggle': { actions: assign({ acknowledged: ({ event }) => event.checked }) },
        authorize: { guard: 'acknowledged', target: 'authorizing' },
      },
    },
    authorizing: {
      invoke: {
        id: 'authorize',
        src: 'authorize',
        input: ({ context }) => ({ token: context.token, acknowledged: context.acknowledged }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'authorized',
          },
          // Refused on fresh data: the link was used in another tab, the persona changed, …
          {
            target: 'refused',
            actions: { type: 'assignRefusal', params: { to: 'block' } },
          },
        ],
        onError: { target: 'review', actions: assign({ block: { key: 'failed' } }) },
      },
    },
    authorized: { type: 'final' },
    refused: { type: 'final' },
    blocked: { on: { reload: 'loading' } },
  },
});
