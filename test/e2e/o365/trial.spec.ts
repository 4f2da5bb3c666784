import { test, expect } from '../fixtures';
import { scopeNote, switchPersona, wholeFlow } from '../helpers';
import { LANGS, partnerRow, openPartnerRelationships } from '../customer/helpers';
import {
  chooseServices,
  finishAndSend,
  followOfferMail,
  labels,
  openAs,
  openCreate,
} from './helpers';

// W-TRIAL, end to end: Pradeep Gupta (Litware Inc., Office 365 partner in Cloud Essentials)
// opens Partner overview from the navigation, creates a trial invitation with two services and
// the delegated administration offer (R-O365-1), reviews the draft and sends it to Patti
// Fernandez (Contoso Ltd). Patti follows the personal link (R-O365-2), starts the trial, and
// authorizes Litware separately, after confirming what it grants (R-MPR-3).
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'zh';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-TRIAL (${lang})${scopeNote(lang, FLOW_LANG)}: Pradeep invites Patti with delegated administration; Patti starts the trial and authorizes Litware`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-pradeep', lang, 'partner-center');
    await page
      .getByRole('navigation', { name: L.pcNav })
      .getByRole('link', { name: L.navPartnerOverview, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: L.overviewTitle })).toBeVisible();
    await openCreate(page, L, 'trial');
    if (!wholeFlow(lang, FLOW_LANG)) return;
    await chooseServices(page, L, {
      services: [{ name: 'Office 365 E3' }, { name: 'Exchange Online (Plan 1)' }],
      delegatedAdmin: true,
    });
    await finishAndSend(page, L, { kind: 'trial', to: 'patti@contoso.example' }, 'Contoso Ltd');

    await followOfferMail(page, L, 'u-patti', L.offerMailSubject('trialWithDa', 'Litware Inc.'));
    await expect(page).toHaveURL(/#\/admin-center\/o365-offer\//);
    await expect(page.getByRole('heading', { level: 1, name: L.offerTitle_ })).toBeVisible();
    await expect(page.getByTestId('offer-partner')).toHaveText('Litware Inc.');
    await expect(page.getByTestId('offer-kind')).toHaveText(L.kind('trial'));

    await page.getByRole('button', { name: L.startTrial, exact: true }).click();
    await expect(page.getByTestId('services-done')).toHaveText(
      L.servicesDone('trial', 'Litware Inc.'),
    );
    const e3 = page.getByRole('row').filter({ hasText: 'Office 365 E3' });
    await expect(e3).toContainText(L.subStatus('trial'));
    await expect(e3).toContainText('25');

    // The delegated administration offer is answered on its own.
    await page.getByRole('button', { name: L.daAccept, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: L.daConfirmTitle });
    await expect(dialog).toContainText(`${L.role('globalAdmin')}, ${L.role('helpdeskAdmin')}`);
    await dialog.getByRole('button', { name: L.daAccept, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('da-state')).toHaveText(L.daAccepted('Litware Inc.'));
    // R-O365-5: Microsoft support stays reachable.
    await expect(page.getByText(L.offerSupport)).toBeVisible();

    await openPartnerRelationships(page, L, L.portal.adminCenter);
    await expect(partnerRow(page, 'Litware Inc.')).toContainText(L.partnerType('delegatedAdmin'));
    await expect(partnerRow(page, 'Litware Inc.')).toContainText(
      `${L.role('globalAdmin')}, ${L.role('helpdeskAdmin')}`,
    );
  });
}

test('W-TRIAL (en): a trial without delegated administration; Lee (Billing admin) starts it; the partner sees it accepted', async ({
  page,
}) => {
  const L = labels('en');
  await openAs(page, 'u-pradeep', 'en', 'partner-center/partner-overview');
  await openCreate(page, L, 'trial');
  await chooseServices(page, L, {
    services: [{ name: 'Microsoft 365 Business Standard' }],
    delegatedAdmin: false,
  });
  await finishAndSend(page, L, { kind: 'trial', to: 'lee@contoso.example' }, 'Contoso Ltd');

  await followOfferMail(page, L, 'u-lee', L.offerMailSubject('trial', 'Litware Inc.'));
  await expect(page.getByRole('button', { name: L.daAccept })).toHaveCount(0);
  await page.getByRole('button', { name: L.startTrial, exact: true }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Microsoft 365 Business Standard' }),
  ).toContainText(L.subStatus('trial'));

  // Back to Pradeep in the same tab (the world is this browser's).
  await switchPersona(page, 'u-pradeep');
  await page
    .getByRole('navigation', { name: L.pcNav })
    .getByRole('link', { name: L.navPartnerOverview, exact: true })
    .click();
  const row = page.getByRole('row').filter({ hasText: 'Contoso Ltd' });
  await expect(row).toContainText(L.state('accepted'));
  await expect(row).toContainText(L.daState('none'));
});
