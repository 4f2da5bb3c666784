// The simulator's own controls (not documented workflows): reset, export, import, clock,
// mail read state. Components call these; these call repositories.
import { getDb } from '../db/instance';
import {
  readWorldForExport,
  replaceWorld,
  resetToScenario,
} from '../db/repositories/worldRepository';
import { advanceClock as advance, type ClockOutcome } from '../db/repositories/clockRepository';
import type { StoreFailure } from '../db/repositories/outcome';
import { markRead } from '../db/repositories/mailRepository';
import {
  decodeWorldFile,
  parseWorldFile,
  toWorldFile,
  WORLD_FILE_MAX_BYTES,
  type WorldFileProblem,
} from '../domain/worldFile';
import type { ScenarioName } from '../db/scenarios';
import { loadProfile } from './profile.svelte';
import { loadEdition } from './edition.svelte';
import type { Edition } from '../domain/edition';

/** A fresh world of the scenario, in the edition chosen (2020 unless said). */
export async function resetWorld(scenario: ScenarioName, edition?: Edition): Promise<void> {
  await resetToScenario(getDb(), scenario, edition);
  // A reset is a fresh default world: no profile, the default names and colour again (issue 15).
  await loadProfile(getDb());
  await loadEdition(getDb());
}

export async function exportWorld(): Promise<{ fileName: string; blob: Blob }> {
  const world = await readWorldForExport(getDb());
  const file = toWorldFile(world, new Date());
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return {
    fileName: `partner-sim-${world.meta.scenario}-${stamp}.json`,
    blob: new Blob([JSON.stringify(file)], { type: 'application/json' }),
  };
}

/** Validates the whole file first; the current world changes only if every check passes. */
export async function importWorld(
  file: File,
): Promise<{ ok: true } | { ok: false; problems: WorldFileProblem[] }> {
  if (file.size > WORLD_FILE_MAX_BYTES)
    return {
      ok: false,
      problems: [{ key: 'import.tooLarge', params: { maxMb: WORLD_FILE_MAX_BYTES / 1024 / 1024 } }],
    };
  const decoded = decodeWorldFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  const result = parseWorldFile(decoded.text);
  if (!result.ok) return result;
  try {
    await replaceWorld(getDb(), result.world);
  } catch {
    // A constraint the validator missed (e.g. a unique index) aborts the transaction: nothing changed.
    return { ok: false, problems: [{ key: 'import.storeFailed' }] };
  }
  // The imported world's own profile (or none) now names the partner (issue 15), in its edition.
  await loadProfile(getDb());
  await loadEdition(getDb());
  return { ok: true };
}

export async function advanceClock(days: number): Promise<ClockOutcome> {
  return advance(getDb(), days);
}

export async function setMailRead(
  mailId: string,
  read: boolean,
): Promise<{ ok: true } | StoreFailure> {
  return markRead(getDb(), mailId, read);
}
