import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { inviteIndirectReseller } from '../../db/repositories/providerRepository';
import { inviteResellerMachine, type InviteResellerOutcome } from './inviteReseller.machine';

export function inviteResellerWorkflow(userId: string) {
  return inviteResellerMachine.provide({
    actors: {
      sendInvitation: fromPromise<InviteResellerOutcome, { email: string }>(({ input }) =>
        inviteIndirectReseller(getDb(), userId, input.email),
      ),
    },
  });
}
