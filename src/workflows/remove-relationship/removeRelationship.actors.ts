import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { removeCustomerRelationship } from '../../db/repositories/customerManagementRepository';
import {
  removeRelationshipMachine,
  type RemoveRelationshipOutcome,
} from './removeRelationship.machine';

export function removeRelationshipWorkflow(userId: string, customerId: string) {
  return removeRelationshipMachine.provide({
    actors: {
      // The machine only reaches here with the attestation ticked (R-IND-12).
      removeRelationship: fromPromise<RemoveRelationshipOutcome, void>(async () => {
        const r = await removeCustomerRelationship(getDb(), userId, customerId, true);
        return r.ok ? { ok: true } : { ok: false, key: r.key };
      }),
    },
  });
}
