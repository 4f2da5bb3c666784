import type { AppDB } from '../AppDB';
import { portalForTenant } from '../../domain/portals';
import type { Persona, PersonaSummary } from '../../domain/persona';

export type { Persona, PersonaSummary };

/** The persona for a user id, falling back to the world's default persona (e.g. after a reset). */
export async function loadPersona(db: AppDB, userId: string | null): Promise<Persona | undefined> {
  const meta = await db.meta.get('world');
  let user = userId ? await db.users.get(userId) : undefined;
  if (!user && meta) user = await db.users.get(meta.defaultPersonaId);
  if (!user) return undefined;
  const tenant = await db.tenants.get(user.tenantId);
  if (!tenant) return undefined;
  const partner = tenant.kind === 'partner' ? await db.partners.get(tenant.id) : undefined;
  return {
    user,
    tenant,
    partner,
    portal: portalForTenant(tenant),
    subject: {
      roles: user.roles,
      tenantKind: tenant.kind,
      cloud: tenant.cloud,
      programs: partner?.programs ?? [],
    },
  };
}

/** Every persona of the world, grouped by organization then name (the switcher's list). */
export async function listPersonas(db: AppDB): Promise<PersonaSummary[]> {
  const users = await db.users.toArray();
  // Only the tenants that have users: the large scenario's 10,000 customers must not load here.
  const tenantIds = [...new Set(users.map((u) => u.tenantId))];
  const tenants = await db.tenants.bulkGet(tenantIds);
  const names = new Map(tenants.flatMap((t) => (t ? [[t.id, t.name] as const] : [])));
  return users
    .map((u) => ({
      userId: u.id,
      displayName: u.displayName,
      primaryRole: u.roles[0],
      tenantId: u.tenantId,
      tenantName: names.get(u.tenantId) ?? '',
    }))
    .sort(
      (a, b) =>
        a.tenantName.localeCompare(b.tenantName) || a.displayName.localeCompare(b.displayName),
    );
}
