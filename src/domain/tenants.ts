import type { Tenant } from './types';

export function isPartnerTenant(tenant: Pick<Tenant, 'kind'>): boolean {
  return tenant.kind === 'partner';
}
