import type { AppDB } from '../AppDB';
import type { O365Offer, User } from '../../domain/types';
import { R_MPR_1_canManagePartners } from '../../domain/customerRules';
import { canBePartnerOfRecord, delegatedAdminStateOf, offerStateAt } from '../../domain/o365Rules';

// Live reads for the Office 365 partner features (W-TRIAL, W-OFFER, W-POR). Each reads the
// simulated clock, so a list re-runs when the clock moves and trials show as expired on time.

export interface SentOfferRow {
  offer: O365Offer;
  customerName: string;
  /** As of the simulated clock. */
  state: O365Offer['state'];
  delegatedAdminState: O365Offer['delegatedAdminState'];
}

/** A partner's trial invitations and purchase offers, newest first (indexed on partnerId). */
export async function offersOfPartner(db: AppDB, partnerId: string): Promise<SentOfferRow[]> {
  const [offers, meta] = await Promise.all([
    db.o365Offers.where('partnerId').equals(partnerId).toArray(),
    db.meta.get('world'),
  ]);
  const now = meta?.now ?? 0;
  const customers = await db.tenants.bulkGet(offers.map((o) => o.customerId ?? ''));
  return offers
    .map((offer, i) => ({
      offer,
      customerName: customers[i]?.name ?? '',
      state: offerStateAt(offer, now),
      delegatedAdminState: delegatedAdminStateOf(offer),
    }))
    .sort((a, b) => b.offer.createdAt - a.offer.createdAt || b.offer.id.localeCompare(a.offer.id));
}

/** The customer admins who may act on an offer link (R-MPR-1), to offer switching persona. */
export async function offerAddressees(db: AppDB, token: string): Promise<User[]> {
  const offer = token ? await db.o365Offers.where('token').equals(token).first() : undefined;
  if (!offer?.customerId) return [];
  const users = await db.users.where('tenantId').equals(offer.customerId).toArray();
  return users.filter((u) => R_MPR_1_canManagePartners(u.roles));
}

export interface PartnerSummary {
  tenantId: string;
  name: string;
  mpnId: string;
}

export interface PartnerOfRecordPage {
  current?: PartnerSummary;
  /** R-O365-4: shown next to the partner of record, as a separate designation. */
  delegatedAdmins: PartnerSummary[];
  /** Partners in the customer's cloud, by name. */
  candidates: PartnerSummary[];
}

/** W-POR: the customer's partner of record, its delegated administrators and the partners it can choose. */
export async function partnerOfRecordPage(
  db: AppDB,
  customerId: string,
): Promise<PartnerOfRecordPage> {
  const [customer, rels, orgs] = await Promise.all([
    db.tenants.get(customerId),
    db.relationships.where('customerId').equals(customerId).toArray(),
    // Partner organizations are few (the large scenario adds customers only).
    db.partners.toArray(),
  ]);
  const tenants = await db.tenants.bulkGet(orgs.map((o) => o.tenantId));
  const summaries = new Map<string, PartnerSummary>();
  const candidates: PartnerSummary[] = [];
  orgs.forEach((org, i) => {
    const tenant = tenants[i];
    if (!tenant) return;
    const summary = { tenantId: tenant.id, name: tenant.name, mpnId: org.mpnId };
    summaries.set(tenant.id, summary);
    if (customer && canBePartnerOfRecord(tenant, customer)) candidates.push(summary);
  });
  const current = rels.find((r) => r.partnerOfRecord);
  return {
    current: current ? summaries.get(current.partnerId) : undefined,
    delegatedAdmins: rels
      .filter((r) => r.adminRoles.length > 0)
      .flatMap((r) => (summaries.has(r.partnerId) ? [summaries.get(r.partnerId)!] : [])),
    candidates: candidates.sort((a, b) => a.name.localeCompare(b.name)),
  };
}
