import { test, expect } from '../fixtures';
import { switchPersona, rotated } from '../helpers';
import {
  LANGS,
  PATTI,
  acceptFromMail,
  customerRow,
  dapCheckbox,
  dialog,
  escapeRe,
  expandCustomer,
  expectSent,
  goToCustomers,
  inboxCount,
  labels,
  openAs,
  openMessage,
  openRequest,
  partnerRow,
  requestRelationship,
  routeOf,
  sendTo,
  toComposer,
  toDraft,
  tr,
} from './helpers';

// W-REQUEST end to end, in en, ru and zh: Customers > Request a reseller relationship, the
// delegated administration option (R-REQ-2), the draft and its personal link (R-IND-11), the
// composer's bad input, the customer's acceptance (W-ACCEPT) and what the partner then sees
// (R-IND-9, R-REQ-1, R-REQ-3).

const FABRIKAM = 'Fabrikam Solutions';
const CONTOSO = 'Contoso Ltd';

for (const lang of LANGS) {
  test.describe(`W-REQUEST (${lang})`, () => {
    // Each test below runs in one language: the turn() before it (see rotated() in
    // ../helpers.ts) says whether this language's turn has come.
    const turn = rotated(lang, 0);
    const L = labels(lang);
    const subject = L.draftSubject(FABRIKAM);

    if (turn())
      test('with delegated admin privileges: Patti accepts, Contoso is on Customers with admin rights, Megan is told', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        // R-IND-9: a customer from elsewhere doesn't appear by itself; the request is needed.
        await goToCustomers(page, L);
        await expect(customerRow(page, 'Adatum Corporation')).toBeVisible();
        await expect(customerRow(page, CONTOSO)).toHaveCount(0);

        const link = await requestRelationship(page, L, PATTI, CONTOSO);

        await switchPersona(page, 'u-patti');
        await acceptFromMail(page, L, subject, link);
        await expect(page).toHaveURL(/#\/admin-center\/billing\/partner-relationships$/);
        await expect(partnerRow(page, FABRIKAM)).toContainText(
          L.partnerType('resellerAndDelegatedAdmin'),
        );

        await switchPersona(page, 'u-megan');
        await goToCustomers(page, L);
        const row = customerRow(page, CONTOSO);
        await expect(row).toContainText(L.partnerType('resellerAndDelegatedAdmin'));
        await expect(row.getByRole('cell').nth(2)).toHaveText(L.pcYes);

        const accepted = await openMessage(page, L, L.acceptedSubject(CONTOSO));
        await expect(accepted).toContainText(
          L.mailSubject('invitation.accepted.bodyWithRoles', {
            customer: CONTOSO,
            partner: FABRIKAM,
          }),
        );
      });

    if (turn())
      test('without delegated admin privileges: no admin rights; R-REQ-1 limits management to Azure, which works once the MCA is accepted', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        const link = await requestRelationship(page, L, PATTI, CONTOSO, false);

        await switchPersona(page, 'u-patti');
        const message = await openMessage(page, L, subject);
        // The mail is the draft written for a request without admin permissions, link included.
        await expect(message.getByTestId('mail-body')).toHaveText(
          L.draftBody('withoutDap', { partner: FABRIKAM, sender: 'Megan Bowen', link }),
        );
        await acceptFromMail(page, L, subject, link);
        await expect(partnerRow(page, FABRIKAM)).toContainText(L.partnerType('reseller'));

        await switchPersona(page, 'u-megan');
        await goToCustomers(page, L);
        const row = customerRow(page, CONTOSO);
        await expect(row).toContainText(L.partnerType('reseller'));
        await expect(row.getByRole('cell').nth(2)).toHaveText(L.pcNo);

        const details = await expandCustomer(page, L, CONTOSO);
        // R-REQ-4: the MCA was accepted together with the invitation.
        await expect(details.getByTestId('customer-mca')).toHaveText(L.mcaAccepted);
        await expect(details.getByTestId('customer-admin-rights')).toHaveText(L.adminRightsNo);
        // R-REQ-1: without admin permissions, only the Azure subscriptions the partner provisions.
        const limited = details.getByTestId('manage-limited');
        await expect(limited).toContainText(L.limited('noAdminRoles', CONTOSO));
        await expect(limited).toContainText(L.rule('R-REQ-1'));
        await expect(details.getByRole('button', { name: L.addUser, exact: true })).toBeDisabled();
        await expect(
          details.getByRole('button', { name: new RegExp(`^${escapeRe(L.addLicenses)}`) }),
        ).toBeDisabled();

        const addAzure = details.getByRole('button', { name: L.addAzure, exact: true });
        await expect(addAzure).toBeEnabled();
        await addAzure.click();
        const azure = dialog(page, L.dialogTitle('addAzureSubscription', { customer: CONTOSO }));
        await azure
          .getByRole('button', { name: L.dialogSubmit('addAzureSubscription'), exact: true })
          .click();
        await expect(azure).toContainText(L.azureDone(CONTOSO));
        await azure.getByRole('button', { name: L.close, exact: true }).last().click();
        await expect(azure).toBeHidden();
        await expect(
          details
            .getByRole('table', { name: L.subscriptionsCaption(CONTOSO) })
            .getByRole('row')
            .filter({ hasText: 'Azure plan' }),
        ).toBeVisible();
      });

    if (turn())
      test('R-REQ-2: Trey Research (US Government) and Relecloud (Germany) cannot clear the delegated administration box', async ({
        page,
      }) => {
        for (const [persona, cloud] of [
          ['u-lidia', 'usgov'],
          ['u-henrietta', 'germany'],
        ] as const) {
          if (persona === 'u-lidia') await openAs(page, persona, lang, 'partner-center');
          else await switchPersona(page, persona);
          await goToCustomers(page, L);
          await openRequest(page, L);
          const dap = dapCheckbox(page, L);
          await expect(dap).toBeChecked();
          await expect(dap).toBeDisabled();
          const why = page.getByText(L.cannotOmit(cloud), { exact: true });
          await expect(why).toBeVisible();
          await expect(page.getByText(L.rule('R-REQ-2'), { exact: true })).toBeVisible();
          // The request goes on, with admin permissions.
          await toDraft(page, L);
          await expect(page.getByRole('textbox', { name: L.subject, exact: true })).toHaveValue(
            L.draftSubject(persona === 'u-lidia' ? 'Trey Research' : 'Relecloud'),
          );
        }
      });

    if (turn())
      test('R-IND-11: the link removed from the draft is flagged, sent only after a warning, and the customer cannot accept', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        await goToCustomers(page, L);
        await openRequest(page, L);
        const link = await toDraft(page, L);

        const body = page.getByRole('textbox', { name: L.message, exact: true });
        const edited = (await body.inputValue()).replace(link, '');
        await body.fill(edited);
        const draftWarning = page.getByTestId('link-warning');
        await expect(draftWarning).toContainText(L.linkMissing);
        await expect(draftWarning).toContainText(link);

        await toComposer(page, L);
        await expect(page.getByRole('textbox', { name: L.message, exact: true })).toHaveValue(
          edited,
        );
        await expect(page.getByTestId('link-warning')).toContainText(L.linkMissing);
        // The composer's warning shows the link to put back, too.
        await expect(page.getByTestId('missing-link')).toHaveText(link);

        await sendTo(page, L, PATTI);
        const confirm = dialog(page, L.noLinkTitle);
        await expect(confirm).toBeVisible();
        await expect(confirm).toContainText(L.rule('R-IND-11'));
        // Going back keeps the composer as it was.
        await confirm.getByRole('button', { name: L.putLinkBack, exact: true }).click();
        await expect(confirm).toBeHidden();
        await expect(page.getByRole('textbox', { name: L.to, exact: true })).toHaveValue(PATTI);
        await page.getByRole('button', { name: L.send, exact: true }).click();
        await confirm.getByRole('button', { name: L.sendAnyway, exact: true }).click();
        await expectSent(page, L, CONTOSO);
        // No promise that the customer will appear: the email cannot be accepted.
        await expect(page.getByTestId('request-sent')).not.toContainText(
          tr(lang, 'partnerCenter:request.sent.next'),
        );
        await expect(page.getByTestId('sent-without-link')).toHaveText(
          tr(lang, 'partnerCenter:request.sent.withoutLink'),
        );

        await switchPersona(page, 'u-patti');
        const message = await openMessage(page, L, subject);
        await expect(message.getByTestId('mail-body')).toHaveText(edited);
        await expect(message.getByTestId('mail-body').getByRole('link')).toHaveCount(0);

        // The old link typed by hand is refused.
        await openAs(page, 'u-patti', lang, routeOf(link));
        await expect(page).toHaveURL(/#\/admin-center\/partner-invitation\/[A-Za-z0-9_-]+$/);
        const blocked = page.getByTestId('invitation-blocked');
        await expect(blocked).toHaveAttribute('data-block', 'linkMissing');
        await expect(blocked).toContainText(L.block('linkMissing'));
        await expect(blocked).toContainText(L.rule('R-IND-11'));
        await expect(page.getByRole('button', { name: L.acceptAndAuthorize })).toHaveCount(0);
      });

    if (turn())
      test('R-REQ-3: an out-of-region customer accepts and is refused; Megan gets the "failed" mail; Woodgrove is not a customer', async ({
        page,
      }) => {
        await openAs(page, 'u-megan', lang, 'partner-center');
        // Sending is allowed: the country is found out when the customer accepts.
        const link = await requestRelationship(
          page,
          L,
          'miriam@woodgrovebank.example',
          'Woodgrove Bank',
        );

        await switchPersona(page, 'u-miriam');
        await acceptFromMail(page, L, subject, link);
        await expect(
          page.getByRole('heading', { level: 2, name: L.refusedInvitationTitle }),
        ).toBeVisible();
        const refused = page.getByTestId('invitation-blocked');
        await expect(refused).toHaveAttribute('data-block', 'otherRegion');
        await expect(refused).toContainText(L.block('otherRegion'));
        await expect(refused).toContainText(L.rule('R-REQ-3'));

        await switchPersona(page, 'u-megan');
        const failed = await openMessage(page, L, L.failedSubject('Woodgrove Bank'));
        await expect(failed).toContainText(
          L.mailSubject('invitation.failedRegion.body', {
            customer: 'Woodgrove Bank',
            partner: FABRIKAM,
          }),
        );
        await goToCustomers(page, L);
        await expect(customerRow(page, 'Alpine Ski House')).toBeVisible();
        await expect(customerRow(page, 'Woodgrove Bank')).toHaveCount(0);
      });

    if (turn())
      test('composer: bad input is refused with a clear message and nothing is sent', async ({
        page,
      }) => {
        await openAs(page, 'u-patti', lang, 'mail');
        const pattiBefore = await inboxCount(page, L);

        await switchPersona(page, 'u-megan');
        await goToCustomers(page, L);
        await openRequest(page, L);
        await toDraft(page, L);
        await toComposer(page, L);
        const to = page.getByRole('textbox', { name: L.to, exact: true });
        const send = page.getByRole('button', { name: L.send, exact: true });
        const failure = page.getByTestId('send-failure');

        // Empty To.
        await send.click();
        await expect(page.getByText(L.errToRequired, { exact: true })).toBeVisible();
        await expect(to).toHaveAttribute('aria-invalid', 'true');
        // Wrong format.
        await sendTo(page, L, 'patti(at)contoso');
        await expect(page.getByText(L.errToFormat, { exact: true })).toBeVisible();
        // No such mailbox in the world.
        await sendTo(page, L, 'nobody@nowhere.example');
        await expect(failure).toHaveText(L.errUnknownRecipient('nobody@nowhere.example'));
        // A partner, not a customer.
        await sendTo(page, L, 'diego@northwind.example');
        await expect(failure).toHaveText(L.errNotCustomer('diego@northwind.example'));
        // Two customers at once.
        await sendTo(page, L, `${PATTI}; enrico@adatum.example`);
        await expect(failure).toHaveText(L.errSeveralCustomers);
        // A message over the limit (markup is just text since issue 17).
        await to.fill(PATTI);
        await expect(failure).toHaveCount(0);
        const body = page.getByRole('textbox', { name: L.message, exact: true });
        await body.fill(`${await body.inputValue()}\n${'x'.repeat(10_001)}`);
        await send.click();
        await expect(page.getByText(L.errBodyTooLong, { exact: true })).toBeVisible();
        await expect(body).toHaveAttribute('aria-invalid', 'true');
        await expect(page.getByTestId('request-sent')).toHaveCount(0);

        // Nothing reached Patti (nor Enrico).
        await switchPersona(page, 'u-patti');
        await page.getByTestId('mail-badge').click();
        await expect(page.getByRole('list', { name: L.inbox }).getByRole('listitem')).toHaveCount(
          pattiBefore,
        );
        await expect(page.getByRole('link', { name: new RegExp(escapeRe(subject)) })).toHaveCount(
          0,
        );
      });
  });
}
