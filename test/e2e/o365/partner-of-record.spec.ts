import { test, expect } from '../fixtures';
import { scopeNote, wholeFlow } from '../helpers';
import { customerNav, openPartnerRelationships, partnerRow } from '../customer/helpers';
import { labels, openAs } from './helpers';

// W-POR (R-O365-4): Patti opens Billing > Partner of record (POR), adds Proseware from the list,
// then changes it by MPN ID to Litware Inc. (after a malformed and an unknown MPN ID, refused
// with a clear message). Exactly one partner of record; the Partner relationships list shows it.
// R-O365-5: the page says Microsoft support stays reachable.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'ru';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of ['en', 'ru', 'zh'] as const) {
  test(`W-POR (${lang})${scopeNote(lang, FLOW_LANG)}: Patti sets Proseware as partner of record, then changes it to Litware by MPN ID`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-patti', lang, 'admin-center');
    await customerNav(page, L, L.portal.adminCenter)
      .getByRole('list', { name: L.navBilling })
      .getByRole('link', { name: L.navPartnerOfRecord, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: L.porTitle })).toBeVisible();
    await expect(page.getByTestId('por-current')).toHaveText(L.porNone);
    await expect(page.getByTestId('por-support')).toHaveText(L.porSupport);
    if (!wholeFlow(lang, FLOW_LANG)) return;

    await page.getByRole('button', { name: L.porAdd, exact: true }).click();
    await page
      .getByRole('combobox', { name: L.porPartner })
      .selectOption({ label: L.porOption('Proseware', '4649006') });
    await page.getByRole('button', { name: L.porSave, exact: true }).click();
    await expect(page.getByTestId('por-saved')).toHaveText(L.porSaved('Proseware'));
    await expect(page.getByTestId('por-current')).toContainText('Proseware');

    await page.getByRole('button', { name: L.porChange, exact: true }).click();
    await page.getByRole('radio', { name: L.porModeMpn }).check();
    const mpn = page.getByRole('textbox', { name: L.porMpn });
    await mpn.fill('46a9');
    await page.getByRole('button', { name: L.porSave, exact: true }).click();
    await expect(page.getByText(L.porErrMpn('format'))).toBeVisible();
    await mpn.fill('1111111');
    await page.getByRole('button', { name: L.porSave, exact: true }).click();
    await expect(page.getByTestId('por-failure')).toHaveText(L.porErrUnknown('1111111'));
    await expect(page.getByTestId('por-current')).toContainText('Proseware');
    await mpn.fill('4649005');
    await page.getByRole('button', { name: L.porSave, exact: true }).click();
    await expect(page.getByTestId('por-saved')).toHaveText(L.porSaved('Litware Inc.'));
    await expect(page.getByTestId('por-current')).toContainText('Litware Inc.');

    // Exactly one partner of record, shown on Partner relationships; Proseware stays listed, without roles.
    await openPartnerRelationships(page, L, L.portal.adminCenter);
    await expect(page.getByRole('columnheader', { name: L.porColumn })).toBeVisible();
    await expect(partnerRow(page, 'Litware Inc.')).toContainText(L.porYes);
    await expect(partnerRow(page, 'Proseware')).not.toContainText(L.porYes);
    await expect(partnerRow(page, 'Proseware')).toContainText(L.partnerType('partner'));
    await expect(page.getByRole('cell', { name: L.porYes, exact: true })).toHaveCount(1);
  });
}

test('W-POR (en): Isaiah (User admin) may not designate a partner of record (R-MPR-1)', async ({
  page,
}) => {
  const L = labels('en');
  await openAs(page, 'u-isaiah', 'en', 'admin-center/billing/partner-of-record');
  await expect(page.getByTestId('access-refused')).toContainText(L.ruleLine('R-MPR-1'));
  await expect(
    customerNav(page, L, L.portal.adminCenter).getByRole('link', { name: L.navPartnerOfRecord }),
  ).toHaveCount(0);
});
