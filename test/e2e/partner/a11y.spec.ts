import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { expectNoAxeViolations, rotated } from '../helpers';
import {
  LANGS,
  accountSection,
  dialog,
  escapeRe,
  expandCustomer,
  goToCustomers,
  labels,
  openAs,
  openRequest,
  toComposer,
  toDraft,
  type PartnerLabels,
} from './helpers';

// axe (WCAG 2.0/2.1 A and AA) on the partner-side screens of issue 4, in en, ru and zh, in the
// states a trainee sees: W-REQUEST's options, draft (with the R-IND-11 warning), composer (with
// an error) and its "send without the personal link?" dialog; the Customers page with customers
// expanded; the manage dialogs (with an error, and with a one-time password); the W-REMOVE-REL
// dialog. The service request dialog (R-REQ-6) is scanned in manage.spec.ts, where the customer
// has removed the roles first. Each test runs in one language, rotated (rotated() in
// ../helpers): the markup is the same in every language, only the text differs, and axe's
// language rules (html lang, valid lang) run on every language's screens; three scans of
// each state cost 434 s of CI worker time for no new markup.

const ADATUM = 'Adatum Corporation';

async function closeDialog(page: Page, title: string, L: PartnerLabels) {
  const d = dialog(page, title);
  await d.getByRole('button', { name: L.close, exact: true }).first().click();
  await expect(d).toBeHidden();
}

// Each test runs several axe scans, which take seconds each on a busy 2-core machine (five
// scans took over 60 s at load 15); each now runs once, in one language.
test.describe.configure({ timeout: 90_000 });

for (const lang of LANGS) {
  test.describe(`axe (${lang})`, () => {
    const L = labels(lang);
    // Each test below runs in one language: the turn() before it.
    const turn = rotated(lang, 2);

    if (turn())
      test('W-REQUEST: options, draft without its link, composer with errors', async ({ page }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        await goToCustomers(page, L);
        await openRequest(page, L);
        await page.getByRole('checkbox', { name: L.includeDap, exact: true }).uncheck();
        await expect(page.getByText(L.withoutDapMeans)).toBeVisible();
        await expectNoAxeViolations(page, `the request options (${lang})`);

        // The draft as the learner leaves it when the link was removed (the warning shown).
        const link = await toDraft(page, L);
        const body = page.getByRole('textbox', { name: L.message, exact: true });
        await body.fill((await body.inputValue()).replace(link, ''));
        await expect(page.getByTestId('link-warning')).toBeVisible();
        await expectNoAxeViolations(page, `the draft without its link (${lang})`);

        await toComposer(page, L);
        await page.getByRole('button', { name: L.send, exact: true }).click();
        await expect(page.getByText(L.errToRequired, { exact: true })).toBeVisible();
        await expectNoAxeViolations(page, `the composer with an error (${lang})`);

        await page.getByRole('textbox', { name: L.to, exact: true }).fill('patti@contoso.example');
        await page.getByRole('button', { name: L.send, exact: true }).click();
        // R-IND-11: the link is gone, so the composer asks first.
        const confirm = dialog(page, L.noLinkTitle);
        await expect(confirm).toBeVisible();
        await expectNoAxeViolations(page, `the "send without the personal link?" dialog (${lang})`);
      });

    if (turn())
      test('Customers with two customers expanded; the Add user and Reset password dialogs', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        await goToCustomers(page, L);
        const details = await expandCustomer(page, L, ADATUM);
        await expandCustomer(page, L, 'Alpine Ski House');
        await expectNoAxeViolations(page, `Customers with two customers expanded (${lang})`);

        // Add user, with an error shown.
        await details.getByRole('button', { name: L.addUser, exact: true }).click();
        const addTitle = L.dialogTitle('addUser', { customer: ADATUM });
        await dialog(page, addTitle)
          .getByRole('button', { name: L.dialogSubmit('addUser'), exact: true })
          .click();
        await expect(dialog(page, addTitle).getByTestId('manage-failure')).toBeVisible();
        await expectNoAxeViolations(page, `the Add user dialog with an error (${lang})`);
        await closeDialog(page, addTitle, L);

        // Reset password, then its one-time password.
        await details
          .getByRole('button', {
            name: new RegExp(`^${escapeRe(L.resetPassword)}\\s*—\\s*Enrico Cattaneo$`),
          })
          .click();
        const resetTitle = L.dialogTitle('resetPassword', { target: 'Enrico Cattaneo' });
        await expectNoAxeViolations(page, `the Reset password dialog (${lang})`);
        await dialog(page, resetTitle)
          .getByRole('button', { name: L.dialogSubmit('resetPassword'), exact: true })
          .click();
        await expect(dialog(page, resetTitle).getByTestId('secret-password')).toBeVisible();
        await expectNoAxeViolations(page, `the one-time password (${lang})`);
      });

    if (turn())
      test('the Add licenses and Add Azure subscription dialogs, and the Remove customer relationship dialog', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        await goToCustomers(page, L);
        const details = await expandCustomer(page, L, ADATUM);

        // Add licenses, with an error shown.
        await details
          .getByRole('button', {
            name: new RegExp(`^${escapeRe(L.addLicenses)}\\s*—\\s*Office 365 E3$`),
          })
          .click();
        const licensesTitle = L.dialogTitle('addLicenses', { target: 'Office 365 E3' });
        await dialog(page, licensesTitle)
          .getByRole('spinbutton', { name: L.quantity, exact: true })
          .fill('0');
        await dialog(page, licensesTitle)
          .getByRole('button', { name: L.dialogSubmit('addLicenses'), exact: true })
          .click();
        await expect(dialog(page, licensesTitle).getByTestId('manage-failure')).toBeVisible();
        await expectNoAxeViolations(page, `the Add licenses dialog with an error (${lang})`);
        await closeDialog(page, licensesTitle, L);

        // Add Azure subscription.
        await details.getByRole('button', { name: L.addAzure, exact: true }).click();
        await expect(
          dialog(page, L.dialogTitle('addAzureSubscription', { customer: ADATUM })),
        ).toBeVisible();
        await expectNoAxeViolations(page, `the Add Azure subscription dialog (${lang})`);
        await closeDialog(page, L.dialogTitle('addAzureSubscription', { customer: ADATUM }), L);

        // W-REMOVE-REL.
        await accountSection(details, L)
          .getByRole('button', { name: L.removeRelationship, exact: true })
          .click();
        const confirm = dialog(page, L.removeConfirmTitle(ADATUM));
        await expect(
          confirm.getByRole('checkbox', { name: L.attestation, exact: true }),
        ).toBeVisible();
        await expectNoAxeViolations(page, `the Remove customer relationship dialog (${lang})`);
      });
  });
}
