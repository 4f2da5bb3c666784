import { test, expect } from '../fixtures';
import { LANGS, escapeRe, labels, openAs, tr } from './helpers';

// Issue 12, "Partners see only what they sold" (R-REQ-1), in the customer workspace's
// Subscriptions, in en, ru and zh: Adatum's Exchange Online, bought directly from Microsoft, is
// shown to Fabrikam (who sold it: bought directly) but can't be managed, and the page says why;
// the Office 365 E3 Fabrikam sold stays manageable.

const ADATUM = 'Adatum Corporation';

for (const lang of LANGS) {
  test(`R-REQ-1 (${lang}): a subscription bought directly is shown, not manageable, with the reason`, async ({
    page,
  }) => {
    const L = labels(lang);
    const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
    await openAs(page, 'u-megan', lang, 'partner-center/customers/adatum/subscriptions');
    const table = page.getByRole('table', { name: L.subscriptionsCaption(ADATUM) });
    await expect(table).toBeVisible();
    await expect(
      table.getByRole('columnheader', {
        name: s('partnerCenter:customerDetails.column_soldBy'),
        exact: true,
      }),
    ).toBeVisible();

    const row = (offer: string) => table.getByRole('row').filter({ hasText: offer });
    const addLicenses = (offer: string) =>
      row(offer).getByRole('button', {
        name: new RegExp(`^${escapeRe(L.addLicenses)}\\s*—\\s*${escapeRe(offer)}$`),
      });

    const direct = row('Exchange Online (Plan 1)');
    await expect(
      direct.getByText(s('partnerCenter:customerDetails.soldBy_direct'), { exact: true }),
    ).toBeVisible();
    await expect(addLicenses('Exchange Online (Plan 1)')).toBeDisabled();
    await expect(
      direct.getByText(s('partnerCenter:manage.limited.boughtDirectly', { customer: ADATUM }), {
        exact: true,
      }),
    ).toBeVisible();

    const own = row('Office 365 E3');
    await expect(
      own.getByText(s('partnerCenter:customerDetails.soldBy_you'), { exact: true }),
    ).toBeVisible();
    await expect(addLicenses('Office 365 E3')).toBeEnabled();
  });
}
