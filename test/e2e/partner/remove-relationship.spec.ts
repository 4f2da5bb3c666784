import { test, expect } from '../fixtures';
import { scopeNote, switchPersona, wholeFlow } from '../helpers';
import {
  LANGS,
  accountSection,
  customerRow,
  dialog,
  expandCustomer,
  goToCustomers,
  inboxCount,
  labels,
  openAs,
  openPartnerRelationships,
  partnerRow,
} from './helpers';

// W-REMOVE-REL: Customers, expand the customer, Account, Remove customer
// relationship. R-IND-12: the partner must attest good faith first; the customer leaves the
// list; delegated admin privileges stay as they were (the customer still sees the partner with
// its admin roles); the customer is sent no notice.

const ADATUM = 'Adatum Corporation';

// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'en';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-REMOVE-REL (${lang})${scopeNote(lang, FLOW_LANG)}: Megan removes Adatum; DAP unchanged for Enrico, and no mail to him`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-enrico', lang, 'mail');
    const enricoMail = await inboxCount(page, L);

    await switchPersona(page, 'u-megan');
    await goToCustomers(page, L);
    const details = await expandCustomer(page, L, ADATUM);
    await accountSection(details, L)
      .getByRole('button', { name: L.removeRelationship, exact: true })
      .click();

    const confirm = dialog(page, L.removeConfirmTitle(ADATUM));
    await expect(confirm).toBeVisible();
    const remove = confirm.getByRole('button', { name: L.removeRelationship, exact: true });
    const attest = confirm.getByRole('checkbox', { name: L.attestation, exact: true });
    // R-IND-12: not without the attestation.
    await expect(remove).toBeDisabled();
    if (!wholeFlow(lang, FLOW_LANG)) return;
    await attest.check();
    await expect(remove).toBeEnabled();
    await attest.uncheck();
    await expect(remove).toBeDisabled();
    await attest.check();
    await remove.click();

    await expect(confirm).toBeHidden();
    await expect(page.getByText(L.removedToast(ADATUM), { exact: true })).toBeVisible();
    await expect(customerRow(page, ADATUM)).toHaveCount(0);
    await expect(customerRow(page, 'Alpine Ski House')).toBeVisible();

    // The customer still sees Fabrikam, with its admin roles (delegated admin privileges unchanged).
    await switchPersona(page, 'u-enrico');
    await openPartnerRelationships(page, L, L.portal.adminCenter);
    const row = partnerRow(page, 'Fabrikam Solutions');
    await expect(row).toContainText(`${L.role('globalAdmin')}, ${L.role('helpdeskAdmin')}`);
    await expect(row).toContainText(L.partnerType('delegatedAdmin'));
    // No notice was sent.
    await page.getByTestId('mail-badge').click();
    await expect(page.getByRole('list', { name: L.inbox }).getByRole('listitem')).toHaveCount(
      enricoMail,
    );

    // Back as Megan after a reload: Adatum stays off the list.
    await openAs(page, 'u-megan', lang, 'partner-center/customers');
    await expect(customerRow(page, 'Alpine Ski House')).toBeVisible();
    await expect(customerRow(page, ADATUM)).toHaveCount(0);
  });
}
