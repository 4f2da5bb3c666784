import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { addPartnerUser } from '../../db/repositories/userRepository';
import type { NewUserDraft } from '../../domain/userRules';
import { addUserMachine, type AddUserOutcome } from './addUser.machine';

export function addUserWorkflow(actorId: string) {
  return addUserMachine.provide({
    actors: {
      // The repository checks R-IND-5, R-IND-6 and R-IND-7 again on fresh data.
      addUser: fromPromise<AddUserOutcome, NewUserDraft>(({ input }) =>
        addPartnerUser(getDb(), actorId, input),
      ),
    },
  });
}
