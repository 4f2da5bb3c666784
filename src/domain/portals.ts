import type { Cloud, Tenant } from './types';
import { isPartnerTenant } from './tenants';

/** The simulated portals a persona can land in. */
export const PORTALS = ['partner-center', 'admin-center', 'office-admin-portal'] as const;
export type Portal = (typeof PORTALS)[number];

/**
 * R-REQ-5: customers in the public cloud work in the Microsoft 365 admin center; customers
 * in Microsoft Cloud Germany or Microsoft Cloud for US Government accept in the Microsoft
 * Office Admin Portal. 21Vianet customers have their own admin center, where the partner
 * features are not available (R-O365-6); we show it as the admin center with those off.
 */
export function customerPortalForCloud(cloud: Cloud): Portal {
  return cloud === 'germany' || cloud === 'usgov' ? 'office-admin-portal' : 'admin-center';
}

/** Partner staff work in Partner Center; everyone else in their cloud's customer portal. */
export function portalForTenant(tenant: Pick<Tenant, 'kind' | 'cloud'>): Portal {
  return isPartnerTenant(tenant) ? 'partner-center' : customerPortalForCloud(tenant.cloud);
}

/** R-O365-6: partner features are not available in Office 365 operated by 21Vianet. */
export function partnerFeaturesAvailable(cloud: Cloud): boolean {
  return cloud !== 'china21v';
}
