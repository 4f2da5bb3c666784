// Office 365 partner features (seed 004, "Partners"): trial invitations (W-TRIAL), purchase
// offers (W-OFFER), the delegated administration offer that can travel with either, and the
// partner of record (W-POR). Rules R-O365-1 … R-O365-6. Framework-free.
//
// Decisions (the seed is silent; docs/research/domain-rulebook.md W21, W22):
// - Delegated administration accepted through these offers makes the partner a
//   'delegatedAdmin' (or 'resellerAndDelegatedAdmin' when it already is the customer's reseller)
//   with Global admin + Helpdesk admin (R-MPR-3), marked source 'o365'. These partners are
//   advisors, not CSP resellers: they never become reseller of record (no `resellerOf`), so the
//   customer does not appear on their Partner Center Customers page (R-IND-9).
// - The services and the delegated administration are answered separately (R-O365-2: answering
//   the email, i.e. acting on its personal link, is what authorizes the partner).
// - A trial invitation can be started for TRIAL_INVITATION_VALID_DAYS after it was sent; the
//   trial then runs for the catalogue's trial length. Purchase offers do not expire.
// - Accepting a purchase offer does not need the Microsoft Customer Agreement: in these legacy
//   Office 365 offers the customer buys, the partner is only associated with the purchase.
// - Partner of record: a flag on exactly one of the customer's relationships. Without a
//   relationship yet, one of type 'partner' with no roles is created (R-O365-4: it grants nothing).

import { OFFERS, type Offer } from './catalogue';
import { isReseller, R_MPR_1_canManagePartners, R_MPR_3_DELEGATED_ROLES } from './customerRules';
import { simLink } from './mailLinks';
import { partnerFeaturesAvailable } from './portals';
import type {
  Cloud,
  O365Offer,
  PartnerType,
  Program,
  Relationship,
  Role,
  Subscription,
  Tenant,
} from './types';

export const DAY_MS = 86_400_000;
export const LICENSES_MIN = 1;
export const LICENSES_MAX = 10_000;
/** How long a trial invitation can be started after it was sent. */
export const TRIAL_INVITATION_VALID_DAYS = 30;
/** At most this many services in one offer (the world file accepts up to 20). */
export const SERVICES_MAX = 10;
export const MPN_ID_MAX = 12;

/** The personal link of a trial invitation or purchase offer (R-O365-2). */
export function o365OfferLink(token: string): string {
  return simLink(`/o365-offer/${token}`);
}

// ---------------------------------------------------------------------------------------------
// R-O365-1 and R-O365-6

/** R-O365-1: the programs whose partners may offer delegated administration. */
export const DELEGATED_ADMIN_PROGRAMS: readonly Program[] = [
  'cloudEssentials',
  'cloudAccelerate',
  'cloudDeployment',
];

/** R-O365-1: only Cloud Essentials, Cloud Accelerate or Cloud Deployment partners offer delegated administration. */
export function R_O365_1_canOfferDelegatedAdmin(programs: readonly Program[]): boolean {
  return programs.some((p) => DELEGATED_ADMIN_PROGRAMS.includes(p));
}

/** R-O365-6: partner features are not available in Office 365 operated by 21Vianet. */
export function R_O365_6_partnerFeaturesAvailable(cloud: Cloud): boolean {
  return partnerFeaturesAvailable(cloud);
}

// ---------------------------------------------------------------------------------------------
// W-TRIAL / W-OFFER: the partner's draft

export type OfferKind = O365Offer['kind'];

/** A service as the partner chose it; the licence count as typed (purchase offers only). */
export interface ServiceDraft {
  offerId: string;
  licenses: string;
}

export type LicenseProblem = 'required' | 'format' | 'notWhole' | 'tooFew' | 'tooMany';

/**
 * W-OFFER: a licence count is a whole number from 1 to 10,000. Zero and negative numbers are
 * too few, fractions are not whole, anything else that isn't a number is refused as such.
 */
export function checkLicenseCount(raw: string): LicenseProblem | null {
  const text = raw.trim();
  if (!text) return 'required';
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text);
    if (n < LICENSES_MIN) return 'tooFew';
    if (n > LICENSES_MAX) return 'tooMany';
    return null;
  }
  if (/^[+-]?\d*[.,]\d+$/.test(text)) return 'notWhole';
  // 1e5, 10 000, 0x10, letters, markup: not a licence count.
  return 'format';
}

export interface OfferDraftErrors {
  services?: 'none' | 'unknown' | 'notTrial' | 'duplicate' | 'tooMany';
  /** Per offer id. */
  licenses?: Record<string, LicenseProblem>;
  /** R-O365-1. */
  delegatedAdmin?: 'notAllowed';
}

export function serviceOffer(offerId: string): Offer | undefined {
  return OFFERS.find((o) => o.id === offerId);
}

/**
 * W-TRIAL / W-OFFER: one or more services from the catalogue, each once; trials only for
 * services that can be trialled; licence counts for purchase offers; the delegated
 * administration option only for partners allowed to offer it (R-O365-1).
 */
export function validateOfferDraft(input: {
  kind: OfferKind;
  services: readonly ServiceDraft[];
  includesDelegatedAdmin: boolean;
  canOfferDelegatedAdmin: boolean;
}): OfferDraftErrors {
  const errors: OfferDraftErrors = {};
  const { services } = input;
  if (services.length === 0) errors.services = 'none';
  else if (services.length > SERVICES_MAX) errors.services = 'tooMany';
  else if (new Set(services.map((s) => s.offerId)).size !== services.length)
    errors.services = 'duplicate';
  else if (services.some((s) => !serviceOffer(s.offerId) || serviceOffer(s.offerId)!.azure))
    errors.services = 'unknown';
  else if (input.kind === 'trial' && services.some((s) => !serviceOffer(s.offerId)!.trial))
    errors.services = 'notTrial';
  if (input.kind === 'purchase') {
    const licenses: Record<string, LicenseProblem> = {};
    for (const s of services) {
      const problem = checkLicenseCount(s.licenses);
      if (problem) licenses[s.offerId] = problem;
    }
    if (Object.keys(licenses).length) errors.licenses = licenses;
  }
  // R-O365-1: `canOfferDelegatedAdmin` is R_O365_1_canOfferDelegatedAdmin of the partner's programs.
  if (input.includesDelegatedAdmin && !input.canOfferDelegatedAdmin)
    errors.delegatedAdmin = 'notAllowed';
  return errors;
}

export function hasDraftErrors(errors: OfferDraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The services as stored: a trial comes with the catalogue's trial licences. Call on a valid draft only. */
export function servicesToStore(
  kind: OfferKind,
  services: readonly ServiceDraft[],
): O365Offer['services'] {
  return services.map((s) => ({
    offerId: s.offerId,
    licenses:
      kind === 'trial' ? serviceOffer(s.offerId)!.trial!.licenses : Number(s.licenses.trim()),
  }));
}

/** The trial length of an invitation: the shortest trial among its services. */
export function trialDaysOf(services: readonly { offerId: string }[]): number {
  return Math.min(...services.map((s) => serviceOffer(s.offerId)?.trial?.days ?? 30));
}

export type RecipientProblem = 'notCustomer' | 'unavailable21v' | 'otherCloud';

/**
 * Who an offer can be sent to: a customer organization (not a partner), not in Office 365
 * operated by 21Vianet (R-O365-6), and in the partner's own cloud (national clouds are
 * separate worlds).
 */
export function checkOfferRecipient(
  partner: Pick<Tenant, 'cloud'>,
  customer: Pick<Tenant, 'kind' | 'cloud'>,
): RecipientProblem | null {
  if (customer.kind === 'partner') return 'notCustomer';
  if (!R_O365_6_partnerFeaturesAvailable(customer.cloud)) return 'unavailable21v';
  if (customer.cloud !== partner.cloud) return 'otherCloud';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The customer's side of the personal link

/** When a trial invitation can no longer be started; purchase offers don't expire. */
export function invitationExpiresAt(
  offer: Pick<O365Offer, 'kind' | 'createdAt'>,
): number | undefined {
  return offer.kind === 'trial'
    ? offer.createdAt + TRIAL_INVITATION_VALID_DAYS * DAY_MS
    : undefined;
}

/** The state as of the simulated clock: an unanswered trial invitation expires (computed on read). */
export function offerStateAt(
  offer: Pick<O365Offer, 'kind' | 'createdAt' | 'state'>,
  now: number,
): O365Offer['state'] {
  if (offer.state !== 'sent') return offer.state;
  const expiresAt = invitationExpiresAt(offer);
  return expiresAt !== undefined && now >= expiresAt ? 'expired' : 'sent';
}

export function delegatedAdminStateOf(
  offer: Pick<O365Offer, 'includesDelegatedAdmin' | 'delegatedAdminState'>,
): O365Offer['delegatedAdminState'] {
  return offer.includesDelegatedAdmin ? (offer.delegatedAdminState ?? 'pending') : undefined;
}

/** The services can be started (trial) or bought (purchase): not yet done, not expired. */
export function servicesOpen(
  offer: Pick<O365Offer, 'kind' | 'createdAt' | 'state'>,
  now: number,
): boolean {
  return offerStateAt(offer, now) === 'sent';
}

/** R-O365-2: the delegated administration offer is still waiting for the customer's answer. */
export function delegatedAdminOpen(
  offer: Pick<
    O365Offer,
    'kind' | 'createdAt' | 'state' | 'includesDelegatedAdmin' | 'delegatedAdminState'
  >,
  now: number,
): boolean {
  const state = offerStateAt(offer, now);
  return delegatedAdminStateOf(offer) === 'pending' && (state === 'sent' || state === 'accepted');
}

export interface OfferBlock {
  key:
    | 'notFound'
    | 'unavailable21v'
    | 'partnerPersona'
    | 'otherTenant'
    | 'role'
    | 'otherCloud'
    | 'expired'
    | 'used';
  ruleId?: string;
}

/**
 * Can this persona act on this offer link? Checked when the page opens and again in each
 * transaction, on fresh data. Every refusal leaves the world as it was.
 */
export function checkOfferLink(input: {
  offer: O365Offer | undefined;
  partner: Tenant | undefined;
  personaTenant: Tenant;
  personaRoles: readonly Role[];
  now: number;
}): OfferBlock | null {
  const { offer, partner, personaTenant, personaRoles, now } = input;
  if (personaTenant.kind !== 'partner' && !R_O365_6_partnerFeaturesAvailable(personaTenant.cloud))
    return { key: 'unavailable21v', ruleId: 'R-O365-6' };
  if (!offer || !partner) return { key: 'notFound' };
  if (personaTenant.kind === 'partner') return { key: 'partnerPersona' };
  if (offer.customerId !== personaTenant.id) return { key: 'otherTenant' };
  if (partner.cloud !== personaTenant.cloud) return { key: 'otherCloud' };
  if (!R_MPR_1_canManagePartners(personaRoles)) return { key: 'role', ruleId: 'R-MPR-1' };
  // Last: a used link may still be shown (read-only, with what was done) to those who may act on it.
  if (!servicesOpen(offer, now) && !delegatedAdminOpen(offer, now)) {
    return offerStateAt(offer, now) === 'expired' ? { key: 'expired' } : { key: 'used' };
  }
  return null;
}

/** The subscriptions an accepted offer creates: trials end after the trial length; purchases are paid. */
export function subscriptionsFromOffer(
  offer: Pick<O365Offer, 'id' | 'kind' | 'partnerId' | 'services' | 'trialDays'>,
  customerId: string,
  now: number,
): Subscription[] {
  return offer.services.map((s) => ({
    id: subscriptionIdOf(offer.id, s.offerId),
    tenantId: customerId,
    partnerId: offer.partnerId,
    offerId: s.offerId,
    licenses: s.licenses,
    assigned: 0,
    ...(offer.kind === 'trial'
      ? {
          status: 'trial' as const,
          endsAt: now + (offer.trialDays ?? trialDaysOf(offer.services)) * DAY_MS,
        }
      : { status: 'active' as const }),
  }));
}

/** Subscriptions made from an offer are found again by id. */
export function subscriptionIdOf(o365OfferId: string, offerId: string): string {
  return `${o365OfferId}-${offerId}`;
}

/** A trial ends by the clock (computed on read). */
export function subscriptionStatusAt(
  sub: Pick<Subscription, 'status' | 'endsAt'>,
  now: number,
): Subscription['status'] {
  return sub.status === 'trial' && sub.endsAt !== undefined && now >= sub.endsAt
    ? 'expired'
    : sub.status;
}

// ---------------------------------------------------------------------------------------------
// R-O365-3: one delegated administration partner through Office 365 partner offers

/**
 * R-O365-3: the customer's current delegated administration partner through these offers,
 * if it is another partner. CSP relationships (source 'csp' or none) don't count: a reseller
 * and its indirect provider may both hold admin rights (workflows-and-rules, decision 4).
 * A partner whose roles were removed (W-REMOVE-ROLES) no longer counts.
 */
export function R_O365_3_otherDelegatedAdmin(
  relationships: readonly Relationship[],
  partnerId: string,
): Relationship | undefined {
  return relationships.find(
    (r) => r.source === 'o365' && r.adminRoles.length > 0 && r.partnerId !== partnerId,
  );
}

/** R-O365-2 / R-MPR-3: the relationship once the customer authorizes the partner as delegated administrator. */
export function relationshipAfterDelegatedAdmin(
  existing: Relationship | undefined,
): Pick<Relationship, 'type' | 'adminRoles' | 'source'> {
  const roles = new Set<Role>(existing?.adminRoles ?? []);
  R_MPR_3_DELEGATED_ROLES.forEach((r) => roles.add(r));
  const type: PartnerType =
    existing && isReseller(existing) ? 'resellerAndDelegatedAdmin' : 'delegatedAdmin';
  return { type, adminRoles: [...roles], source: 'o365' };
}

// ---------------------------------------------------------------------------------------------
// W-POR, R-O365-4

export type MpnProblem = 'required' | 'format' | 'tooLong';

/** An MPN ID as typed: digits only. */
export function checkMpnId(raw: string): MpnProblem | null {
  const text = raw.trim();
  if (!text) return 'required';
  if (text.length > MPN_ID_MAX) return 'tooLong';
  return /^\d+$/.test(text) ? null : 'format';
}

/** Who may be designated partner of record: a partner organization in the customer's cloud. */
export function canBePartnerOfRecord(
  partner: Pick<Tenant, 'kind' | 'cloud'>,
  customer: Pick<Tenant, 'cloud'>,
): boolean {
  return (
    partner.kind === 'partner' &&
    partner.cloud === customer.cloud &&
    R_O365_6_partnerFeaturesAvailable(customer.cloud)
  );
}

/**
 * R-O365-4: exactly one partner of record at a time, independent of who administers: the
 * flags of the customer's relationships after designating `partnerId` (admin roles untouched).
 */
export function R_O365_4_partnerOfRecordFlags(
  relationships: readonly Pick<Relationship, 'id' | 'partnerId' | 'partnerOfRecord'>[],
  partnerId: string,
): { id: string; partnerOfRecord: boolean }[] {
  return relationships
    .filter((r) => r.partnerOfRecord !== (r.partnerId === partnerId))
    .map((r) => ({ id: r.id, partnerOfRecord: r.partnerId === partnerId }));
}
