import type { Page } from '@playwright/test';

/**
 * Every world store's records as one string, to compare before and after a refused input
 * (issue 17: what is refused stores nothing). The workflow snapshots aside: a form in progress
 * persists its draft.
 */
export const worldContent = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('partner-sim.world');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'snapshots');
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
        };
      }),
  );
