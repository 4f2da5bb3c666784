import { test, expect } from '../fixtures';
import { openPath, personaSwitcher, scopeNote, switchPersona, wholeFlow } from '../helpers';
import {
  LANGS,
  P,
  PROVIDER,
  authorize,
  diegoInvitesMegan,
  meganFollowsInvitation,
  rowOf,
} from './helpers';

// W-CONNECT-PROVIDER: the invitation link refuses, with a clear page and no change, an unknown
// link, a persona that isn't the invited reseller's Admin agent (offering to act as one: "you
// may need to sign in again"), and a link already used.

// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'en';
for (const lang of LANGS) {
  test(`provider invitation link (${lang})${scopeNote(lang, FLOW_LANG)}: unknown, wrong persona, Sales agent, used`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const L = P(lang);
    await openPath(page, 'provider-invitation/no-such-token', { persona: 'u-megan', lang });
    const blocked = page.getByTestId('provider-invitation-blocked');
    await expect(blocked).toHaveAttribute('data-block', 'notFound');
    await expect(blocked).toContainText(L.blocked('notFound'));
    await expect(page.getByRole('button', { name: L.authorize })).toHaveCount(0);
    if (!wholeFlow(lang, FLOW_LANG)) return;

    await diegoInvitesMegan(page, L);
    const route = await meganFollowsInvitation(page, L);

    // A customer admin: refused, nothing changes; offered to act as Megan.
    await switchPersona(page, 'u-patti');
    await openPath(page, route, { lang });
    await expect(blocked).toHaveAttribute('data-block', 'wrongPersona');
    await expect(blocked).toContainText(L.blocked('wrongPersona'));
    await expect(page.getByRole('button', { name: L.authorize })).toHaveCount(0);

    // The reseller's Sales agent: refused (Admin agent needed, R-IND-7).
    await switchPersona(page, 'u-alex');
    await expect(blocked).toHaveAttribute('data-block', 'role');
    await expect(blocked).toContainText(L.blocked('role'));
    await blocked.getByRole('button', { name: L.actAs('Megan Bowen'), exact: true }).click();
    await expect(personaSwitcher(page)).toHaveValue('u-megan');
    await expect(page.getByRole('heading', { level: 1, name: L.authorizeTitle })).toBeVisible();
    await authorize(page, L);
    await expect(
      rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER),
    ).toBeVisible();

    // The same link again: used; still one Northwind row.
    await openPath(page, route, { lang });
    await expect(blocked).toHaveAttribute('data-block', 'used');
    await expect(blocked).toContainText(L.blocked('used'));
    await openPath(page, 'partner-center/indirect-providers', { lang });
    await expect(
      rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER),
    ).toHaveCount(1);
  });
}
