import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { cancelInvitation } from '../../db/repositories/invitationRepository';
import { cancelInvitationMachine, type CancelOutcome } from './cancelInvitation.machine';

export function cancelInvitationWorkflow(userId: string) {
  return cancelInvitationMachine.provide({
    actors: {
      cancel: fromPromise<CancelOutcome, { token: string }>(({ input }) =>
        cancelInvitation(getDb(), input.token, userId),
      ),
    },
  });
}
