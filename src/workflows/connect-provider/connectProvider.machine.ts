import { assign, fromPromise, setup } from 'xstate';
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
    load: fromPromise<ProviderInvitationLoad, { token: string }>(async () => {
      throw new Error('load actor not provided');
    }),
    authorize: fromPromise<AuthorizeOutcome, { token: string; acknowledged: boolean }>(async () => {
      throw new Error('authorize actor not provided');
    }),
  },
  guards: {
    loaded: (_, p: { result: ProviderInvitationLoad }) => p.result.ok,
    // R-IND-8: "check the box and then select Authorize indirect provider".
    acknowledged: ({ context }) => context.acknowledged,
    succeeded: (_, p: { result: AuthorizeOutcome }) => p.result.ok,
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
            guard: { type: 'loaded', params: ({ event }) => ({ result: event.output }) },
            target: 'review',
            actions: assign({
              view: ({ event }) => (event.output.ok ? event.output.view : undefined),
              block: undefined,
            }),
          },
          {
            target: 'blocked',
            actions: assign({
              block: ({ event }) => (event.output.ok ? undefined : event.output.block),
            }),
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
            guard: { type: 'succeeded', params: ({ event }) => ({ result: event.output }) },
            target: 'authorized',
          },
          // Refused on fresh data: the link was used in another tab, the persona changed, …
          {
            target: 'refused',
            actions: assign({
              block: ({ event }) => (event.output.ok ? undefined : event.output.block),
            }),
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
