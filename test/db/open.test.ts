import { describe, expect, it } from 'vitest';
import { openWorldDatabase } from '../../src/db/open';
import { ensureWorld } from '../../src/db/repositories/worldRepository';

// Issue 18: a database of another shape under the world's name never hangs the start and is never upgraded.

function rawOpen(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function rawRead(
  name: string,
): Promise<{ version: number; stores: string[]; rows: unknown[] }> {
  const idb = await rawOpen(name);
  const stores = [...idb.objectStoreNames];
  const rows = stores.includes('things')
    ? await new Promise<unknown[]>((resolve) => {
        const r = idb.transaction('things').objectStore('things').getAll();
        r.onsuccess = () => resolve(r.result);
      })
    : [];
  idb.close();
  return { version: idb.version, stores, rows };
}

describe('the start validates the database it opens', () => {
  it('a foreign database is left untouched (no upgrade, data kept) and the world opens in memory with a notice', async () => {
    const name = 'partner-sim.world.foreign-test';
    const foreign = await rawOpen(name, 3, (db) =>
      db.createObjectStore('things', { keyPath: 'id' }).put({ id: 1, what: 'another app' }),
    );
    foreign.close();
    const opened = await openWorldDatabase(name, (db) => ensureWorld(db, 'default'));
    expect(opened).toMatchObject({ persistent: false, memoryReason: 'foreignDb' });
    expect(await opened.db.meta.get('world')).toMatchObject({ scenario: 'default' });
    opened.db.close();
    expect(await rawRead(name)).toEqual({
      version: 3,
      stores: ['things'],
      rows: [{ id: 1, what: 'another app' }],
    });
  });

  it('a database with our version and store names but other indexes is foreign too, and left as it was', async () => {
    const name = 'partner-sim.world.same-stores-test';
    const { SCHEMA_V1 } = await import('../../src/db/AppDB');
    const foreign = await rawOpen(name, 10, (db) => {
      // Every store name of ours, with no index at all: a look-alike from another build.
      for (const store of Object.keys(SCHEMA_V1)) db.createObjectStore(store, { keyPath: 'id' });
    });
    foreign.close();
    const opened = await openWorldDatabase(name, (db) => ensureWorld(db, 'default'));
    expect(opened).toMatchObject({ persistent: false, memoryReason: 'foreignDb' });
    opened.db.close();
    const after = await rawOpen(name);
    expect(after.version).toBe(10);
    expect([...after.transaction('tenants').objectStore('tenants').indexNames]).toEqual([]);
    after.close();
  });

  it('a database of our own shape, even empty, is ours: it persists and is seeded', async () => {
    const name = 'partner-sim.world.own-test';
    const first = await openWorldDatabase(name, async () => {});
    expect(first).toMatchObject({ persistent: true });
    expect(first.memoryReason).toBeUndefined();
    first.db.close();
    const second = await openWorldDatabase(name, (db) => ensureWorld(db, 'default'));
    expect(second).toMatchObject({ persistent: true });
    expect(await second.db.meta.get('world')).toBeTruthy();
    await second.db.delete();
  });
});
