import { test, expect } from '../fixtures';
import { expectNoAxeViolations, personaSwitcher, scopeNote, wholeFlow } from '../helpers';
import {
  fillAndAdd,
  h1,
  passwordField,
  LANGS,
  NEW_PASSWORD,
  openAs,
  openUserManagement,
  pcNav,
  readOneTimePassword,
  switchToNewPersona,
  userLabels,
  userRow,
} from './helpers';

// W-ADD-USER (R-IND-6) end to end, then the new user's first sign-in (R-IND-6) and what their
// role lets them see (R-IND-7). axe on User management, the add form, the one-time password and
// the first sign-in screen.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'ru';
for (const lang of LANGS) {
  test(`W-ADD-USER (${lang})${scopeNote(lang, FLOW_LANG)}: Megan adds a Sales agent, who must change the temporary password at first sign-in`, async ({
    page,
  }) => {
    // A whole journey with four axe runs: on 2 shared cores it can take longer than the default 30 s.
    test.setTimeout(90_000);
    const L = userLabels(lang);
    await openAs(page, 'u-megan', lang, 'partner-center');
    await openUserManagement(page, L);
    await expect(page.getByRole('row')).toHaveCount(4); // header + Megan, Alex, Adele
    await expectNoAxeViolations(page, `User management (${lang})`);

    await page.getByRole('link', { name: L.addUser, exact: true }).click();
    await expect(h1(page, L.addTitle)).toBeVisible();
    await expectNoAxeViolations(page, `the Add user form (${lang})`);

    // Bad input first: each is refused with a message in the learner's language.
    await page.getByRole('button', { name: L.add, exact: true }).click();
    await expect(page.getByText(L.errNameRequired)).toBeVisible();
    await expect(page.getByText(L.errEmailRequired)).toBeVisible();
    await expect(page.getByText(L.errNoRole)).toBeVisible();
    await expect(page.getByRole('textbox', { name: L.fullName })).toBeFocused();
    if (!wholeFlow(lang, FLOW_LANG)) return;

    // Text stays text (issue 17): a name that looks like markup is not refused for it.
    await fillAndAdd(page, L, {
      name: '<script>alert(1)</script>',
      email: 'ALEX@fabrikam.example',
      agent: 'salesAgent',
      admin: null,
    });
    await expect(page.getByText(L.errEmailTaken('alex@fabrikam.example'))).toBeVisible();

    // R-IND-6: the email must be unique in Partner Center (checked by the repository).
    await page.getByRole('textbox', { name: L.fullName }).fill('Sam Sales');
    await page.getByRole('button', { name: L.add, exact: true }).click();
    await expect(page.getByText(L.errEmailTaken('alex@fabrikam.example'))).toBeVisible();
    await expect(page.getByRole('textbox', { name: L.email })).toBeFocused();

    // Only the partner's own domain.
    await page.getByRole('textbox', { name: L.email }).fill('sam@contoso.example');
    await page.getByRole('button', { name: L.add, exact: true }).click();
    await expect(page.getByText(L.errOtherDomain)).toBeVisible();

    await page.getByRole('textbox', { name: L.email }).fill('Sam.Sales@fabrikam.example');
    await page.getByRole('button', { name: L.add, exact: true }).click();
    const password = await readOneTimePassword(page, L, 'sam.sales@fabrikam.example');
    await expectNoAxeViolations(page, `the one-time password (${lang})`);

    // Nothing but the one user was stored by all those attempts.
    await page.getByRole('link', { name: L.userManagementTitle }).first().click();
    await expect(h1(page, L.userManagementTitle)).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(5);
    await expect(userRow(page, 'Sam Sales')).toContainText(L.role('salesAgent'));

    // The new persona is in the switcher at once; before any page it must sign in (R-IND-6).
    await switchToNewPersona(page, L, 'Sam Sales', 'salesAgent');
    await expect(h1(page, L.signInTitle)).toBeVisible();
    await expect(page.getByRole('textbox', { name: L.userName })).toHaveValue(
      'sam.sales@fabrikam.example',
    );
    await expectNoAxeViolations(page, `the first sign-in screen (${lang})`);

    // A wrong temporary password is refused; nothing changes.
    await passwordField(page, L.temporary).fill('Wrong-0000-Pass');
    await page.getByRole('button', { name: L.signIn, exact: true }).click();
    await expect(page.getByText(L.wrongCredentials)).toBeVisible();
    await expect(h1(page, L.signInTitle)).toBeVisible();

    await passwordField(page, L.temporary).fill(password);
    await page.getByRole('button', { name: L.signIn, exact: true }).click();
    await expect(h1(page, L.changeTitle)).toBeVisible();

    // A weak new password is refused.
    await passwordField(page, L.newPassword).fill('weakpassword');
    await passwordField(page, L.confirmation).fill('weakpassword');
    await page.getByRole('button', { name: L.changeSubmit, exact: true }).click();
    await expect(page.getByText(L.errWeak)).toBeVisible();

    await passwordField(page, L.newPassword).fill(NEW_PASSWORD);
    await passwordField(page, L.confirmation).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: L.changeSubmit, exact: true }).click();

    // R-IND-7: a Sales agent's Partner Center, without User management.
    await expect(h1(page, L.homeTitle)).toBeVisible();
    await expect(page.getByTestId('first-sign-in')).toHaveCount(0);
    await expect(pcNav(page, L).getByRole('link', { name: L.navCustomers })).toBeVisible();
    await expect(pcNav(page, L).getByRole('link', { name: L.navUserManagement })).toHaveCount(0);

    // Signed in for good: opening the site again (this tab's persona, no trainer link) goes
    // straight to the portal.
    await page.goto(`/?lang=${lang}#/partner-center`);
    await expect(personaSwitcher(page)).toHaveAccessibleName(/Sam Sales/);
    await expect(h1(page, L.homeTitle)).toBeVisible();
    await expect(page.getByTestId('first-sign-in')).toHaveCount(0);
  });
}
