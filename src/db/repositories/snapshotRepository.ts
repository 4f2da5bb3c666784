import type { AppDB } from '../AppDB';
import { reportingWrite } from './outcome';

/** A workflow's persisted actor snapshot, if any, and only if it was saved by this machine version. */
export async function loadSnapshot(
  db: AppDB,
  key: string,
  machineVersion: number,
): Promise<unknown | undefined> {
  const row = await db.snapshots.get(key);
  if (!row) return undefined;
  if (row.machineVersion !== machineVersion) {
    // Saved by another version of the machine: discard it rather than guess.
    await db.snapshots.delete(key);
    return undefined;
  }
  return row.snapshot;
}

// A workflow's progress is saved in the background (nobody awaits it): a failure is reported
// (the page stays usable, only a reload would lose the step) and resolves instead of rejecting.
export async function saveSnapshot(
  db: AppDB,
  key: string,
  machineVersion: number,
  snapshot: unknown,
  machineId?: string,
): Promise<boolean> {
  return reportingWrite(() =>
    db.snapshots.put({
      key,
      machineVersion,
      snapshot,
      savedAt: Date.now(),
      ...(machineId === undefined ? {} : { machineId }),
    }),
  ).then(
    () => true,
    () => false,
  );
}

export async function clearSnapshot(db: AppDB, key: string): Promise<boolean> {
  return reportingWrite(() => db.snapshots.delete(key)).then(
    () => true,
    () => false,
  );
}

/**
 * The state values of every snapshot a machine saved (any key, any persona). The table holds
 * one row per workflow in progress, so a scan is cheaper than an index and a schema version.
 */
export async function savedStatesOf(db: AppDB, machineId: string): Promise<unknown[]> {
  const rows = await db.snapshots.filter((row) => row.machineId === machineId).toArray();
  return rows.map((row) => (row.snapshot as { value?: unknown } | null)?.value);
}
