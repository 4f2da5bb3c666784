import { test, expect } from '../fixtures';
import { openPath, scopeNote, switchPersona, wholeFlow } from '../helpers';
import {
  LANGS,
  P,
  PROVIDER,
  RESELLER,
  linkNorthwindAndFabrikam,
  mailLink,
  openMessage,
  pcNav,
  rowOf,
} from './helpers';

// W-CONNECT-PROVIDER, W-INVITE-3WAY, R-IND-8, R-IND-9, R-IND-10:
// Diego (Northwind, indirect provider) invites Megan (Fabrikam, indirect reseller); Megan
// authorizes; each partner lists the other; no customers move (R-IND-9); Megan invites Contoso
// with Northwind and Patti accepts; the shared customer appears on both sides; Northwind's
// order for Adatum is refused (R-IND-10) and for Contoso works; removing the provider's admin
// access keeps the link (R-IND-8).

// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'ru';
for (const lang of LANGS) {
  test(`W-CONNECT-PROVIDER + W-INVITE-3WAY (${lang})${scopeNote(lang, FLOW_LANG)}: link, shared customers, orders, admin access`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const L = P(lang);
    await linkNorthwindAndFabrikam(page, L);

    // Megan's Indirect providers: Northwind, with admin access to Fabrikam's work account (R-IND-8).
    const providers = page.getByRole('table', { name: L.providersCaption });
    const northwind = rowOf(providers, PROVIDER);
    await expect(northwind).toContainText(L.yes);

    // View customers: nothing shared yet (R-IND-9).
    await northwind.getByRole('link', { name: L.viewCustomers }).click();
    await expect(page.getByRole('heading', { level: 1, name: L.viewCustomersTitle })).toBeVisible();
    await expect(page.getByRole('table', { name: L.sharedCaption(PROVIDER) })).toContainText(
      L.sharedEmpty(PROVIDER),
    );
    if (!wholeFlow(lang, FLOW_LANG)) return;

    // R-IND-9: Northwind's customer Tailspin Toys did not come to Fabrikam's Customers list.
    await pcNav(page, L).getByRole('link', { name: L.navCustomers, exact: true }).click();
    const customers = page.getByRole('table', { name: L.customersCaption });
    await expect(customers.getByRole('rowheader', { name: 'Adatum Corporation' })).toBeVisible();
    await expect(customers.getByRole('rowheader', { name: 'Tailspin Toys' })).toHaveCount(0);

    // W-INVITE-3WAY: Indirect providers > Invite new customers, for Contoso.
    await pcNav(page, L).getByRole('link', { name: L.navIndirectProviders, exact: true }).click();
    await rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER)
      .getByRole('link', { name: L.inviteCustomers })
      .click();
    await page.getByRole('button', { name: L.next, exact: true }).click();
    await page.getByRole('button', { name: L.draftDone, exact: true }).click();
    await page.getByRole('textbox', { name: L.to }).fill('patti@contoso.example');
    await page.getByRole('button', { name: L.composerSend, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: L.requestSent })).toBeVisible();

    // Patti accepts both partners at once (and the MCA).
    await switchPersona(page, 'u-patti');
    const message = await openMessage(page, L, L.threeWaySubject);
    await mailLink(message, '/partner-invitation/').click();
    await page.getByRole('checkbox', { name: L.ackMca }).check();
    await page.getByRole('button', { name: L.acceptAndAuthorize, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: L.partnerRelationshipsTitle }),
    ).toBeVisible();

    // Megan: Contoso on Customers and under View customers.
    await switchPersona(page, 'u-megan');
    await openPath(page, 'partner-center/customers', { lang });
    await expect(
      page
        .getByRole('table', { name: L.customersCaption })
        .getByRole('rowheader', { name: 'Contoso Ltd' }),
    ).toBeVisible();
    await pcNav(page, L).getByRole('link', { name: L.navIndirectProviders, exact: true }).click();
    await rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER)
      .getByRole('link', { name: L.viewCustomers })
      .click();
    const shared = page.getByRole('table', { name: L.sharedCaption(PROVIDER) });
    await expect(shared.getByRole('row')).toHaveCount(2);
    await expect(rowOf(shared, 'Contoso Ltd')).toBeVisible();

    // R-IND-8: Remove admin access, confirmed; the link stays.
    await pcNav(page, L).getByRole('link', { name: L.navIndirectProviders, exact: true }).click();
    const row = rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER);
    await row.getByRole('button', { name: L.removeAccess }).click();
    const dialog = page.getByRole('dialog', { name: L.accessConfirmTitle(PROVIDER) });
    await dialog.getByRole('button', { name: L.accessConfirm, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText(L.no);
    await expect(row.getByRole('button', { name: L.removeAccess })).toHaveCount(0);
    await expect(row.getByRole('link', { name: L.viewCustomers })).toBeVisible();

    // Diego: Fabrikam on Indirect resellers (admin access removed), Contoso on Customers and View customers.
    await switchPersona(page, 'u-diego');
    // W-CONNECT-PROVIDER: the provider was told by mail.
    await expect(await openMessage(page, L, L.authorizedSubject)).toContainText(RESELLER);
    await openPath(page, 'partner-center/customers', { lang });
    await expect(
      page
        .getByRole('table', { name: L.customersCaption })
        .getByRole('rowheader', { name: 'Contoso Ltd' }),
    ).toBeVisible();
    await pcNav(page, L).getByRole('link', { name: L.navIndirectResellers, exact: true }).click();
    const fabrikam = rowOf(page.getByRole('table', { name: L.resellersCaption }), RESELLER);
    await expect(fabrikam).toContainText(L.no);
    await fabrikam.getByRole('link', { name: L.viewCustomers }).click();
    const sharedWithFabrikam = page.getByRole('table', { name: L.sharedCaption(RESELLER) });
    await expect(sharedWithFabrikam.getByRole('row')).toHaveCount(2);

    // R-IND-10: Northwind has its own relationship with Contoso: the order goes through.
    await rowOf(sharedWithFabrikam, 'Contoso Ltd')
      .getByRole('link', { name: L.submitOrder })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: L.orderTitle })).toBeVisible();
    const submit = page.getByRole('button', { name: L.submitOrder, exact: true });
    await page.getByRole('combobox', { name: L.subscriptionLabel }).selectOption('sub-contoso-bs');
    await page.getByRole('textbox', { name: L.quantityLabel }).fill('abc');
    await submit.click();
    await expect(page.getByText(L.quantityError('notWhole'))).toBeVisible();
    await page.getByRole('textbox', { name: L.quantityLabel }).fill('5');
    await submit.click();
    await expect(page.getByTestId('order-done')).toHaveText(
      L.orderDone('Microsoft 365 Business Standard', '15'),
    );

    // R-IND-10: Adatum is Fabrikam's customer, not Northwind's: refused, citing the rule.
    await openPath(page, 'partner-center/provider-order/adatum', { lang });
    const refusal = page.getByTestId('order-refusal');
    await expect(refusal).toContainText(L.noOwnRelationship('Adatum Corporation'));
    await expect(refusal.getByTestId('rule-line')).toHaveText(L.ruleLine('R-IND-10'));
    await expect(page.getByRole('button', { name: L.submitOrder, exact: true })).toBeDisabled();
    await expect(page.getByTestId('order-subscriptions')).toHaveCount(0);
  });
}
