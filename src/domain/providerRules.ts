// Indirect providers and their resellers (W-CONNECT-PROVIDER, W-INVITE-3WAY): the rules
// R-IND-8, R-IND-9 and R-IND-10, and the decisions the documentation leaves to us. Pure: the
// repository (src/db/repositories/providerRepository.ts) applies them on fresh data inside its
// transactions, the machines use them as guards, the pages only show their answers.
import { isReseller, R_MPR_6_canTransact } from './customerRules';
import type { Feature } from './access';
import { OFFERS } from './catalogue';
import { checkText, EMAIL_PATTERN, type TextProblem } from './textInput';
import type {
  Invitation,
  PartnerOrganization,
  ProviderLink,
  Relationship,
  Role,
  Subscription,
  Tenant,
} from './types';

/**
 * Decision (R-IND-7 + R-IND-8): authorizing an indirect provider needs the reseller's Admin
 * agent. The link gives the provider admin access to the reseller's own work account, which
 * is an administrative act; Sales agents may see the Indirect providers page but not grant it.
 */
export function R_IND_8_canAuthorizeProvider(roles: readonly Role[]): boolean {
  return roles.includes('adminAgent');
}

/**
 * Decision (R-IND-8): the provider's admin access to the reseller's work account is removed
 * by the reseller's Admin agent, or by its Global admin (the seed says it is removed in the
 * Office 365 portal, where the Global admin works). Sales agents can't.
 */
export function R_IND_8_canRemoveProviderAccess(roles: readonly Role[]): boolean {
  return roles.includes('adminAgent') || roles.includes('globalAdmin');
}

/**
 * Decision (R-IND-10): the feature a provider's order needs. Orders are the provider's CSP
 * business with its resellers' customers, so the Indirect resellers feature decides (Admin
 * agent or Sales agent of an indirect provider): Sales agents place orders in Partner Center;
 * what they can't do is administer on behalf of a customer, and an order isn't that.
 */
export const PROVIDER_ORDER_FEATURE: Feature = 'pc.indirectResellers';

/** R-IND-8: a new link always starts with the provider's admin access to the reseller's work account. */
export function R_IND_8_newLink(
  id: string,
  providerId: string,
  resellerId: string,
  now: number,
): ProviderLink {
  return { id, providerId, resellerId, createdAt: now, providerHasAdminAccess: true };
}

/** R-IND-8: removing the provider's admin access keeps the link itself. */
export function R_IND_8_linkWithoutAdminAccess(link: ProviderLink): ProviderLink {
  return { ...link, providerHasAdminAccess: false };
}

export const RESELLER_EMAIL_MAX = 254;

/** The reseller Admin agent's address the provider types (W-CONNECT-PROVIDER step 1). */
export function checkResellerEmail(raw: string): TextProblem | null {
  return checkText(raw, { required: true, max: RESELLER_EMAIL_MAX, pattern: EMAIL_PATTERN });
}

export type AddresseeRefusalKey =
  | 'self'
  | 'notPartner'
  | 'notIndirectReseller'
  | 'notAdminAgent'
  | 'otherCloud'
  | 'otherRegion'
  | 'alreadyLinked';
export interface Refusal<K extends string> {
  key: K;
  ruleId?: string;
}

/**
 * Who a provider may invite: the Admin agent (the one who can authorize, see above) of an
 * organization enrolled as an indirect reseller, in the provider's cloud and country (indirect
 * resellers buy through providers of their own region; national clouds are separate worlds),
 * and not already linked to it.
 */
export function decideResellerAddressee(input: {
  provider: Pick<Tenant, 'id' | 'cloud' | 'country'>;
  addresseeRoles: readonly Role[];
  reseller: Pick<Tenant, 'id' | 'kind' | 'cloud' | 'country'>;
  resellerOrg: Pick<PartnerOrganization, 'programs'> | undefined;
  alreadyLinked: boolean;
}): Refusal<AddresseeRefusalKey> | null {
  const { provider, reseller, resellerOrg } = input;
  if (reseller.id === provider.id) return { key: 'self' };
  if (reseller.kind !== 'partner' || !resellerOrg) return { key: 'notPartner' };
  if (!resellerOrg.programs.includes('cspIndirectReseller')) return { key: 'notIndirectReseller' };
  if (!R_IND_8_canAuthorizeProvider(input.addresseeRoles))
    return { key: 'notAdminAgent', ruleId: 'R-IND-7' };
  if (reseller.cloud !== provider.cloud) return { key: 'otherCloud' };
  if (reseller.country !== provider.country) return { key: 'otherRegion' };
  if (input.alreadyLinked) return { key: 'alreadyLinked' };
  return null;
}

export type ProviderInvitationBlockKey =
  | 'notFound'
  | 'used'
  | 'wrongPersona'
  | 'role'
  | 'notIndirectReseller'
  | 'otherCloud'
  | 'otherRegion'
  | 'alreadyLinked';
export type ProviderInvitationBlock = Refusal<ProviderInvitationBlockKey>;

/**
 * Can this persona authorize this provider invitation (W-CONNECT-PROVIDER steps 2–3)? Checked
 * when the page opens and again in the authorizing transaction, on fresh data: the world may
 * have changed in another tab (the link used, the reseller linked by another invitation).
 */
export function checkProviderInvitation(input: {
  invitation: Pick<Invitation, 'kind' | 'state' | 'customerId'> | undefined;
  provider: Pick<Tenant, 'id' | 'cloud' | 'country'> | undefined;
  reseller: Pick<Tenant, 'id' | 'kind' | 'cloud' | 'country'> | undefined;
  resellerOrg: Pick<PartnerOrganization, 'programs'> | undefined;
  personaTenantId: string;
  personaRoles: readonly Role[];
  alreadyLinked: boolean;
}): ProviderInvitationBlock | null {
  const { invitation, provider, reseller } = input;
  if (!invitation || invitation.kind !== 'indirectProvider' || !provider || !reseller)
    return { key: 'notFound' };
  if (invitation.state !== 'sent') return { key: 'used' };
  // "You may need to sign in to the Partner Center again": only the invited reseller's staff.
  if (input.personaTenantId !== reseller.id) return { key: 'wrongPersona' };
  if (!R_IND_8_canAuthorizeProvider(input.personaRoles)) return { key: 'role', ruleId: 'R-IND-7' };
  if (!input.resellerOrg?.programs.includes('cspIndirectReseller'))
    return { key: 'notIndirectReseller' };
  if (reseller.cloud !== provider.cloud) return { key: 'otherCloud' };
  if (reseller.country !== provider.country) return { key: 'otherRegion' };
  if (input.alreadyLinked) return { key: 'alreadyLinked' };
  return null;
}

/**
 * R-IND-9: a customer both partners share is one each of them is a reseller of record for.
 * Linking brings no customers: only such shared customers appear under View customers.
 */
export function R_IND_9_isShared(
  resellerRel: Pick<Relationship, 'partnerId' | 'resellerOf'> | undefined,
  providerRel: Pick<Relationship, 'partnerId' | 'resellerOf'> | undefined,
): boolean {
  return !!resellerRel && !!providerRel && isReseller(resellerRel) && isReseller(providerRel);
}

/** What decides whether a provider may order for a customer. */
export interface ProviderOrderFacts {
  /** The provider's own relationship with the customer, if any. */
  ownRelationship: Pick<Relationship, 'partnerId' | 'resellerOf'> | undefined;
  /** Whether a reseller linked to this provider is a reseller of record for the customer. */
  viaLinkedReseller: boolean;
  hasMca: boolean;
}

export type ProviderOrderRefusalKey = 'noOwnRelationship' | 'noLinkedReseller' | 'noMca';

/**
 * R-IND-10, R-IND-8, R-MPR-6: a provider submits orders for a customer only
 * - with its own reseller relationship with that customer (R-IND-10; a three-way invitation
 *   gives it), checked first because it is the reason a reseller's customer is refused;
 * - as the provider of a linked reseller of that customer (R-IND-8: the link lets it order for
 *   the reseller's customers);
 * - once the customer accepted the Microsoft Customer Agreement (R-MPR-6).
 */
export function decideProviderOrder(
  facts: ProviderOrderFacts,
): Refusal<ProviderOrderRefusalKey> | null {
  if (!facts.ownRelationship || !isReseller(facts.ownRelationship))
    return { key: 'noOwnRelationship', ruleId: 'R-IND-10' };
  if (!facts.viaLinkedReseller) return { key: 'noLinkedReseller', ruleId: 'R-IND-8' };
  if (!R_MPR_6_canTransact(facts.hasMca)) return { key: 'noMca', ruleId: 'R-MPR-6' };
  return null;
}

export type ProviderOrderKind = 'addLicenses' | 'azurePlan';

/** Licenses can be added to an active licence-based subscription; an Azure plan has no licenses. */
export function canAddLicensesTo(sub: Pick<Subscription, 'offerId' | 'status'>): boolean {
  const offer = OFFERS.find((o) => o.id === sub.offerId);
  return !!offer && !offer.azure && sub.status === 'active';
}
