import { describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import { setWorldProfile } from '../../src/db/repositories/profileRepository';
import { BUILT_IN_PROFILE_IDS, builtInProfile } from '../../src/domain/builtInProfiles';

// Issue 15: every built-in example profile applies to the stored default world (its writes keep
// the world rules, src/db/worldRulesMiddleware.ts) and can be removed again.
describe('built-in profiles on the stored world', () => {
  it.each(BUILT_IN_PROFILE_IDS)('%s applies and is removed', async (id) => {
    const db = new AppDB(`partner-sim.world.builtin-${id}`);
    await ensureWorld(db, 'default');
    const before = JSON.stringify(await readWorld(db));
    await setWorldProfile(db, builtInProfile(id));
    const world = await readWorld(db);
    expect(world.tenants.find((t) => t.id === 'contoso')?.name).toBe(
      builtInProfile(id)!.customer.name,
    );
    await setWorldProfile(db, undefined);
    expect(JSON.stringify(await readWorld(db))).toBe(before);
  });
});
