// Reads for the portal pages that the shared query files do not cover. Index lookups only:
// each one touches a single tenant's rows, never a whole table.
import type { AppDB } from '../AppDB';
import type { Agreement } from '../../domain/types';
import { mcaOf } from './tenants';

export interface CustomerHomeSummary {
  mca: Agreement | undefined;
  partnerCount: number;
}

/** The customer admin home: the Microsoft Customer Agreement and how many partners the tenant has. */
export async function customerHomeSummary(
  db: AppDB,
  tenantId: string,
): Promise<CustomerHomeSummary> {
  const [mca, partnerCount] = await Promise.all([
    mcaOf(db, tenantId),
    db.relationships.where('customerId').equals(tenantId).count(),
  ]);
  return { mca, partnerCount };
}
