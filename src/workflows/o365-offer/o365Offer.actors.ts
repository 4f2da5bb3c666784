import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { newOfferToken, sendO365Offer } from '../../db/repositories/o365Repository';
import { o365OfferLink } from '../../domain/o365Rules';
import {
  o365OfferMachine,
  type Draft,
  type PrepareInput,
  type PreparedDraft,
  type SendOfferInput,
  type SendOfferOutcome,
} from './o365Offer.machine';

/**
 * W-TRIAL / W-OFFER with their I/O. `draftFor` writes the email in the learner's language (the
 * page passes it, so this module stays free of i18n); the personal link carries a fresh token.
 */
export function o365OfferWorkflow(
  userId: string,
  draftFor: (link: string, input: PrepareInput) => Draft,
) {
  return o365OfferMachine.provide({
    actors: {
      prepareDraft: fromPromise<PreparedDraft, PrepareInput>(async ({ input }) => {
        const token = newOfferToken();
        const link = o365OfferLink(token);
        return { token, link, draft: draftFor(link, input) };
      }),
      sendOffer: fromPromise<SendOfferOutcome, SendOfferInput>(({ input }) =>
        sendO365Offer(getDb(), userId, input),
      ),
    },
  });
}
