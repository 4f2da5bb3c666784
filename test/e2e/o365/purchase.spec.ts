import { test, expect } from '../fixtures';
import { scopeNote, wholeFlow } from '../helpers';
import { LANGS } from '../customer/helpers';
import { finishAndSend, followOfferMail, labels, openAs, openCreate } from './helpers';

// W-OFFER: Pradeep follows up with a purchase offer: services and the number of licenses of
// each. Bad input first (no service; zero, negative, fractional and huge counts): each gets a
// clear message and nothing is sent. Patti accepts: paid subscriptions with those counts.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'en';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-OFFER (${lang})${scopeNote(lang, FLOW_LANG)}: bad licence counts are refused; Patti accepts 40 + 7 licenses`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-pradeep', lang, 'partner-center/partner-overview');
    await openCreate(page, L, 'purchase');
    const next = page.getByRole('button', { name: L.next, exact: true });

    await next.click();
    await expect(page.getByText(L.errService('none'))).toBeVisible();

    const services = page.getByRole('group', { name: L.servicesLegend });
    await services.getByRole('checkbox', { name: 'Office 365 E3', exact: true }).check();
    const e3 = page.getByRole('textbox', { name: L.licenses('Office 365 E3') });
    for (const [value, problem] of [
      ['', 'required'],
      ['0', 'tooFew'],
      ['-3', 'tooFew'],
      ['2.5', 'notWhole'],
      ['100000', 'tooMany'],
      ['ten', 'format'],
    ] as const) {
      await e3.fill(value);
      await next.click();
      await expect(e3).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(L.errLicenses(problem))).toBeVisible();
    }
    if (!wholeFlow(lang, FLOW_LANG)) return;
    await e3.fill('40');
    await services
      .getByRole('checkbox', { name: 'Microsoft 365 Business Standard', exact: true })
      .check();
    await page
      .getByRole('textbox', { name: L.licenses('Microsoft 365 Business Standard') })
      .fill('7');
    await next.click();
    await finishAndSend(page, L, { kind: 'purchase', to: 'patti@contoso.example' }, 'Contoso Ltd');

    await followOfferMail(page, L, 'u-patti', L.offerMailSubject('purchase', 'Litware Inc.'));
    await expect(page.getByTestId('offer-kind')).toHaveText(L.kind('purchase'));
    await page.getByRole('button', { name: L.acceptOffer, exact: true }).click();
    await expect(page.getByTestId('services-done')).toHaveText(
      L.servicesDone('purchase', 'Litware Inc.'),
    );
    await expect(page.getByRole('row').filter({ hasText: 'Office 365 E3' })).toContainText('40');
    await expect(page.getByRole('row').filter({ hasText: 'Office 365 E3' })).toContainText(
      L.subStatus('active'),
    );
    await expect(
      page.getByRole('row').filter({ hasText: 'Microsoft 365 Business Standard' }),
    ).toContainText('7');
  });
}
