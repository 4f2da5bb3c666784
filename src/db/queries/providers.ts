// Reads for the indirect provider ↔ reseller pages (W-CONNECT-PROVIDER, W-INVITE-3WAY,
// provider orders). Index lookups only; the shared-customer walk goes in batches over the
// smaller partner's customers, so a partner with 10,000 customers never loads them all.
import Dexie from 'dexie';
import type { AppDB } from '../AppDB';
import type {
  PartnerType,
  ProviderLink,
  Relationship,
  Subscription,
  Tenant,
  User,
} from '../../domain/types';
import { isReseller } from '../../domain/customerRules';
import {
  decideProviderOrder,
  R_IND_8_canAuthorizeProvider,
  R_IND_9_isShared,
  type ProviderOrderFacts,
} from '../../domain/providerRules';

/** Ids typed in a URL are checked before use: a bad one is simply not found. */
const ID = /^[A-Za-z0-9_.-]{1,64}$/;
export function isValidId(id: string | undefined): id is string {
  return typeof id === 'string' && ID.test(id);
}

export async function findLink(
  db: AppDB,
  providerId: string,
  resellerId: string,
): Promise<ProviderLink | undefined> {
  if (!isValidId(providerId) || !isValidId(resellerId)) return undefined;
  return db.providerLinks.where('[providerId+resellerId]').equals([providerId, resellerId]).first();
}

export interface LinkWith {
  link: ProviderLink | undefined;
  /** The other partner of the link (the provider for a reseller, the reseller for a provider). */
  other: Tenant | undefined;
}

/** The link between the persona's organization and another one, seen from `side`. */
export async function linkWith(
  db: AppDB,
  args: { tenantId: string; otherId: string; side: 'providers' | 'resellers' },
): Promise<LinkWith> {
  const [providerId, resellerId] =
    args.side === 'providers' ? [args.otherId, args.tenantId] : [args.tenantId, args.otherId];
  const link = await findLink(db, providerId, resellerId);
  // The other organization is named only to a linked partner.
  const other = link ? await db.tenants.get(args.otherId) : undefined;
  return { link, other };
}

/** Reseller Admin agents who may open a provider invitation (to offer acting as one of them). */
export async function providerInvitationAddressees(db: AppDB, token: string): Promise<User[]> {
  if (!token) return [];
  const inv = await db.invitations.where('token').equals(token).first();
  if (!inv || inv.kind !== 'indirectProvider' || !inv.customerId) return [];
  const users = await db.users.where('tenantId').equals(inv.customerId).toArray();
  return users
    .filter((u) => R_IND_8_canAuthorizeProvider(u.roles))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface SharedCustomer {
  customerId: string;
  customerName: string;
  resellerType: PartnerType;
  providerType: PartnerType;
}

export interface SharedCustomers {
  linked: boolean;
  rows: SharedCustomer[];
  /** More shared customers exist than `limit`. */
  more: boolean;
}

const BATCH = 200;

function resellerRange(db: AppDB, partnerId: string) {
  return db.relationships
    .where('[resellerOf+customerNameLower]')
    .between([partnerId, Dexie.minKey], [partnerId, Dexie.maxKey]);
}

/**
 * R-IND-9 / View customers: the customers a provider and its reseller share, by name, up to
 * `limit`. Only the two linked partners may see them; anyone else gets `linked: false`.
 */
export async function sharedCustomers(
  db: AppDB,
  args: { tenantId: string; otherId: string; side: 'providers' | 'resellers'; limit: number },
): Promise<SharedCustomers> {
  const [providerId, resellerId] =
    args.side === 'providers' ? [args.otherId, args.tenantId] : [args.tenantId, args.otherId];
  if (!(await findLink(db, providerId, resellerId)))
    return { linked: false, rows: [], more: false };
  const [providerCount, resellerCount] = await Promise.all([
    resellerRange(db, providerId).count(),
    resellerRange(db, resellerId).count(),
  ]);
  // Walk the partner with fewer customers; look each batch up on the other one's index.
  const [walkId, otherId] =
    providerCount <= resellerCount ? [providerId, resellerId] : [resellerId, providerId];
  const rows: SharedCustomer[] = [];
  for (let offset = 0; rows.length <= args.limit; offset += BATCH) {
    const batch = await resellerRange(db, walkId).offset(offset).limit(BATCH).toArray();
    if (batch.length === 0) break;
    const others = await db.relationships
      .where('[partnerId+customerId]')
      .anyOf(batch.map((r) => [otherId, r.customerId]))
      .toArray();
    const byCustomer = new Map(others.map((r) => [r.customerId, r]));
    for (const rel of batch) {
      const other = byCustomer.get(rel.customerId);
      const [providerRel, resellerRel] = walkId === providerId ? [rel, other] : [other, rel];
      if (R_IND_9_isShared(resellerRel, providerRel)) {
        rows.push({
          customerId: rel.customerId,
          customerName: rel.customerName,
          resellerType: resellerRel!.type,
          providerType: providerRel!.type,
        });
      }
    }
    if (batch.length < BATCH) break;
  }
  return { linked: true, rows: rows.slice(0, args.limit), more: rows.length > args.limit };
}

/**
 * The facts R-IND-10 / R-IND-8 / R-MPR-6 are decided on, for a provider and a customer. The
 * repository calls this inside its transaction (tables relationships, providerLinks and
 * agreements must be in it); the order page calls it through a live query.
 */
export async function loadProviderOrderFacts(
  db: AppDB,
  providerId: string,
  customerId: string,
): Promise<ProviderOrderFacts & { resellerIds: string[] }> {
  const [ownRelationship, links, mcaCount] = await Promise.all([
    db.relationships.where('[partnerId+customerId]').equals([providerId, customerId]).first(),
    db.providerLinks.where('providerId').equals(providerId).toArray(),
    db.agreements.where('[tenantId+kind]').equals([customerId, 'mca']).count(),
  ]);
  const resellerRels: Relationship[] = links.length
    ? await db.relationships
        .where('[partnerId+customerId]')
        .anyOf(links.map((l) => [l.resellerId, customerId]))
        .toArray()
    : [];
  const resellerIds = resellerRels.filter(isReseller).map((r) => r.partnerId);
  return {
    ownRelationship,
    viaLinkedReseller: resellerIds.length > 0,
    hasMca: mcaCount > 0,
    resellerIds,
  };
}

export interface ProviderOrderView {
  /** False when the id names no customer (or is not a valid id). */
  exists: boolean;
  /** Named only when the provider has a relationship with it or a linked reseller does. */
  customerName?: string;
  facts: ProviderOrderFacts;
  /** Shown only when the provider may order (nothing is revealed to a provider that may not). */
  subscriptions: Subscription[];
  resellerNames: string[];
}

export async function providerOrderView(
  db: AppDB,
  args: { providerId: string; customerId: string },
): Promise<ProviderOrderView> {
  const empty: ProviderOrderView = {
    exists: false,
    facts: { ownRelationship: undefined, viaLinkedReseller: false, hasMca: false },
    subscriptions: [],
    resellerNames: [],
  };
  if (!isValidId(args.customerId)) return empty;
  const customer = await db.tenants.get(args.customerId);
  if (!customer || customer.kind !== 'customer') return empty;
  const { resellerIds, ...facts } = await loadProviderOrderFacts(
    db,
    args.providerId,
    args.customerId,
  );
  const known = !!facts.ownRelationship || facts.viaLinkedReseller;
  const allowed = decideProviderOrder(facts) === null;
  const [subscriptions, resellers] = await Promise.all([
    allowed
      ? db.subscriptions.where('tenantId').equals(args.customerId).toArray()
      : Promise.resolve([]),
    db.tenants.bulkGet(resellerIds),
  ]);
  return {
    exists: true,
    ...(known ? { customerName: customer.name } : {}),
    facts,
    subscriptions,
    resellerNames: resellers.flatMap((t) => (t ? [t.name] : [])),
  };
}
