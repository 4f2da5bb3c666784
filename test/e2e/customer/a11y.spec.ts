import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../helpers';
import { TREY_TOKEN, labels, openAs, partnerRow } from './helpers';

// axe (WCAG 2.0/2.1 A and AA) on the customer-side pages, in the states a trainee sees.
const en = labels('en');

for (const lang of ['en', 'ru', 'zh'] as const) {
  test(`axe (${lang}): Accept agreement & authorize partner`, async ({ page }) => {
    const L = labels(lang);
    await openAs(page, 'u-joni', lang, `partner-invitation/${TREY_TOKEN}`);
    await expect(
      page.getByRole('heading', { level: 1, name: L.acceptInvitationTitle }),
    ).toBeVisible();
    await expectNoAxeViolations(page, `the accept page in ${lang}`);
  });
}

test('axe (en): the Microsoft Customer Agreement dialog', async ({ page }) => {
  await openAs(page, 'u-joni', 'en', `partner-invitation/${TREY_TOKEN}`);
  await page.getByRole('button', { name: en.mcaTitle, exact: true }).click();
  await expect(page.getByRole('dialog', { name: en.mcaTitle })).toBeVisible();
  await expectNoAxeViolations(page, 'the MCA dialog');
});

test('axe (en): Accept agreement', async ({ page }) => {
  await openAs(page, 'u-brian', 'en', 'accept-agreement');
  await expect(
    page.getByRole('heading', { level: 1, name: en.acceptAgreementTitle }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: en.ackMca })).toBeVisible();
  await expectNoAxeViolations(page, 'the Accept agreement page');
});

test('axe (en): Partner relationships', async ({ page }) => {
  await openAs(page, 'u-enrico', 'en', 'admin-center/billing/partner-relationships');
  await expect(partnerRow(page, 'Fabrikam Solutions')).toBeVisible();
  await expectNoAxeViolations(page, 'Partner relationships');
});

test('axe (en): a partner page with the Remove roles? dialog open', async ({ page }) => {
  await openAs(page, 'u-enrico', 'en', 'admin-center/billing/partner-relationships/fabrikam');
  await page.getByRole('button', { name: en.removeRoles, exact: true }).click();
  await expect(page.getByRole('dialog', { name: en.removeRolesConfirm })).toBeVisible();
  await expectNoAxeViolations(page, 'the Remove roles? dialog');
});

test('axe (en): find-a-partner results and contact form', async ({ page }) => {
  await openAs(page, 'u-patti', 'en', 'find-a-partner');
  await page.getByRole('textbox', { name: en.keywords }).fill(en.service('migration'));
  await page.getByRole('button', { name: en.go, exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Fabrikam Solutions' })).toBeVisible();
  await expectNoAxeViolations(page, 'the find-a-partner results');

  await page.getByRole('checkbox', { name: 'Fabrikam Solutions' }).check();
  await page.getByRole('button', { name: en.contactSelected }).click();
  await expect(page.getByRole('heading', { level: 2, name: en.contactTitle })).toBeVisible();
  // With a validation message shown, too.
  await page.getByRole('button', { name: en.send, exact: true }).click();
  await expect(page.getByText(en.errNeedsRequired)).toBeVisible();
  await expectNoAxeViolations(page, 'the find-a-partner contact form');
});
