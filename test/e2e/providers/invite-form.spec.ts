import { test, expect } from '../fixtures';
import { openPath, scopeNote, switchPersona, wholeFlow } from '../helpers';
import { LANGS, P } from './helpers';

// W-CONNECT-PROVIDER step 1: bad input on the provider's invitation form gets a clear message
// in the learner's language, and nothing is sent or stored.

// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'zh';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`invite an indirect reseller (${lang})${scopeNote(lang, FLOW_LANG)}: bad input is refused, nothing is sent`, async ({
    page,
  }) => {
    const L = P(lang);
    await openPath(page, 'partner-center/indirect-resellers', { persona: 'u-diego', lang });
    const email = page.getByRole('textbox', { name: L.emailLabel });
    const send = page.getByRole('button', { name: L.send, exact: true });
    const failure = page.getByTestId('invite-failure');

    const fieldCases: [string, string][] = [
      ['', L.inviteError('email.required')],
      [`${'m'.repeat(260)}@fabrikam.example`, L.inviteError('email.tooLong', { max: 254 })],
      ['<script>alert(1)</script>', L.inviteError('email.format')],
      ['megan at fabrikam', L.inviteError('email.format')],
    ];
    for (const [value, message] of fieldCases) {
      await email.fill(value);
      await send.click();
      await expect(email).toHaveAccessibleDescription(
        new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    }

    const refusals: [string, string][] = [
      [
        'nobody@fabrikam.example',
        L.inviteError('unknownAddress', { address: 'nobody@fabrikam.example' }),
      ],
      [
        'patti@contoso.example',
        L.inviteError('notPartner', {
          address: 'patti@contoso.example',
          organization: 'Contoso Ltd',
        }),
      ],
      [
        'henrietta@relecloud.example',
        L.inviteError('notIndirectReseller', {
          address: 'henrietta@relecloud.example',
          organization: 'Relecloud',
        }),
      ],
      [
        'alex@fabrikam.example',
        L.inviteError('notAdminAgent', {
          address: 'alex@fabrikam.example',
          organization: 'Fabrikam Solutions',
        }),
      ],
    ];
    for (const [value, message] of refusals) {
      await email.fill(value);
      await send.click();
      await expect(failure).toContainText(message);
    }
    await expect(failure.getByTestId('rule-line')).toHaveAttribute('data-rule', 'R-IND-7');
    await expect(page.getByTestId('invite-sent')).toHaveCount(0);
    if (!wholeFlow(lang, FLOW_LANG)) return;

    // Nothing reached Megan or Alex.
    await switchPersona(page, 'u-alex');
    await page.getByTestId('mail-badge').click();
    await expect(
      page.getByRole('list', { name: L.inbox }).getByRole('link', {
        name: new RegExp(L.invitationSubject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      }),
    ).toHaveCount(0);
    await switchPersona(page, 'u-megan');
    await expect(
      page.getByRole('list', { name: L.inbox }).getByRole('link', {
        name: new RegExp(L.invitationSubject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      }),
    ).toHaveCount(0);
  });
}
