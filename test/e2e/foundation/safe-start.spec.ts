import { test, expect } from '../fixtures';
import { waitForShell } from '../helpers';

// Issue 17, always recoverable: ?safe=1 opens only the simulator settings (export, reset,
// import) on no shell, and "Start normally" goes back to the app.
test('safe start offers export, reset and import, and starts normally again', async ({ page }) => {
  await page.goto('/?safe=1');
  await expect(page.getByText('Safe start', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export to file' })).toBeVisible();
  await expect(page.getByTestId('import-file')).toBeAttached();
  await page.getByRole('link', { name: 'Start normally' }).click();
  await waitForShell(page);
  expect(new URL(page.url()).searchParams.get('safe')).toBeNull();
});

// Issue 17: a stored record that no longer fits (here edited as the developer tools would)
// never blanks a page: the start lands on the safe start, which names the record; a reset
// gives a world that starts normally. The start's console.error about it is expected.
test.describe('a corrupted stored record', () => {
  test.use({ allowedErrors: /StoredWorldError|unusable record/ });
  test('lands on the safe start, named; reset, then a normal start', async ({ page }) => {
    test.slow(); // two starts, a reset and a third start: past 30 s on 2 loaded cores
    await page.goto('/');
    await waitForShell(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('partner-sim.world');
          open.onsuccess = () => {
            const tx = open.result.transaction('users', 'readwrite');
            const store = tx.objectStore('users');
            const get = store.get('u-patti');
            get.onsuccess = () => store.put({ ...get.result, displayName: null });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    // The whole world is checked after the first paint, when the browser is idle
    // (src/app/worldCheckAtBoot.ts): the safe start follows the shell by a moment.
    await expect(page.getByText('Safe start', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('stored-problems')).toContainText('displayName');
    await page.getByRole('button', { name: 'Reset world' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the world?' });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: 'Start normally' }).click();
    await waitForShell(page);
  });
});
