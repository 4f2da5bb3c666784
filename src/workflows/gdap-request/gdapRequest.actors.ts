import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  checkRequest,
  newAdminRelationshipId,
  requestAdminRelationship,
} from '../../db/repositories/adminRelationships';
import { gdapReviewLink } from '../../domain/mailLinks';
import type { MailDraft } from '../../domain/composer';
import type { AdminRelationshipDraft } from '../../domain/gdapRules';
import {
  gdapRequestMachine,
  type FinalizeOutcome,
  type RequestInput,
  type RequestOutcome,
} from './gdapRequest.machine';

/**
 * The machine with its I/O. `mailFor` writes the Request box's email in the learner's language
 * (the page passes it, so this module stays free of i18n) around the review link.
 */
export function gdapRequestWorkflow(
  userId: string,
  mailFor: (link: string, draft: AdminRelationshipDraft, customerName: string) => MailDraft,
) {
  return gdapRequestMachine.provide({
    actors: {
      finalize: fromPromise<FinalizeOutcome, { customerId: string; draft: AdminRelationshipDraft }>(
        async ({ input }) => {
          const checked = await checkRequest(getDb(), userId, input.customerId, input.draft);
          if (!checked.ok) return checked;
          const relationshipId = newAdminRelationshipId();
          const link = gdapReviewLink(relationshipId);
          return {
            ok: true,
            prepared: {
              relationshipId,
              link,
              mail: mailFor(link, input.draft, checked.customerName),
            },
          };
        },
      ),
      send: fromPromise<RequestOutcome, RequestInput>(({ input }) =>
        requestAdminRelationship(getDb(), userId, input),
      ),
    },
  });
}
