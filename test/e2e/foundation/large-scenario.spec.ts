import { test, expect } from '../fixtures';
import { openPath } from '../helpers';

// 12. The large scenario (10,000 customers, half of them Fabrikam's): the Customers list is
// paged and searched on an index. One test: seeding takes a few seconds.
test('large scenario: Customers is paged and the search narrows it', async ({ page }) => {
  test.setTimeout(90_000);
  // A fresh context has no world, so ?scenario=large seeds the large one.
  await openPath(page, 'partner-center/customers', { scenario: 'large', persona: 'u-megan', shellTimeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Customer list pages' });
  const table = page.getByRole('table', { name: 'Customer list' });
  const rows = table.locator('tbody > tr');
  const names = table.locator('tbody > tr > th[scope="row"]');

  // 5,000 of the large customers plus the default world's Adatum Corporation.
  await expect(pager.getByText('1–20 of 5,001')).toBeVisible({ timeout: 30_000 });
  await expect(rows).toHaveCount(20);
  await expect(names.first()).toHaveText('Adatum Corporation');

  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByText('21–40 of 5,001')).toBeVisible();
  await expect(rows).toHaveCount(20);

  // Searching is a name prefix and goes back to the first page.
  const search = page.getByRole('searchbox', { name: 'Search by company name' });
  await search.fill('alpine bakery');
  await expect(pager.getByText('1–20 of 25')).toBeVisible();
  await expect(rows).toHaveCount(20);
  for (const name of await names.allTextContents()) expect(name).toMatch(/^Alpine Bakery \d{5}$/);
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByText('21–25 of 25')).toBeVisible();
  await expect(rows).toHaveCount(5);

  await search.fill('Alpine Bakery 00026');
  await expect(pager.getByText('1–1 of 1')).toBeVisible();
  await expect(names).toHaveText(['Alpine Bakery 00026']);

  await search.fill('Zzz');
  await expect(pager.getByText('No customers to show')).toBeVisible();
  await expect(table).toContainText('No customer\'s name starts with “Zzz”.');
});
