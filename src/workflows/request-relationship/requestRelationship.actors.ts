import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { newInvitationToken, sendInvitation } from '../../db/repositories/requestRepository';
import { invitationLink } from '../../domain/mailLinks';
import {
  requestRelationshipMachine,
  type Draft,
  type PreparedDraft,
  type SendInput,
  type SendOutcome,
} from './requestRelationship.machine';

/**
 * The machine with its I/O. `draftFor` writes the draft email in the learner's language (the
 * page passes it, so this module stays free of i18n); the personal link is a fresh token.
 */
export function requestRelationshipWorkflow(
  userId: string,
  draftFor: (link: string, includeAdminRoles: boolean) => Draft,
) {
  return requestRelationshipMachine.provide({
    actors: {
      prepareDraft: fromPromise<PreparedDraft, { includeAdminRoles: boolean }>(
        async ({ input }) => {
          const token = newInvitationToken();
          const link = invitationLink(token);
          return { token, link, draft: draftFor(link, input.includeAdminRoles) };
        },
      ),
      sendInvitation: fromPromise<SendOutcome, SendInput>(({ input }) =>
        sendInvitation(getDb(), userId, input),
      ),
    },
  });
}
