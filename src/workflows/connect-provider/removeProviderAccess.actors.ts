import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { removeProviderAdminAccess } from '../../db/repositories/providerRepository';
import {
  removeProviderAccessMachine,
  type RemoveProviderAccessOutcome,
} from './removeProviderAccess.machine';

export function removeProviderAccessWorkflow(userId: string, providerId: string) {
  return removeProviderAccessMachine.provide({
    actors: {
      removeAccess: fromPromise<RemoveProviderAccessOutcome, void>(async () => {
        const r = await removeProviderAdminAccess(getDb(), userId, providerId);
        return r.ok ? { ok: true } : { ok: false, key: r.key, ruleId: r.ruleId };
      }),
    },
  });
}
