import { test, expect } from '../fixtures';
import { openPath } from '../helpers';
import { largeWorld } from '../../../src/db/scenarios/large';

// 12. The large scenario (10,000 customers, half of them Fabrikam's): the Customers list is
// paged and searched on an index. One test: seeding takes a few seconds.

// Expected figures come from the seed itself, so the default world may grow without
// breaking this test: Fabrikam's reseller customers (the list's [resellerOf+customerNameLower]
// index), sorted as the list sorts them.
const fabrikam = largeWorld()
  .relationships.filter((r) => r.resellerOf === 'fabrikam')
  .map((r) => r.customerNameLower)
  .sort();
const n = (x: number) => x.toLocaleString('en-US');
const total = fabrikam.length;
const SEARCH = 'alpine bakery';
const matches = fabrikam.filter((name) => name.startsWith(SEARCH)).length;

test('large scenario: Customers is paged and the search narrows it', async ({ page }) => {
  test.setTimeout(90_000);
  expect(total).toBeGreaterThanOrEqual(5_000);
  expect(matches).toBeGreaterThan(20);
  expect(matches).toBeLessThan(40);

  // A fresh context has no world, so ?scenario=large seeds the large one.
  await openPath(page, 'partner-center/customers', {
    scenario: 'large',
    persona: 'u-megan',
    shellTimeout: 60_000,
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Customer list pages' });
  const table = page.getByRole('table', { name: 'Customer list' });
  const rows = table.locator('tbody > tr');
  const names = table.locator('tbody > tr > th[scope="row"]');

  // "1–20 of 5,00x": the large world's 5,000 plus the default world's Fabrikam customers.
  await expect(pager.getByText(`1–20 of ${n(total)}`, { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(rows).toHaveCount(20);
  await expect(names.first()).toHaveText(fabrikam[0] ?? '', { ignoreCase: true });

  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByText(`21–40 of ${n(total)}`, { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(20);

  // Searching is a name prefix and goes back to the first page.
  const search = page.getByRole('searchbox', { name: 'Search by company name' });
  await search.fill(SEARCH);
  await expect(pager.getByText(`1–20 of ${matches}`, { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(20);
  for (const name of await names.allTextContents()) expect(name).toMatch(/^Alpine Bakery \d{5}$/);
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager.getByText(`21–${matches} of ${matches}`, { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(matches - 20);

  await search.fill('Alpine Bakery 00026');
  await expect(pager.getByText('1–1 of 1', { exact: true })).toBeVisible();
  await expect(names).toHaveText(['Alpine Bakery 00026']);

  await search.fill('Zzz');
  await expect(pager.getByText('No customers to show')).toBeVisible();
  await expect(table).toContainText("No customer's name starts with “Zzz”.");
});
