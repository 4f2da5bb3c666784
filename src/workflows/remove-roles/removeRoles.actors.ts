import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { removeAdminRoles } from '../../db/repositories/relationshipRepository';
import { removeRolesMachine, type RemoveRolesOutcome } from './removeRoles.machine';

export function removeRolesWorkflow(userId: string) {
  return removeRolesMachine.provide({
    actors: {
      removeRoles: fromPromise<RemoveRolesOutcome, { relationshipId: string }>(({ input }) =>
        removeAdminRoles(getDb(), userId, input.relationshipId),
      ),
    },
  });
}
