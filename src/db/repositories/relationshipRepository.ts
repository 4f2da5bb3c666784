import type { AppDB } from '../AppDB';
import {
  hasAdminRoles,
  R_MPR_1_canManagePartners,
  relationshipAfterRolesRemoved,
} from '../../domain/customerRules';
import { partnerFeaturesAvailable } from '../../domain/portals';
import type { Outcome } from '../../domain/outcome';
import { reportingWrite } from './outcome';

export type RemoveRolesOutcome = Outcome;

/**
 * W-REMOVE-ROLES: the customer removes a partner's admin roles. R-MPR-1 (who may) and
 * R-MPR-7 (the relationship stays) are applied here, on fresh data, in one transaction.
 */
export async function removeAdminRoles(
  db: AppDB,
  userId: string,
  relationshipId: string,
): Promise<RemoveRolesOutcome> {
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.relationships, db.meta], async () => {
      const [user, rel] = await Promise.all([
        db.users.get(userId),
        db.relationships.get(relationshipId),
      ]);
      if (!user || !rel || rel.customerId !== user.tenantId)
        return { ok: false, key: 'adminCenter:removeRoles.notFound' } as const;
      if (!R_MPR_1_canManagePartners(user.roles))
        return { ok: false, key: 'rules:R-MPR-1' } as const;
      const tenant = await db.tenants.get(user.tenantId);
      if (!tenant || !partnerFeaturesAvailable(tenant.cloud))
        return { ok: false, key: 'rules:R-O365-6' } as const;
      if (!hasAdminRoles(rel))
        return { ok: false, key: 'adminCenter:removeRoles.noRoles' } as const;
      const meta = (await db.meta.get('world'))!;
      await db.relationships.update(rel.id, {
        ...relationshipAfterRolesRemoved(rel),
        rolesRemovedAt: meta.now,
      });
      return { ok: true } as const;
    }),
  );
}
