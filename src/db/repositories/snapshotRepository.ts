import type { AppDB } from '../AppDB';

/** A workflow's persisted actor snapshot, if any, and only if it was saved by this machine version. */
export async function loadSnapshot(db: AppDB, key: string, machineVersion: number): Promise<unknown | undefined> {
  const row = await db.snapshots.get(key);
  if (!row) return undefined;
  if (row.machineVersion !== machineVersion) {
    // Saved by another version of the machine: discard it rather than guess.
    await db.snapshots.delete(key);
    return undefined;
  }
  return row.snapshot;
}

export async function saveSnapshot(db: AppDB, key: string, machineVersion: number, snapshot: unknown): Promise<void> {
  await db.snapshots.put({ key, machineVersion, snapshot, savedAt: Date.now() });
}

export async function clearSnapshot(db: AppDB, key: string): Promise<void> {
  await db.snapshots.delete(key);
}
