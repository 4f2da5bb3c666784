import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../helpers';
import { followOfferMail, labels, openAs, sendOffer } from './helpers';

// axe (WCAG 2.1 A and AA) on the Office 365 partner pages: Partner overview (with a sent
// offer), the offer page as the customer sees it (with the delegated administration part), and
// Partner of record with its form open.

test('axe (en): Partner overview and the offer page', async ({ page }) => {
  const L = labels('en');
  await openAs(page, 'u-pradeep', 'en', 'partner-center');
  await sendOffer(
    page,
    L,
    {
      kind: 'trial',
      services: [{ name: 'Office 365 E3' }],
      delegatedAdmin: true,
      to: 'patti@contoso.example',
    },
    'Contoso Ltd',
  );
  await page
    .getByRole('navigation', { name: L.pcNav })
    .getByRole('link', { name: L.navPartnerOverview, exact: true })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Contoso Ltd' })).toBeVisible();
  await expectNoAxeViolations(page, 'Partner overview');

  await followOfferMail(page, L, 'u-patti', L.offerMailSubject('trialWithDa', 'Litware Inc.'));
  await expect(page.getByRole('button', { name: L.daAccept, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the offer page');
});

for (const lang of ['en', 'zh'] as const) {
  test(`axe (${lang}): Partner of record with the form open`, async ({ page }) => {
    const L = labels(lang);
    await openAs(page, 'u-lee', lang, 'admin-center/billing/partner-of-record');
    await page.getByRole('button', { name: L.porAdd, exact: true }).click();
    await expect(page.getByRole('combobox', { name: L.porPartner })).toBeVisible();
    await expectNoAxeViolations(page, 'Partner of record');
  });
}
