import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { openAs, tr } from './helpers';

// Issue 12, small screens and language: at 390×844 in ru and zh the portal navigation collapses
// behind a menu button, nothing spills sideways out of the page (wide tables scroll in their own
// region), and the footer sits after the content; at 1280 px the Russian header is one row.

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

for (const lang of ['ru', 'zh'] as const) {
  test(`390×844 (${lang}): the navigation collapses, nothing spills sideways, the footer follows the content`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAs(page, 'u-megan', lang, 'partner-center/customers');
    const navName = tr(lang, 'common:shell.portalNav', {
      portal: tr(lang, 'common:portals.partner-center'),
    });
    const customers = page
      .getByRole('navigation', { name: navName })
      .getByRole('link', { name: tr(lang, 'partnerCenter:nav.customers'), exact: true });
    const menu = page.getByRole('button', { name: tr(lang, 'common:shell.menu'), exact: true });
    await expect(customers).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The page's heading is on the first screen, not pushed below a long menu.
    const h1 = page.getByRole('heading', {
      level: 1,
      name: tr(lang, 'partnerCenter:customers.title'),
      exact: true,
    });
    await expect(h1).toBeInViewport();
    await menu.click();
    await expect(customers).toBeVisible();
    await page
      .getByRole('navigation', { name: navName })
      .getByRole('link', { name: tr(lang, 'partnerCenter:nav.indirectProviders'), exact: true })
      .click();
    await expect(page).toHaveURL(/#\/partner-center\/indirect-providers$/);
    // Choosing a page closes the menu again.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    for (const path of [
      'partner-center/customers',
      'partner-center/customers/adatum/users-and-licenses',
      'partner-center/settings/user-management',
    ]) {
      await openAs(page, 'u-megan', lang, path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await pageOverflow(page), path).toBeLessThanOrEqual(0);
      // The footer is after the main content, never over it.
      const overlap = await page.evaluate(() => {
        const footer = document.querySelector('footer')?.getBoundingClientRect();
        const main = document.querySelector('main')?.getBoundingClientRect();
        return footer && main ? main.bottom - footer.top : 0;
      });
      expect(overlap, path).toBeLessThanOrEqual(1);
    }
  });
}

test('1280 px (ru): the header fits one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAs(page, 'u-megan', 'ru', 'partner-center');
  const header = page.getByRole('banner');
  const box = await header.boundingBox();
  expect(box!.height).toBeLessThanOrEqual(64);
});
