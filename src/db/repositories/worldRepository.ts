import type { AppDB } from '../AppDB';
import type { Mail, World } from '../../domain/types';
import { SCENARIOS, isScenarioName, type ScenarioName } from '../scenarios';
import { DEFAULT_EDITION, metaInEdition, type Edition } from '../../domain/edition';

/**
 * A scenario's world, made in an edition (issue 16: a link's `?edition=` seeds a fresh world in it).
 * A Today world also gets the GDAP relationships a trainee meets today (scenarios/today.ts); a
 * 2020 world is the scenario's world as it always was.
 */
export async function scenarioWorld(scenario: ScenarioName, edition: Edition): Promise<World> {
  const base = await SCENARIOS[scenario]();
  // Loaded lazily, like the scenarios: a 2020 world never loads it.
  const world =
    edition === 'today' ? (await import('../scenarios/today')).withTodaySeed(base) : base;
  return { ...world, meta: metaInEdition(world.meta, edition) };
}

/**
 * Seeds the world on first use. Runs in one transaction so two tabs opening at once seed once.
 * A stored world is never touched, whatever edition is asked for (it never changes silently).
 */
export async function ensureWorld(
  db: AppDB,
  scenario: string,
  edition: Edition = DEFAULT_EDITION,
): Promise<void> {
  if (await db.meta.get('world')) return;
  const world = await scenarioWorld(isScenarioName(scenario) ? scenario : 'default', edition);
  await db.transaction('rw', db.worldTables, async () => {
    if (await db.meta.get('world')) return;
    await writeWorld(db, world);
  });
}

/** Replaces the whole world atomically: either every table is the new world or nothing changed. */
export async function replaceWorld(db: AppDB, world: World): Promise<void> {
  await db.transaction('rw', db.worldTables, async () => {
    await Promise.all(db.worldTables.map((t) => t.clear()));
    await writeWorld(db, world);
  });
}

export async function resetToScenario(
  db: AppDB,
  scenario: ScenarioName,
  edition: Edition = DEFAULT_EDITION,
): Promise<void> {
  await replaceWorld(db, await scenarioWorld(scenario, edition));
}

/** The stored world's edition (absent: a 2020 world). */
export async function readEdition(db: AppDB): Promise<Edition | undefined> {
  return (await db.meta.get('world'))?.edition;
}

async function writeWorld(db: AppDB, world: World): Promise<void> {
  await db.meta.put(world.meta);
  await db.tenants.bulkAdd(world.tenants);
  await db.users.bulkAdd(world.users);
  await db.partners.bulkAdd(world.partners);
  await db.relationships.bulkAdd(world.relationships);
  await db.providerLinks.bulkAdd(world.providerLinks);
  await db.invitations.bulkAdd(world.invitations);
  await db.agreements.bulkAdd(world.agreements);
  await db.subscriptions.bulkAdd(world.subscriptions);
  await db.mail.bulkAdd(world.mail);
  await db.pmcAccounts.bulkAdd(world.pmcAccounts);
  await db.o365Offers.bulkAdd(world.o365Offers);
  await db.enrollments.bulkAdd(world.enrollments);
  if (world.adminRelationships?.length)
    await db.adminRelationships.bulkAdd(world.adminRelationships);
}

/** Reads every world table in one read transaction, so the export is a consistent snapshot. */
export async function readWorld(db: AppDB): Promise<World> {
  return db.transaction('r', db.worldTables, async () => {
    const meta = await db.meta.get('world');
    if (!meta) throw new Error('world not initialised');
    const [
      tenants,
      users,
      partners,
      relationships,
      providerLinks,
      invitations,
      agreements,
      subscriptions,
      mail,
      pmcAccounts,
      o365Offers,
      enrollments,
      adminRelationships,
    ] = await Promise.all([
      db.tenants.toArray(),
      db.users.toArray(),
      db.partners.toArray(),
      db.relationships.toArray(),
      db.providerLinks.toArray(),
      db.invitations.toArray(),
      db.agreements.toArray(),
      db.subscriptions.toArray(),
      db.mail.toArray(),
      db.pmcAccounts.toArray(),
      db.o365Offers.toArray(),
      db.enrollments.toArray(),
      db.adminRelationships.toArray(),
    ]);
    return {
      meta,
      tenants,
      users,
      partners,
      relationships,
      providerLinks,
      invitations,
      agreements,
      subscriptions,
      mail,
      pmcAccounts,
      o365Offers,
      enrollments,
      // Only when there are some: a 2020 world reads (and exports) exactly as before.
      ...(adminRelationships.length ? { adminRelationships } : {}),
    };
  });
}

/**
 * The world as export writes it. Mail parameters are text in the world file (what import
 * reads back); worlds stored before the review mail's day count became text hold a number
 * there, which would make their own export unreadable (issue 18), so numbers become text.
 */
export async function readWorldForExport(db: AppDB): Promise<World> {
  const world = await readWorld(db);
  const asText = (text: Mail['body']): Mail['body'] =>
    text.kind === 'i18n' &&
    text.params &&
    Object.values(text.params).some((v) => typeof v !== 'string')
      ? {
          ...text,
          params: Object.fromEntries(Object.entries(text.params).map(([k, v]) => [k, String(v)])),
        }
      : text;
  return {
    ...world,
    mail: world.mail.map((m) => ({ ...m, subject: asText(m.subject), body: asText(m.body) })),
  };
}
