import { R_MPR_1_canManagePartners } from './customerRules';
import { partnerFeaturesAvailable } from './portals';
import type { Invitation, Role, Tenant } from './types';

/** Why an invitation can't be accepted, as an i18n key and the rule behind it. */
export interface InvitationBlock {
  key:
    | 'notFound'
    | 'used'
    | 'cancelled'
    | 'failed'
    | 'partnerPersona'
    | 'otherTenant'
    | 'linkMissing'
    | 'role'
    | 'unavailable21v'
    | 'otherCloud'
    | 'otherRegion'
    | 'providerUnlinked';
  ruleId?: string;
}

export interface InvitationCheckInput {
  invitation: Invitation | undefined;
  partner: Tenant | undefined;
  /** The tenant and roles of the persona who opened the link. */
  personaTenant: Tenant;
  personaRoles: readonly Role[];
}

/**
 * Can this persona act on (accept or cancel) this reseller invitation? Checked when the page
 * opens, by the machine's guards, and again inside the accepting transaction with fresh data.
 * `otherRegion` (R-REQ-3) is the only block that also changes the world: the invitation fails
 * and the partner is told (see invitationRepository).
 */
export function checkInvitation(input: InvitationCheckInput): InvitationBlock | null {
  const { invitation, partner, personaTenant, personaRoles } = input;
  if (
    !invitation ||
    !partner ||
    (invitation.kind !== 'reseller' && invitation.kind !== 'resellerWithProvider')
  )
    return { key: 'notFound' };
  if (invitation.state === 'accepted') return { key: 'used' };
  if (invitation.state === 'cancelled') return { key: 'cancelled', ruleId: 'R-MPR-4' };
  if (invitation.state === 'failed') return { key: 'failed' };
  if (personaTenant.kind === 'partner') return { key: 'partnerPersona' };
  if (invitation.customerId && invitation.customerId !== personaTenant.id)
    return { key: 'otherTenant' };
  // R-IND-11: without the personal link the customer cannot accept.
  if (!invitation.linkDelivered) return { key: 'linkMissing', ruleId: 'R-IND-11' };
  if (!R_MPR_1_canManagePartners(personaRoles)) return { key: 'role', ruleId: 'R-MPR-1' };
  if (!partnerFeaturesAvailable(personaTenant.cloud))
    return { key: 'unavailable21v', ruleId: 'R-O365-6' };
  // National clouds are separate worlds: a partner transacts only within its own cloud.
  if (partner.cloud !== personaTenant.cloud) return { key: 'otherCloud' };
  if (!R_REQ_3_sameRegion(partner, personaTenant)) return { key: 'otherRegion', ruleId: 'R-REQ-3' };
  return null;
}

/** R-REQ-3: a partner can request a reseller relationship only with a customer in its own country or region. */
export function R_REQ_3_sameRegion(
  partner: Pick<Tenant, 'country'>,
  customer: Pick<Tenant, 'country'>,
): boolean {
  return partner.country === customer.country;
}
