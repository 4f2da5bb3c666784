import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  activatePendingAssignments,
  assignSecurityGroups,
  type RelationshipOutcome,
} from '../../db/repositories/adminRelationships';
import type { SecurityGroupId } from '../../domain/adminRelationship';
import type { EntraRole } from '../../domain/entraRoles';
import type { Outcome } from '../../domain/outcome';
import { gdapAssignMachine } from './gdapAssign.machine';

export function gdapAssignWorkflow(userId: string) {
  return gdapAssignMachine.provide({
    actors: {
      save: fromPromise<
        RelationshipOutcome,
        { relationshipId: string; groups: SecurityGroupId[]; roles: EntraRole[] }
      >(({ input }) =>
        assignSecurityGroups(getDb(), userId, input.relationshipId, input.groups, input.roles),
      ),
      activate: fromPromise<Outcome<{ activated: number }>, { relationshipId: string }>(
        ({ input }) => activatePendingAssignments(getDb(), input.relationshipId),
      ),
    },
  });
}
