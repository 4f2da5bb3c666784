import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { submitProviderOrder } from '../../db/repositories/providerRepository';
import {
  providerOrderMachine,
  type ProviderOrderOutcome,
  type SubmitInput,
} from './providerOrder.machine';

export function providerOrderWorkflow(userId: string, customerId: string) {
  return providerOrderMachine.provide({
    actors: {
      submitOrder: fromPromise<ProviderOrderOutcome, SubmitInput>(
        async ({ input }): Promise<ProviderOrderOutcome> => {
          const order =
            input.kind === 'azurePlan'
              ? { kind: 'azurePlan' as const }
              : {
                  kind: 'addLicenses' as const,
                  subscriptionId: input.subscriptionId,
                  quantity: input.quantity,
                };
          const r = await submitProviderOrder(getDb(), userId, customerId, order);
          if (!r.ok) return { ok: false, key: r.key, ruleId: r.ruleId, params: r.params };
          return r.value.kind === 'addLicenses'
            ? {
                ok: true,
                value: {
                  kind: 'addLicenses',
                  offerId: r.value.offerId,
                  licenses: String(r.value.licenses),
                },
              }
            : { ok: true, value: { kind: 'azurePlan' } };
        },
      ),
    },
  });
}
