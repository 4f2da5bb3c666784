import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  acceptOfferServices,
  answerDelegatedAdmin,
  loadOffer,
  type OfferActionOutcome,
  type OfferLoad,
} from '../../db/repositories/o365Repository';
import { acceptOfferMachine } from './acceptOffer.machine';

export function acceptOfferWorkflow(userId: string) {
  return acceptOfferMachine.provide({
    actors: {
      load: fromPromise<OfferLoad, { token: string }>(({ input }) =>
        loadOffer(getDb(), input.token, userId),
      ),
      acceptServices: fromPromise<OfferActionOutcome, { token: string }>(({ input }) =>
        acceptOfferServices(getDb(), input.token, userId),
      ),
      answerDelegatedAdmin: fromPromise<OfferActionOutcome, { token: string; accept: boolean }>(
        ({ input }) => answerDelegatedAdmin(getDb(), input.token, userId, input.accept),
      ),
    },
  });
}
