import Dexie from 'dexie';
import { AppDB, DB_NAME } from './AppDB';
import { ensureWorld } from './repositories/worldRepository';

export interface OpenedDatabase {
  db: AppDB;
  /** False when IndexedDB was unavailable and the world lives in memory for this tab only. */
  persistent: boolean;
}

/**
 * Opens the world database and seeds it on first use. If IndexedDB is missing or blocked
 * (some private modes, disabled storage), the app still runs on an in-memory IndexedDB,
 * loaded lazily so it costs nothing on the normal path, and the shell says so.
 */
export async function openDatabase(scenario: string): Promise<OpenedDatabase> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no indexedDB');
    const db = new AppDB(DB_NAME);
    await db.open();
    await ensureWorld(db, scenario);
    return { db, persistent: true };
  } catch (error) {
    console.warn('IndexedDB unavailable, using an in-memory world', error);
    const { indexedDB: memoryIdb, IDBKeyRange: memoryRange } = await import('fake-indexeddb');
    // liveQuery reads Dexie.dependencies (taken from window at load), not the db's options:
    // without this, every live list would wait forever when window.indexedDB is missing.
    if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, { indexedDB: memoryIdb, IDBKeyRange: memoryRange });
    const db = new AppDB(DB_NAME, { indexedDB: memoryIdb, IDBKeyRange: memoryRange });
    await db.open();
    await ensureWorld(db, scenario);
    return { db, persistent: false };
  }
}
