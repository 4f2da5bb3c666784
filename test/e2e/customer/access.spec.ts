import { test, expect } from '../fixtures';
import { rotated } from '../helpers';
import { LANGS, customerNav, labels, openAs } from './helpers';

// R-MPR-1: only a Global admin or a Billing admin manages partners. R-O365-6: no partner
// features in Office 365 operated by 21Vianet.
for (const lang of LANGS) {
  // Each test below runs in one language: the turn() before it (see rotated() in
  // ../helpers.ts) says whether this language's turn has come.
  const turn = rotated(lang, 0);
  if (turn())
    test(`R-MPR-1 (${lang}): Isaiah (User admin) is refused Partner relationships; Lee (Billing admin) opens it`, async ({
      page,
    }) => {
      const L = labels(lang);
      await openAs(page, 'u-isaiah', lang, 'admin-center/billing/partner-relationships');
      const refused = page.getByTestId('access-refused');
      await expect(refused).toBeVisible();
      await expect(refused.getByRole('heading', { level: 1 })).toHaveText(
        L.refusedTitle(L.partnerRelationshipsTitle),
      );
      await expect(refused).toContainText(L.ruleLine('R-MPR-1'));
      await expect(refused).toContainText(L.role('globalAdmin'));
      await expect(refused).toContainText(L.role('billingAdmin'));
      await expect(page.getByRole('table')).toHaveCount(0);
      // R-MPR-1: the navigation doesn't offer the page either.
      const nav = customerNav(page, L, L.portal.adminCenter);
      await expect(nav.getByRole('link', { name: L.navHome, exact: true })).toBeVisible();
      await expect(nav.getByRole('link', { name: L.navPartnerRelationships })).toHaveCount(0);

      await openAs(page, 'u-lee', lang, 'admin-center/billing/partner-relationships');
      await expect(
        page.getByRole('heading', { level: 1, name: L.partnerRelationshipsTitle }),
      ).toBeVisible();
      await expect(page.getByTestId('access-refused')).toHaveCount(0);
      await expect(page.getByText(L.noPartners)).toBeVisible();
      await expect(
        customerNav(page, L, L.portal.adminCenter).getByRole('link', {
          name: L.navPartnerRelationships,
        }),
      ).toBeVisible();
    });

  if (turn())
    test(`R-O365-6 (${lang}): Lynne (21Vianet) has no partner features`, async ({ page }) => {
      const L = labels(lang);
      await openAs(page, 'u-lynne', lang, 'admin-center');
      await expect(
        page.getByRole('heading', { level: 1, name: L.portal.adminCenter }),
      ).toBeVisible();
      await expect(page.getByText(L.vianetTitle)).toBeVisible();
      await expect(
        customerNav(page, L, L.portal.adminCenter).getByRole('link', {
          name: L.navPartnerRelationships,
        }),
      ).toHaveCount(0);

      await openAs(page, 'u-lynne', lang, 'admin-center/billing/partner-relationships');
      const refused = page.getByTestId('access-refused');
      await expect(refused).toBeVisible();
      await expect(refused).toContainText(L.refusedCloud);
      await expect(refused).toContainText(L.ruleLine('R-O365-6'));
      await expect(page.getByRole('table')).toHaveCount(0);
    });
}
