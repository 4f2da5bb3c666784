import type { AppDB } from '../AppDB';
import type { Tenant } from '../../domain/types';
import type { AdminRelationship } from '../../domain/adminRelationship';

// The customer's side of GDAP (Today edition): Settings > Partner relationships lists the admin
// relationships partners hold in the organization, and a partner's page lists its own.

export interface CustomerAdminRelationship {
  relationship: AdminRelationship;
  partner: Tenant | undefined;
}

// Waiting for approval first (the customer has something to do), then the live ones, then ended.
const ORDER: Record<AdminRelationship['status'], number> = {
  approvalPending: 0,
  active: 1,
  expired: 2,
  terminated: 2,
};

/** Every admin relationship of partners with this customer (optionally one partner's). */
export async function adminRelationshipsOfCustomer(
  db: AppDB,
  args: { customerId: string; partnerId?: string },
): Promise<CustomerAdminRelationship[]> {
  const rows = args.partnerId
    ? await db.adminRelationships
        .where('[partnerId+customerId]')
        .equals([args.partnerId, args.customerId])
        .toArray()
    : await db.adminRelationships.where('customerId').equals(args.customerId).toArray();
  const partners = await db.tenants.bulkGet([...new Set(rows.map((r) => r.partnerId))]);
  const byId = new Map(partners.filter((p): p is Tenant => !!p).map((p) => [p.id, p]));
  return rows
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (byId.get(a.partnerId)?.name ?? '').localeCompare(byId.get(b.partnerId)?.name ?? '') ||
        b.createdAt - a.createdAt,
    )
    .map((relationship) => ({ relationship, partner: byId.get(relationship.partnerId) }));
}
