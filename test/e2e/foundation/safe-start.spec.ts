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
