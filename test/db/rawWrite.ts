import type { AppDB } from '../../src/db/AppDB';

/**
 * Writes a row straight to IndexedDB, under Dexie and its write checks
 * (src/db/worldRulesMiddleware.ts), as an older build or the developer tools could have.
 */
export async function rawPut(db: AppDB, store: string, row: unknown): Promise<void> {
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite');
    tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
