import { test, expect } from '../fixtures';
import { scopeNote, wholeFlow } from '../helpers';
import { LANGS, followMailLink, labels, openAs, openMessage, partnerRow } from './helpers';

// W-MCA: Alpine Ski House has a partner (Fabrikam, reseller) but no MCA. Brian follows the
// link in Fabrikam's email, reads the agreement, ticks, Accept (R-MPR-5); the partner list
// is shown; the page then says the agreement is already accepted.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'zh';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-MCA (${lang})${scopeNote(lang, FLOW_LANG)}: Brian accepts the Microsoft Customer Agreement from the email link`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-brian', lang, 'mail');
    const message = await openMessage(page, L, L.mailSubject('seeded.mca.subject', {}));
    await followMailLink(message, '/accept-agreement');

    await expect(page).toHaveURL(/#\/admin-center\/billing\/accept-agreement$/);
    await expect(
      page.getByRole('heading', { level: 1, name: L.acceptAgreementTitle }),
    ).toBeVisible();
    const accept = page.getByRole('button', { name: L.accept, exact: true });
    await expect(accept).toBeDisabled();
    if (!wholeFlow(lang, FLOW_LANG)) return;

    await page.getByRole('button', { name: L.mcaTitle, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: L.mcaTitle });
    await expect(dialog).toContainText(L.mcaPlaceholder);
    await dialog.getByRole('button', { name: L.close }).last().click();
    await expect(dialog).toBeHidden();

    await page.getByRole('checkbox', { name: L.ackMca }).check();
    await expect(accept).toBeEnabled();
    await accept.click();

    await expect(page).toHaveURL(/#\/admin-center\/billing\/partner-relationships$/);
    await expect(
      page.getByRole('heading', { level: 1, name: L.partnerRelationshipsTitle }),
    ).toBeVisible();
    await expect(partnerRow(page, 'Fabrikam Solutions')).toContainText(L.partnerType('reseller'));

    // Reopening the Accept agreement page: already accepted, nothing to tick.
    await page.getByRole('link', { name: L.acceptAgreementTitle, exact: true }).click();
    await expect(page).toHaveURL(/#\/admin-center\/billing\/accept-agreement$/);
    await expect(page.getByText(L.mcaAlready)).toBeVisible();
    await expect(page.getByRole('button', { name: L.accept, exact: true })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: L.ackMca })).toHaveCount(0);
  });
}
