import Dexie, { type DexieOptions } from 'dexie';
import { AppDB, DB_NAME, SCHEMA_V1, SCHEMA_V2 } from './AppDB';
import { ensureWorld } from './repositories/worldRepository';
import type { Edition } from '../domain/edition';

export interface OpenedDatabase {
  db: AppDB;
  /** False when IndexedDB was unavailable and the world lives in memory for this tab only. */
  persistent: boolean;
  /** Why the world lives in memory when IndexedDB itself works: a database of another shape holds the name. */
  memoryReason?: 'foreignDb';
}

/** The learner's own world, seeded with the scenario (in the edition) on first use. */
export function openDatabase(scenario: string, edition?: Edition): Promise<OpenedDatabase> {
  return openWorldDatabase(DB_NAME, (db) => ensureWorld(db, scenario, edition));
}

/**
 * Opens a world database (the learner's own, or a walkthrough's copy) and prepares it. If
 * IndexedDB is missing or blocked (some private modes, disabled storage), the app still runs
 * on an in-memory IndexedDB, loaded lazily so it costs nothing on the normal path, and the
 * shell says so.
 */
export async function openWorldDatabase(
  name: string,
  prepare: (db: AppDB) => Promise<void>,
): Promise<OpenedDatabase> {
  // Issue 18: a database of another shape under our name (another build, another app) is left
  // untouched: opening it as AppDB would upgrade its version and then hang on its missing data.
  // Ours is the current shape or an older version of it (which Dexie upgrades on open).
  if (
    (await inspectDatabase(name, WORLD_STORES, WORLD_IDB_VERSION)) === 'foreign' &&
    (await inspectDatabase(name, WORLD_STORES_V1, WORLD_IDB_VERSION_V1)) === 'foreign'
  ) {
    console.warn(
      `IndexedDB database ${name} has another shape; left untouched, using an in-memory world`,
    );
    // Its own name: under test the in-memory factory is the global one, and must not touch the foreign database either.
    const db = new AppDB(`${name}.in-memory`, await memoryIndexedDb());
    await db.open();
    await prepare(db);
    return { db, persistent: false, memoryReason: 'foreignDb' };
  }
  return openOrInMemory((options) => new AppDB(name, options), prepare);
}

/** Each store with the index names Dexie gives it (a compound index is named `[a+b]`). */
const storesOf = (schema: Record<string, string>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(schema).map(([store, spec]) => [
      store,
      spec
        .split(',')
        .slice(1) // the primary key is not an index
        .map((part) => part.trim().replace(/^(\+\+|&|\*)/, ''))
        .filter(Boolean),
    ]),
  );
const WORLD_STORES = storesOf(SCHEMA_V2);
const WORLD_STORES_V1 = storesOf(SCHEMA_V1);
/** Dexie stores version n as IndexedDB version n × 10. */
const WORLD_IDB_VERSION = 20;
const WORLD_IDB_VERSION_V1 = 10;

/**
 * What the browser holds under `name`, read without changing it: absent (opening would create
 * it: the creation is aborted), ours (the version, stores and indexes AppDB declares), or foreign. Any
 * other trouble (no IndexedDB, blocked) answers 'absent' and leaves it to openOrInMemory.
 */
export function inspectDatabase(
  name: string,
  stores: Readonly<Record<string, readonly string[]>>,
  version: number,
): Promise<'absent' | 'ours' | 'foreign'> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve('absent');
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve('absent');
    }
    let created = false;
    request.onupgradeneeded = () => {
      // No version given: an upgrade happens only when the database doesn't exist yet.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const idb = request.result;
      let shape: boolean;
      try {
        // The stores and their indexes: a database with our store names but other indexes is
        // not ours either (opening it as AppDB would upgrade it, then fail on its queries).
        shape =
          idb.version === version &&
          Object.entries(stores).every(([store, indexes]) => {
            if (!idb.objectStoreNames.contains(store)) return false;
            const names = idb.transaction(store, 'readonly').objectStore(store).indexNames;
            return indexes.every((index) => names.contains(index));
          });
      } catch {
        shape = false;
      }
      idb.close();
      resolve(created ? 'absent' : shape ? 'ours' : 'foreign');
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve('absent');
    };
    request.onblocked = () => resolve('absent');
  });
}

/** Opens a Dexie database on IndexedDB, or on the in-memory one when IndexedDB is missing or refuses. */
export async function openOrInMemory<T extends Dexie>(
  create: (options?: DexieOptions) => T,
  prepare: (db: T) => Promise<void> = async () => {},
): Promise<{ db: T; persistent: boolean }> {
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
  if (!Dexie.dependencies.indexedDB)
    Object.assign(Dexie.dependencies, { indexedDB: memoryIdb, IDBKeyRange: memoryRange });
  return { indexedDB: memoryIdb, IDBKeyRange: memoryRange };
}
