import type { AppDB } from '../AppDB';
import { applyProfile, type CompanyProfile } from '../../domain/profile';
import type { World } from '../../domain/types';
import { readWorld } from './worldRepository';

// The partner's own company on the stored world (issue 15): one transaction, so the world is
// either wholly under the new name or unchanged. Workflows in progress (snapshots) are kept.

const TABLES = [
  'tenants',
  'users',
  'partners',
  'relationships',
  'providerLinks',
  'invitations',
  'agreements',
  'subscriptions',
  'mail',
  'pmcAccounts',
  'o365Offers',
  'enrollments',
] as const satisfies readonly Exclude<keyof World, 'meta'>[];

export async function readProfile(db: AppDB): Promise<CompanyProfile | undefined> {
  return (await db.meta.get('world'))?.profile;
}

/** Applies a profile (already validated) or, with `undefined`, returns the world to the default names. */
export async function setWorldProfile(
  db: AppDB,
  profile: CompanyProfile | undefined,
): Promise<void> {
  // Every world table (readWorld reads them all in its own sub-transaction); snapshots are not written.
  await db.transaction('rw', db.worldTables, async () => {
    const world = await readWorld(db);
    const next = applyProfile(world, profile);
    await db.meta.put(next.meta);
    for (const name of TABLES) {
      const rows = next[name] as unknown[];
      // Only tables whose rows changed are rewritten: most hold no partner name.
      if (JSON.stringify(rows) === JSON.stringify(world[name])) continue;
      await db.table(name).clear();
      await db.table(name).bulkAdd(rows);
    }
  });
}
