import Dexie from 'dexie';
import type { AppDB } from '../AppDB';
import type {
  Agreement,
  PartnerOrganization,
  ProviderLink,
  Relationship,
  Subscription,
  Tenant,
  User,
} from '../../domain/types';

export async function usersOfTenant(db: AppDB, tenantId: string): Promise<User[]> {
  const users = await db.users.where('tenantId').equals(tenantId).toArray();
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function mcaOf(db: AppDB, tenantId: string): Promise<Agreement | undefined> {
  return db.agreements.where('[tenantId+kind]').equals([tenantId, 'mca']).first();
}

export interface PartnerOfCustomer {
  relationship: Relationship;
  partner: Tenant | undefined;
  organization: PartnerOrganization | undefined;
}

/** A customer's partners, as Billing > Partner relationships lists them. */
export async function partnersOfCustomer(
  db: AppDB,
  customerId: string,
): Promise<PartnerOfCustomer[]> {
  const relationships = await db.relationships.where('customerId').equals(customerId).toArray();
  const ids = relationships.map((r) => r.partnerId);
  const [partners, organizations] = await Promise.all([
    db.tenants.bulkGet(ids),
    db.partners.bulkGet(ids),
  ]);
  return relationships
    .map((relationship, i) => ({
      relationship,
      partner: partners[i],
      organization: organizations[i],
    }))
    .sort((a, b) => (a.partner?.name ?? '').localeCompare(b.partner?.name ?? ''));
}

export interface LinkedPartner {
  link: ProviderLink;
  tenant: Tenant | undefined;
  organization: PartnerOrganization | undefined;
}

/** A reseller's indirect providers or a provider's indirect resellers. */
export async function linkedPartners(
  db: AppDB,
  args: { tenantId: string; side: 'providers' | 'resellers' },
): Promise<LinkedPartner[]> {
  const links =
    args.side === 'providers'
      ? await db.providerLinks.where('resellerId').equals(args.tenantId).toArray()
      : await db.providerLinks.where('providerId').equals(args.tenantId).toArray();
  const ids = links.map((l) => (args.side === 'providers' ? l.providerId : l.resellerId));
  const [tenants, organizations] = await Promise.all([
    db.tenants.bulkGet(ids),
    db.partners.bulkGet(ids),
  ]);
  return links.map((link, i) => ({ link, tenant: tenants[i], organization: organizations[i] }));
}

export async function subscriptionsOf(db: AppDB, tenantId: string): Promise<Subscription[]> {
  return db.subscriptions.where('tenantId').equals(tenantId).toArray();
}

/** Counts for a partner's dashboard, on indexes only. */
export async function partnerCounts(db: AppDB, partnerId: string) {
  const [customers, users, providers, resellers] = await Promise.all([
    // Same rows as the Customers page (R-IND-9): reseller relationships only.
    db.relationships
      .where('[resellerOf+customerNameLower]')
      .between([partnerId, Dexie.minKey], [partnerId, Dexie.maxKey])
      .count(),
    db.users.where('tenantId').equals(partnerId).count(),
    db.providerLinks.where('resellerId').equals(partnerId).count(),
    db.providerLinks.where('providerId').equals(partnerId).count(),
  ]);
  return { customers, users, providers, resellers };
}
