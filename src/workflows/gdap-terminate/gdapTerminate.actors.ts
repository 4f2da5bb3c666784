import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  removeRolesByCustomer,
  terminateByPartner,
} from '../../db/repositories/adminRelationships';
import type { Outcome } from '../../domain/outcome';
import { gdapTerminateCustomerMachine, gdapTerminatePartnerMachine } from './gdapTerminate.machine';

export function gdapTerminatePartnerWorkflow(userId: string) {
  return gdapTerminatePartnerMachine.provide({
    actors: {
      terminate: fromPromise<Outcome, { targetId: string }>(({ input }) =>
        terminateByPartner(getDb(), userId, input.targetId),
      ),
    },
  });
}

export function gdapTerminateCustomerWorkflow(userId: string) {
  return gdapTerminateCustomerMachine.provide({
    actors: {
      terminate: fromPromise<Outcome, { targetId: string }>(({ input }) =>
        removeRolesByCustomer(getDb(), userId, input.targetId),
      ),
    },
  });
}
