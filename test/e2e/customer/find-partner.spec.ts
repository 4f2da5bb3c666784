import { test, expect } from '../fixtures';
import { scopeNote, switchPersona, wholeFlow } from '../helpers';
import { LANGS, escapeRe, labels, openAs, openMessage } from './helpers';

// W-FIND: location, keywords, Go; choose a partner, Contact selected providers; business
// needs, Send. The chosen partner's staff receive the request by mail.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'ru';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-FIND (${lang})${scopeNote(lang, FLOW_LANG)}: Patti searches, contacts Fabrikam Solutions; Megan receives the request`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-patti', lang, 'find-a-partner');
    await expect(page.getByRole('heading', { level: 1, name: L.findPartnerTitle })).toBeVisible();

    const keywords = page.getByRole('textbox', { name: L.keywords });
    const go = page.getByRole('button', { name: L.go, exact: true });

    // Keywords over the limit are refused with a message; nothing is searched. (Markup is
    // just text since issue 17: it is not refused.)
    await keywords.fill('m'.repeat(101));
    await go.click();
    await expect(page.getByText(L.errKeywordsTooLong)).toBeVisible();
    await expect(keywords).toHaveAccessibleDescription(new RegExp(escapeRe(L.errKeywordsTooLong)));
    await expect(page.getByText(L.resultsCount(1))).toHaveCount(0);
    if (!wholeFlow(lang, FLOW_LANG)) return;

    // Location United States; two services only Fabrikam offers together (Proseware also
    // does migration, Litware also training), in the words of this language.
    await page.getByRole('combobox', { name: L.location }).selectOption('US');
    await keywords.fill(`${L.service('migration')} ${L.service('training')}`);
    await go.click();
    await expect(page.getByText(L.errKeywordsTooLong)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: L.resultsCount(1) })).toBeVisible();
    const fabrikam = page.getByRole('checkbox', { name: 'Fabrikam Solutions' });
    await expect(fabrikam).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(1);

    // Contact selected providers with nothing chosen: an error, still on the results.
    const contact = page.getByRole('button', { name: L.contactSelected });
    await contact.click();
    await expect(page.getByText(L.errSelectionNone)).toBeVisible();
    await expect(page.getByRole('heading', { name: L.contactTitle })).toHaveCount(0);

    await fabrikam.check();
    await expect(page.getByText(L.errSelectionNone)).toHaveCount(0);
    await contact.click();
    await expect(page.getByRole('heading', { level: 2, name: L.contactTitle })).toBeVisible();

    const needs = page.getByRole('textbox', { name: L.needs });
    const send = page.getByRole('button', { name: L.send, exact: true });
    await send.click();
    await expect(page.getByText(L.errNeedsRequired)).toBeVisible();

    await needs.fill('Help');
    await send.click();
    await expect(page.getByText(L.errNeedsTooShort)).toBeVisible();

    const text = `Move 40 mailboxes to Exchange Online and train our staff (${lang}).`;
    await needs.fill(text);
    await send.click();
    await expect(page.getByRole('heading', { level: 2, name: L.sentTitle })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Fabrikam Solutions' })).toBeVisible();

    // Partner side: Megan (Fabrikam's Admin agent) has the request, with the needs text.
    await switchPersona(page, 'u-megan');
    const message = await openMessage(
      page,
      L,
      L.mailSubject('contactRequest.subject', { customer: 'Contoso Ltd' }),
    );
    await expect(message.getByTestId('mail-body')).toContainText(text);
    await expect(message.getByTestId('mail-body')).toContainText('patti@contoso.example');
  });
}
