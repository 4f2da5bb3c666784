import { test, expect } from '../fixtures';
import { advanceClock, switchPersona } from '../helpers';
import { openPartnerRelationships } from '../customer/helpers';
import { chooseServices, followOfferMail, labels, openAs, openCreate, sendOffer } from './helpers';

// What is refused, with a clear message and nothing stored: R-O365-1 (Proseware can't offer
// delegated administration), R-O365-6 (Coho Winery, 21Vianet), an offer to another cloud, an
// expired trial invitation (the clock moved on), and a second delegated administration partner
// through these offers (R-O365-3).

test('R-O365-1 (ru): Proseware sees the delegated administration option disabled, with the reason', async ({
  page,
}) => {
  const L = labels('ru');
  await openAs(page, 'u-nestor', 'ru', 'partner-center/partner-overview');
  await expect(page.getByTestId('da-capability')).toContainText(L.ruleLine('R-O365-1'));
  await openCreate(page, L, 'trial');
  await expect(page.getByRole('checkbox', { name: L.daLabel })).toBeDisabled();
  await expect(page.getByTestId('da-not-allowed')).toContainText(L.daNotAllowed('Proseware'));
});

test('R-O365-6 and other clouds (en): offers to Coho Winery (21Vianet) and Wide World Importers (Germany) are refused at sending; Lynne has no partner features', async ({
  page,
}) => {
  const L = labels('en');
  await openAs(page, 'u-pradeep', 'en', 'partner-center/partner-overview');
  await openCreate(page, L, 'trial');
  await chooseServices(page, L, { services: [{ name: 'Office 365 E1' }], delegatedAdmin: false });
  await page.getByRole('button', { name: L.draftDone, exact: true }).click();
  const to = page.getByRole('textbox', { name: L.to });
  await to.fill('lynne@cohowinery.example');
  await page.getByRole('button', { name: L.send, exact: true }).click();
  await expect(page.getByTestId('send-failure')).toHaveText(
    L.sendError('unavailable21v', { customer: 'Coho Winery' }),
  );
  await to.fill('johanna@wideworldimporters.example');
  await page.getByRole('button', { name: L.send, exact: true }).click();
  await expect(page.getByTestId('send-failure')).toHaveText(
    L.sendError('otherCloud', { customer: 'Wide World Importers' }),
  );
  // Nothing was sent.
  await page
    .getByRole('navigation', { name: L.pcNav })
    .getByRole('link', { name: L.navPartnerOverview, exact: true })
    .click();
  await expect(page.getByText(L.overviewEmpty)).toBeVisible();

  // Lynne (Coho Winery, 21Vianet): the Partner of record page and any offer link say partner features aren't available.
  await openAs(page, 'u-lynne', 'en', 'admin-center/billing/partner-of-record');
  await expect(page.getByTestId('access-refused')).toContainText(L.refusedCloud);
  await openAs(page, 'u-lynne', 'en', 'admin-center/o365-offer/o_whatever');
  await expect(page.getByTestId('offer-blocked')).toContainText(L.offerBlock('unavailable21v'));
});

test('Expired trial (en): after 35 simulated days Patti cannot start the trial; Partner overview shows Expired', async ({
  page,
}) => {
  const L = labels('en');
  await openAs(page, 'u-pradeep', 'en', 'partner-center');
  await sendOffer(
    page,
    L,
    {
      kind: 'trial',
      services: [{ name: 'Office 365 E1' }],
      delegatedAdmin: true,
      to: 'patti@contoso.example',
    },
    'Contoso Ltd',
  );
  for (let i = 0; i < 5; i++) await advanceClock(page, 7);
  await page
    .getByRole('navigation', { name: L.pcNav })
    .getByRole('link', { name: L.navPartnerOverview, exact: true })
    .click();
  await expect(page.getByRole('row').filter({ hasText: 'Contoso Ltd' })).toContainText(
    L.state('expired'),
  );

  await followOfferMail(page, L, 'u-patti', L.offerMailSubject('trialWithDa', 'Litware Inc.'));
  await expect(page.getByTestId('offer-blocked')).toContainText(L.offerBlock('expired'));
  await expect(page.getByRole('button', { name: L.startTrial })).toHaveCount(0);
});

test('R-O365-3 (zh): Contoso already has Litware as delegated administrator; First Up Consultants is refused, named, with the way out', async ({
  page,
}) => {
  const L = labels('zh');
  await openAs(page, 'u-pradeep', 'zh', 'partner-center');
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
  await followOfferMail(page, L, 'u-patti', L.offerMailSubject('trialWithDa', 'Litware Inc.'));
  await page.getByRole('button', { name: L.daAccept, exact: true }).click();
  await page
    .getByRole('dialog', { name: L.daConfirmTitle })
    .getByRole('button', { name: L.daAccept, exact: true })
    .click();
  await expect(page.getByTestId('da-state')).toHaveText(L.daAccepted('Litware Inc.'));

  await switchPersona(page, 'u-allan');
  await sendOffer(
    page,
    L,
    {
      kind: 'trial',
      services: [{ name: 'Office 365 E1' }],
      delegatedAdmin: true,
      to: 'patti@contoso.example',
    },
    'Contoso Ltd',
  );
  await followOfferMail(
    page,
    L,
    'u-patti',
    L.offerMailSubject('trialWithDa', 'First Up Consultants'),
  );
  await expect(page.getByTestId('other-delegated-admin')).toHaveText(L.daOther('Litware Inc.'));
  await page.getByRole('button', { name: L.daAccept, exact: true }).click();
  await page
    .getByRole('dialog', { name: L.daConfirmTitle })
    .getByRole('button', { name: L.daAccept, exact: true })
    .click();
  const failure = page.getByTestId('offer-failure');
  await expect(failure).toContainText(
    L.oneDelegatedAdmin('Litware Inc.', 'Contoso Ltd', 'First Up Consultants'),
  );
  await expect(failure).toContainText(L.ruleLine('R-O365-3'));
  // The refusal leads to the partner holding the roles (Billing > Partner relationships > Remove roles).
  await failure.getByRole('link', { name: 'Litware Inc.' }).click();
  await expect(page.getByRole('button', { name: L.removeRoles, exact: true })).toBeEnabled();
  // Nothing changed: First Up Consultants has no relationship with Contoso.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: L.offerTitle_ })).toBeVisible();
  await openPartnerRelationships(page, L, L.portal.adminCenter);
  await expect(page.getByRole('link', { name: 'First Up Consultants', exact: true })).toHaveCount(
    0,
  );
});
