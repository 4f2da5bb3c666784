import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { updateUserRoles } from '../../db/repositories/userRepository';
import type { AdminType, AgentType } from '../../domain/userRules';
import { updateUserRolesMachine, type UpdateRolesOutcome } from './updateUserRoles.machine';

export function updateUserRolesWorkflow(actorId: string) {
  return updateUserRolesMachine.provide({
    actors: {
      // The repository checks R-IND-7 (who, whom, which roles) again on fresh data.
      updateRoles: fromPromise<
        UpdateRolesOutcome,
        { targetId: string; agentType: AgentType; adminType: AdminType }
      >(({ input }) =>
        updateUserRoles(getDb(), actorId, input.targetId, input.agentType, input.adminType),
      ),
    },
  });
}
