import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  authorizeProvider,
  loadProviderInvitation,
  type AuthorizeOutcome,
  type ProviderInvitationLoad,
} from '../../db/repositories/providerRepository';
import { connectProviderMachine } from './connectProvider.machine';

export function connectProviderWorkflow(userId: string) {
  return connectProviderMachine.provide({
    actors: {
      load: fromPromise<ProviderInvitationLoad, { token: string }>(({ input }) =>
        loadProviderInvitation(getDb(), input.token, userId),
      ),
      authorize: fromPromise<AuthorizeOutcome, { token: string; acknowledged: boolean }>(
        ({ input }) => authorizeProvider(getDb(), input.token, userId, input.acknowledged),
      ),
    },
  });
}
