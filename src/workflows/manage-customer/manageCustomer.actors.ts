import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  addAzureSubscription,
  addCustomerUser,
  addLicenses,
  openServiceRequest,
  resetCustomerPassword,
} from '../../db/repositories/customerManagementRepository';
import {
  manageCustomerMachine,
  type ManageKind,
  type ManageResult,
} from './manageCustomer.machine';

export function manageCustomerWorkflow(userId: string, customerId: string) {
  return manageCustomerMachine.provide({
    actors: {
      perform: fromPromise<
        ManageResult,
        { kind: ManageKind; target?: string; form: Record<string, string> }
      >(async ({ input }): Promise<ManageResult> => {
        const db = getDb();
        switch (input.kind) {
          case 'addUser': {
            const r = await addCustomerUser(db, userId, customerId, {
              displayName: input.form.displayName ?? '',
              userName: input.form.userName ?? '',
            });
            return r.ok ? { ok: true, value: r.value } : r;
          }
          case 'resetPassword': {
            const r = await resetCustomerPassword(db, userId, customerId, input.target ?? '');
            return r.ok ? { ok: true, value: r.value } : r;
          }
          case 'addLicenses': {
            const r = await addLicenses(
              db,
              userId,
              customerId,
              input.target ?? '',
              input.form.quantity ?? '',
            );
            return r.ok ? { ok: true, value: { licenses: String(r.value) } } : r;
          }
          case 'addAzureSubscription': {
            const r = await addAzureSubscription(db, userId, customerId);
            return r.ok ? { ok: true, value: {} } : r;
          }
          case 'serviceRequest': {
            const r = await openServiceRequest(
              db,
              userId,
              customerId,
              input.form.description ?? '',
            );
            return r.ok ? { ok: true, value: { number: r.value } } : r;
          }
        }
      }),
    },
  });
}
