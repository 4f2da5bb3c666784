import type { AppDB } from '../AppDB';
import type { Relationship, Subscription, Tenant, User } from '../../domain/types';
import { subscriptionsOf, usersOfTenant } from './tenants';

export interface ManagedCustomer {
  tenant: Tenant | undefined;
  relationship: Relationship | undefined;
  hasMca: boolean;
  subscriptions: Subscription[];
  users: User[];
}

/** One customer as its partner manages it: account, relationship, MCA, subscriptions and users. */
export async function managedCustomer(
  db: AppDB,
  args: { partnerId: string; customerId: string },
): Promise<ManagedCustomer> {
  const [tenant, relationship, mcaCount, subscriptions, users] = await Promise.all([
    db.tenants.get(args.customerId),
    db.relationships
      .where('[partnerId+customerId]')
      .equals([args.partnerId, args.customerId])
      .first(),
    db.agreements.where('[tenantId+kind]').equals([args.customerId, 'mca']).count(),
    subscriptionsOf(db, args.customerId),
    usersOfTenant(db, args.customerId),
  ]);
  return { tenant, relationship, hasMca: mcaCount > 0, subscriptions, users };
}
