import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  acceptInvitation,
  loadInvitation,
  type AcceptOutcome,
  type InvitationLoad,
} from '../../db/repositories/invitationRepository';
import { acceptInvitationMachine } from './acceptInvitation.machine';

export function acceptInvitationWorkflow(userId: string) {
  return acceptInvitationMachine.provide({
    actors: {
      load: fromPromise<InvitationLoad, { token: string }>(({ input }) =>
        loadInvitation(getDb(), input.token, userId),
      ),
      accept: fromPromise<AcceptOutcome, { token: string }>(({ input }) =>
        acceptInvitation(getDb(), input.token, userId),
      ),
    },
  });
}
