import { test, expect } from '../fixtures';
import { openPath, waitForShell } from '../helpers';

// Issue 18 in a real browser: a database of another shape under the world's name never hangs
// the start and is left as it was; a 100-character name wraps in the admin center heading.

test('a foreign partner-sim.world database: the app starts in memory with a notice and leaves it untouched', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Another build or app's database (version 3, one store), created before the app starts.
    const request = indexedDB.open('partner-sim.world', 3);
    request.onupgradeneeded = () =>
      request.result.createObjectStore('things', { keyPath: 'id' }).put({ id: 1 });
    request.onsuccess = () => request.result.close();
  });
  await openPath(page, '', { persona: 'u-patti' });
  await expect(page.getByText(/a database of another shape/)).toBeVisible();
  const shape = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve) => {
        const request = indexedDB.open('partner-sim.world');
        request.onsuccess = () => {
          const db = request.result;
          resolve({ version: db.version, stores: [...db.objectStoreNames] });
          db.close();
        };
      }),
  );
  expect(shape).toEqual({ version: 3, stores: ['things'] });
});

test('a 100-character organization name wraps in the admin center heading, whole', async ({
  page,
}) => {
  await openPath(page, 'admin-center', { persona: 'u-patti' });
  const longName = 'Contoso'.repeat(14) + 'Ltd';
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('partner-sim.world');
        request.onsuccess = () => {
          const tx = request.result.transaction('tenants', 'readwrite');
          const tenants = tx.objectStore('tenants');
          const get = tenants.get('contoso');
          get.onsuccess = () => tenants.put({ ...get.result, name });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    longName,
  );
  await page.reload();
  await waitForShell(page);
  const heading = page.getByRole('heading', { level: 2, name: longName });
  await expect(heading).toBeVisible();
  const fits = await heading.evaluate(
    (h) =>
      h.scrollWidth <= h.clientWidth &&
      document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
  expect(fits).toBe(true);
});
