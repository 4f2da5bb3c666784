import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  approveAdminRelationship,
  type ApproveOutcome,
} from '../../db/repositories/adminRelationships';
import { gdapApproveMachine } from './gdapApprove.machine';

export function gdapApproveWorkflow(userId: string) {
  return gdapApproveMachine.provide({
    actors: {
      approve: fromPromise<ApproveOutcome, { relationshipId: string; removeDap: boolean }>(
        ({ input }) =>
          approveAdminRelationship(getDb(), userId, input.relationshipId, {
            removeDap: input.removeDap,
          }),
      ),
    },
  });
}
