import type { AppDB } from '../AppDB';
import { decideAccess, type AccessSubject, type Feature } from '../../domain/access';
import type { PartnerOrganization, Tenant, User } from '../../domain/types';

export interface Actor {
  user: User;
  tenant: Tenant;
  partner?: PartnerOrganization;
  subject: AccessSubject;
}

/** The user acting, read fresh inside a transaction (the tables users, tenants, partners must be in it). */
export async function loadActor(db: AppDB, userId: string): Promise<Actor | undefined> {
  const user = await db.users.get(userId);
  if (!user) return undefined;
  const tenant = await db.tenants.get(user.tenantId);
  if (!tenant) return undefined;
  const partner = tenant.kind === 'partner' ? await db.partners.get(tenant.id) : undefined;
  return {
    user,
    tenant,
    partner,
    subject: {
      roles: user.roles,
      tenantKind: tenant.kind,
      cloud: tenant.cloud,
      programs: partner?.programs ?? [],
    },
  };
}

/** R-IND-7 in the repository: an action a role may not take is refused here too, not only in the UI. */
export async function actorAllowed(
  db: AppDB,
  userId: string,
  feature: Feature,
): Promise<Actor | undefined> {
  const actor = await loadActor(db, userId);
  return actor && decideAccess(actor.subject, feature).allowed ? actor : undefined;
}
