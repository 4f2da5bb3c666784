import type { AppDB } from '../db/AppDB';
import { openWorldDatabase, type OpenedDatabase } from '../db/open';
import {
  ensureWorld,
  readWorld,
  replaceWorld,
  resetToScenario,
} from '../db/repositories/worldRepository';
import type { CheckpointRow } from './progress/learnersDb';
import { setWorldProfile } from '../db/repositories/profileRepository';
import type { CompanyProfile } from '../domain/profile';
import type { Walkthrough } from './types';

// Each walkthrough plays on its own copy of the default world (one database per walkthrough),
// so practising never touches the learner's world, and a paused walkthrough keeps its state.

export function trainingDbName(slug: string): string {
  return `partner-sim.training.${slug}`;
}

/**
 * Opens the walkthrough's world; `fresh` resets it to the default world and runs the walkthrough's
 * setup, under the partner's own profile when the learner's world has one (issue 15).
 */
export function openTrainingWorld(
  walkthrough: Walkthrough,
  fresh: boolean,
  profile?: CompanyProfile,
): Promise<OpenedDatabase> {
  return openWorldDatabase(trainingDbName(walkthrough.slug), async (db) => {
    if (fresh) await prepareFreshWorld(db, walkthrough, profile);
    else await ensureWorld(db, 'default', walkthrough.edition);
  });
}

export async function prepareFreshWorld(
  db: AppDB,
  walkthrough: Walkthrough,
  profile?: CompanyProfile,
): Promise<void> {
  // The walkthrough's world is made in its edition (issue 16; absent: 2020).
  await resetToScenario(db, 'default', walkthrough.edition);
  await db.snapshots.clear();
  await walkthrough.setup?.(db);
  // After the setup: the mails it sends name the default partner too, and are renamed with the rest.
  if (profile) await setWorldProfile(db, profile);
}

export async function takeCheckpoint(
  db: AppDB,
  runId: string,
  step: number,
  path: string,
  persona: string | null,
): Promise<CheckpointRow> {
  const [world, snapshots] = await Promise.all([readWorld(db), db.snapshots.toArray()]);
  return { runId, step, world, snapshots, path, persona };
}

/** Puts the world back as it was when the checkpoint's step began, workflows in progress included. */
export async function restoreCheckpoint(db: AppDB, checkpoint: CheckpointRow): Promise<void> {
  await replaceWorld(db, checkpoint.world);
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.clear();
    await db.snapshots.bulkPut(checkpoint.snapshots);
  });
}
