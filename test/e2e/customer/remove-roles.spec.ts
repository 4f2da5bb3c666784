import { test, expect } from '../fixtures';
import { scopeNote, switchPersona, wholeFlow } from '../helpers';
import { LANGS, labels, openAs, openPartnerRelationships, partnerRow } from './helpers';

// W-REMOVE-ROLES: Billing > Partner relationships, select the partner, Remove roles, dialog
// Remove roles?, Yes. R-MPR-7: the relationship stays (Reseller, no roles). R-MPR-8 and
// R-O365-5: the page says the partner ends relationships and Microsoft support stays reachable.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'zh';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-REMOVE-ROLES (${lang})${scopeNote(lang, FLOW_LANG)}: Enrico removes Fabrikam's admin roles; the relationship stays`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-enrico', lang, 'admin-center');
    await openPartnerRelationships(page, L, L.portal.adminCenter);

    const row = partnerRow(page, 'Fabrikam Solutions');
    await expect(row).toContainText(L.partnerType('resellerAndDelegatedAdmin'));
    await row.getByRole('link', { name: 'Fabrikam Solutions', exact: true }).click();
    await expect(page).toHaveURL(/#\/admin-center\/billing\/partner-relationships\/fabrikam$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fabrikam Solutions' })).toBeVisible();
    await expect(page.getByTestId('partner-roles')).toHaveText(
      `${L.role('globalAdmin')}, ${L.role('helpdeskAdmin')}`,
    );
    if (!wholeFlow(lang, FLOW_LANG)) return;

    const remove = page.getByRole('button', { name: L.removeRoles, exact: true });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: L.removeRolesConfirm });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: L.yes, exact: true }).click();
    await expect(dialog).toBeHidden();

    // R-MPR-7: still a partner, now a Reseller without admin roles.
    await expect(page.getByTestId('partner-type')).toHaveText(L.partnerType('reseller'));
    await expect(page.getByTestId('partner-roles')).toHaveText(L.adminRolesNone);
    await expect(
      page.getByText(L.removeRolesDone('Fabrikam Solutions', L.partnerType('reseller'))),
    ).toBeVisible();
    await expect(remove).toBeDisabled();
    // R-MPR-8, R-O365-5.
    await expect(page.getByText(L.endRelationshipNote)).toBeVisible();
    await expect(page.getByText(L.microsoftSupportNote)).toBeVisible();

    // The relationship is still listed.
    await openPartnerRelationships(page, L, L.portal.adminCenter);
    await expect(row).toContainText(L.partnerType('reseller'));
    await expect(row.getByRole('cell').last()).toHaveText(L.adminRolesNone);
    await expect(page.getByText(L.endRelationshipNote)).toBeVisible();
    await expect(page.getByText(L.microsoftSupportNote)).toBeVisible();

    // Partner side: Adatum Corporation is still Megan's customer, without delegated admin privileges.
    await switchPersona(page, 'u-megan');
    await page
      .getByRole('navigation', { name: L.portalNav(L.portal.partnerCenter) })
      .getByRole('link', { name: L.pcCustomers, exact: true })
      .click();
    await expect(page).toHaveURL(/#\/partner-center\/customers$/);
    const customer = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Adatum Corporation', exact: true }) });
    await expect(customer).toBeVisible();
    await expect(customer).toContainText(L.partnerType('reseller'));
    await expect(customer.getByRole('cell').nth(2)).toHaveText(L.pcNo);
  });
}
