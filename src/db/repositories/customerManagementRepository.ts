import type { AppDB } from '../AppDB';
import {
  decideManage,
  relationshipAfterRemoval,
  checkLicenseQuantity,
  type ManageAction,
} from '../../domain/partnerRules';
import {
  checkCustomerUser,
  checkServiceRequest,
  type NewCustomerUser,
} from '../../domain/customerManagementRules';
import { hashPassword, temporaryPassword } from '../../domain/passwords';
import { randomId } from '../../domain/ids';
import type { Feature } from '../../domain/access';
import { actorAllowed, type Actor } from './actor';
import { deliverMail, SYSTEM_SENDER } from './mailOut';
import { reportingWrite } from './outcome';
import { refuse, type Outcome } from '../../domain/outcome';

export type ManageOutcome<T = undefined> = Outcome<{ value: T }>;
const no = (key: string, params?: Record<string, string>) => refuse(key, params);

const TABLES = (db: AppDB) => [
  db.users,
  db.tenants,
  db.partners,
  db.relationships,
  db.agreements,
  db.subscriptions,
  db.mail,
  db.meta,
];

/** Loads the acting partner user (R-IND-7 for the feature) and the customer relationship, then applies R-REQ-1 / R-MPR-6. */
async function authorize(
  db: AppDB,
  userId: string,
  customerId: string,
  feature: Feature,
  action?: ManageAction,
  subscriptionId?: string,
) {
  const actor = await actorAllowed(db, userId, feature);
  if (!actor) return { refusal: no('rules:R-IND-7') };
  const relationship = await db.relationships
    .where('[partnerId+customerId]')
    .equals([actor.tenant.id, customerId])
    .first();
  if (!action) return { actor, relationship };
  const hasMca =
    (await db.agreements.where('[tenantId+kind]').equals([customerId, 'mca']).count()) > 0;
  const subscription = subscriptionId ? await db.subscriptions.get(subscriptionId) : undefined;
  if (subscriptionId && subscription?.tenantId !== customerId)
    return { refusal: no('partnerCenter:manage.errors.notFound') };
  const refusal = decideManage(action, { relationship, hasMca, subscription });
  if (refusal) return { refusal: no(`rules:${refusal.ruleId}`) };
  return { actor, relationship, subscription };
}

// The forms' rules live in src/domain; these stay importable from here for the callers that had them.
export {
  SERVICE_REQUEST_MAX,
  SERVICE_REQUEST_MIN,
  type NewCustomerUser,
} from '../../domain/customerManagementRules';

/** Adds a user to the customer's tenant on its behalf (needs DAP and the MCA, R-REQ-1); returns the one-time password. */
export async function addCustomerUser(
  db: AppDB,
  userId: string,
  customerId: string,
  input: NewCustomerUser,
): Promise<ManageOutcome<{ email: string; password: string }>> {
  const problem = checkCustomerUser(input);
  if (problem) return no(problem);
  // R-IND-6: only the temporary password's hash is stored, so first sign-in can check it. Hashed
  // before the transaction (crypto.subtle is not IndexedDB and would commit it early).
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(db, userId, customerId, 'pc.customers.manage', 'addUser');
      if ('refusal' in auth) return auth.refusal!;
      const tenant = (await db.tenants.get(customerId))!;
      const email = `${input.userName.trim().toLowerCase()}@${tenant.domain}`;
      if (await db.users.where('email').equals(email).count())
        return no('partnerCenter:manage.errors.userName.taken', { email });
      await db.users.add({
        id: randomId('u'),
        tenantId: customerId,
        displayName: input.displayName.trim(),
        email,
        roles: [],
        mustChangePassword: true,
        passwordHash,
      });
      return { ok: true, value: { email, password } } as const;
    }),
  );
}

/** Resets a customer user's password on its behalf (needs DAP and the MCA, R-REQ-1). */
export async function resetCustomerPassword(
  db: AppDB,
  userId: string,
  customerId: string,
  targetUserId: string,
): Promise<ManageOutcome<{ email: string; password: string }>> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(db, userId, customerId, 'pc.customers.manage', 'resetPassword');
      if ('refusal' in auth) return auth.refusal!;
      const target = await db.users.get(targetUserId);
      if (!target || target.tenantId !== customerId)
        return no('partnerCenter:manage.errors.notFound');
      await db.users.update(target.id, { mustChangePassword: true, passwordHash });
      return { ok: true, value: { email: target.email, password } } as const;
    }),
  );
}

/** Adds licenses to a subscription (a purchase: the MCA, R-MPR-6; and admin rights, R-REQ-1). */
export async function addLicenses(
  db: AppDB,
  userId: string,
  customerId: string,
  subscriptionId: string,
  quantity: string,
): Promise<ManageOutcome<number>> {
  const problem = checkLicenseQuantity(quantity);
  if (problem) return no(`partnerCenter:manage.errors.quantity.${problem}`);
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(
        db,
        userId,
        customerId,
        'pc.customers.manage',
        'addLicenses',
        subscriptionId,
      );
      if ('refusal' in auth) return auth.refusal!;
      const licenses = auth.subscription!.licenses + Number(quantity.trim());
      await db.subscriptions.update(subscriptionId, { licenses });
      return { ok: true, value: licenses } as const;
    }),
  );
}

/** Provisions an Azure plan for the customer: allowed without admin rights (R-REQ-1) but not without the MCA (R-MPR-6). */
export async function addAzureSubscription(
  db: AppDB,
  userId: string,
  customerId: string,
): Promise<ManageOutcome<string>> {
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(
        db,
        userId,
        customerId,
        'pc.customers.manage',
        'addAzureSubscription',
      );
      if ('refusal' in auth) return auth.refusal!;
      const id = randomId('sub');
      await db.subscriptions.add({
        id,
        tenantId: customerId,
        partnerId: auth.actor!.tenant.id,
        offerId: 'azure-plan',
        licenses: 1,
        assigned: 0,
        status: 'active',
      });
      return { ok: true, value: id } as const;
    }),
  );
}

/**
 * R-REQ-6: when the customer removed the partner's admin permissions, the partner stays
 * responsible for support and can open a service request with Microsoft for the customer.
 * Microsoft's confirmation arrives by mail.
 */
export async function openServiceRequest(
  db: AppDB,
  userId: string,
  customerId: string,
  description: string,
): Promise<ManageOutcome<string>> {
  const problem = checkServiceRequest(description);
  if (problem) return no(`partnerCenter:manage.errors.description.${problem}`);
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(db, userId, customerId, 'pc.customers.serviceRequest');
      if ('refusal' in auth) return auth.refusal!;
      const actor = auth.actor as Actor;
      if (!auth.relationship) return no('rules:R-IND-9');
      // R-REQ-6: the situation the documentation describes: the customer removed the admin permissions.
      if (!auth.relationship.rolesRemovedAt || auth.relationship.adminRoles.length > 0)
        return no('rules:R-REQ-6');
      const customer = (await db.tenants.get(customerId))!;
      const number = `SR-${Math.floor(100000 + Math.random() * 900000)}`;
      await deliverMail(db, {
        ...SYSTEM_SENDER,
        to: [actor.user.email],
        subject: {
          kind: 'i18n',
          key: 'mail:serviceRequest.subject',
          params: { number, customer: customer.name },
        },
        body: {
          kind: 'i18n',
          key: 'mail:serviceRequest.body',
          params: { number, customer: customer.name, description: description.trim() },
        },
      });
      return { ok: true, value: number } as const;
    }),
  );
}

/**
 * W-REMOVE-REL (R-IND-12): the customer leaves the partner's Customers list; delegated admin
 * privileges stay as they were (the customer still sees them and can remove them); the
 * partner has attested good faith; and the customer gets no mail.
 */
export async function removeCustomerRelationship(
  db: AppDB,
  userId: string,
  customerId: string,
  attested: boolean,
): Promise<ManageOutcome> {
  if (!attested) return no('rules:R-IND-12');
  return reportingWrite(() =>
    db.transaction('rw', TABLES(db), async () => {
      const auth = await authorize(db, userId, customerId, 'pc.customers.removeRelationship');
      if ('refusal' in auth) return auth.refusal!;
      const rel = auth.relationship;
      if (!rel?.resellerOf) return no('partnerCenter:manage.errors.notFound');
      const after = relationshipAfterRemoval(rel);
      if (after) await db.relationships.put(after);
      else await db.relationships.delete(rel.id);
      return { ok: true, value: undefined } as const;
    }),
  );
}
