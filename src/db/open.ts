import Dexie, { type DexieOptions } from 'dexie';
import { AppDB, DB_NAME } from './AppDB';
import { ensureWorld } from './repositories/worldRepository';

export interface OpenedDatabase {
  db: AppDB;
  /** False when IndexedDB was unavailable and the world lives in memory for this tab only. */
  persistent: boolean;
}

/** The learner's own world, seeded with the scenario on first use. */
export function openDatabase(scenario: string): Promise<OpenedDatabase> {
  return openWorldDatabase(DB_NAME, (db) => ensureWorld(db, scenario));
}

/**
 * Opens a world database (the learner's own, or a walkthrough's copy) and prepares it. If
 * IndexedDB is missing or blocked (some private modes, disabled storage), the app still runs
 * on an in-memory IndexedDB, loaded lazily so it costs nothing on the normal path, and the
 * shell says so.
 */
export function openWorldDatabase(name: string, prepare: (db: AppDB) => Promise<void>): Promise<OpenedDatabase> {
  return openOrInMemory((options) => new AppDB(name, options), prepare);
}

/** Opens a Dexie database on IndexedDB, or on the in-memory one when IndexedDB is missing or refuses. */
export async function openOrInMemory<T extends Dexie>(create: (options?: DexieOptions) => T, prepare: (db: T) => Promise<void> = async () => {}): Promise<{ db: T; persistent: boolean }> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
    const db = create();
    await db.open();
    await prepare(db);
    return { db, persistent: true };
  } catch (error) {
    console.warn('IndexedDB unavailable, using an in-memory database', error);
    const db = create(await memoryIndexedDb());
    await db.open();
    await prepare(db);
    return { db, persistent: false };
  }
}

/** fake-indexeddb, also made Dexie's default (see below). */
export async function memoryIndexedDb() {
  const { indexedDB: memoryIdb, IDBKeyRange: memoryRange } = await import('fake-indexeddb');
  // liveQuery reads Dexie.dependencies (taken from window at load), not the db's options:
  // without this, every live list would wait forever when window.indexedDB is missing.
  if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB: memoryIdb, IDBKeyRange: memoryRange });
  return { indexedDB: memoryIdb, IDBKeyRange: memoryRange };
}
