import { test, expect } from '../fixtures';
import { expectNoAxeViolations, rotated } from '../helpers';
import {
  fillAndAdd,
  firstSignIn,
  h1,
  LANGS,
  openAs,
  openUserManagement,
  pcNav,
  readOneTimePassword,
  switchToNewPersona,
  userLabels,
  userRow,
} from './helpers';

// R-IND-5: a Global admin without Admin agent can't add users until they select themself,
// Admin agent, Update (W-ENROLL's last step). R-IND-7: role-based access, typed URLs included.
for (const lang of LANGS) {
  // Each test below runs in one language: the turn() before it (see rotated() in
  // ../helpers.ts) says whether this language's turn has come.
  const turn = rotated(lang, 2);
  if (turn())
    test(`R-IND-5 (${lang}): a Global admin without Admin agent is refused Add user, gives themself Admin agent, then adds a user`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const L = userLabels(lang);
      // The default world has no such user: Megan creates one.
      await openAs(page, 'u-megan', lang, 'partner-center/settings/user-management/add');
      await expect(h1(page, L.addTitle)).toBeVisible();
      await fillAndAdd(page, L, {
        name: 'Gina Global',
        email: 'gina@fabrikam.example',
        agent: null,
        admin: 'globalAdmin',
      });
      const password = await readOneTimePassword(page, L, 'gina@fabrikam.example');

      await switchToNewPersona(page, L, 'Gina Global', 'globalAdmin');
      await firstSignIn(page, L, password);

      // A Global admin sees User management, with the R-IND-5 hint.
      await openUserManagement(page, L);
      await expect(page.getByTestId('needs-admin-agent')).toContainText(L.ruleLine('R-IND-5'));
      await page.getByRole('link', { name: L.addUser, exact: true }).click();
      const refused = page.getByTestId('add-user-refused');
      await expect(refused).toContainText(L.needsAdminAgent('Gina Global'));
      await expect(refused).toContainText(L.ruleLine('R-IND-5'));
      await expect(page.getByRole('textbox', { name: L.fullName })).toHaveCount(0);

      // Select yourself, Admin agent, Update.
      await openUserManagement(page, L);
      await page.getByRole('button', { name: 'Gina Global', exact: true }).click();
      const editor = page.getByTestId('roles-editor');
      await expect(
        editor.getByRole('heading', { level: 2, name: L.rolesHeading('Gina Global') }),
      ).toBeFocused();
      await expect(
        editor.getByRole('radio', { name: L.role('globalAdmin'), exact: true }),
      ).toBeChecked();
      await editor.getByRole('radio', { name: L.role('adminAgent'), exact: true }).check();
      await editor.getByRole('button', { name: L.update, exact: true }).click();
      await expect(page.getByText(L.updated('Gina Global'))).toBeVisible();
      await expect(userRow(page, 'Gina Global')).toContainText(
        `${L.role('adminAgent')}, ${L.role('globalAdmin')}`,
      );
      await expect(page.getByTestId('needs-admin-agent')).toHaveCount(0);

      // Now Add user works.
      await page.getByRole('link', { name: L.addUser, exact: true }).click();
      await fillAndAdd(page, L, {
        name: 'Hank Help',
        email: 'hank@fabrikam.example',
        agent: 'helpdeskAgent',
        admin: null,
      });
      await readOneTimePassword(page, L, 'hank@fabrikam.example');
    });

  if (turn())
    test(`R-IND-7 (${lang}): Alex (Sales agent) can't open User management or Add user by URL; Megan can't remove the last role-assigning rights`, async ({
      page,
    }) => {
      const L = userLabels(lang);
      for (const [path, title] of [
        ['partner-center/settings/user-management', L.userManagementTitle],
        ['partner-center/settings/user-management/add', L.addTitle],
      ] as const) {
        await openAs(page, 'u-alex', lang, path);
        const refusal = page.getByTestId('access-refused');
        await expect(refusal.getByRole('heading', { level: 1 })).toHaveText(L.refusedTitle(title));
        await expect(refusal).toContainText(L.ruleLine('R-IND-7'));
        await expect(page.getByRole('table')).toHaveCount(0);
        await expect(page.getByRole('textbox', { name: L.fullName })).toHaveCount(0);
        await expect(pcNav(page, L).getByRole('link', { name: L.navUserManagement })).toHaveCount(
          0,
        );
      }

      // Bad input on roles: Megan is the only one who can assign roles; she can't take that away.
      await openAs(page, 'u-megan', lang, 'partner-center/settings/user-management');
      await page.getByRole('button', { name: 'Megan Bowen', exact: true }).click();
      const editor = page.getByTestId('roles-editor');
      await editor.getByRole('radio', { name: L.role('salesAgent'), exact: true }).check();
      await editor.getByRole('radio', { name: L.noAdmin, exact: true }).check();
      await editor.getByRole('button', { name: L.update, exact: true }).click();
      await expect(editor.getByText(L.errLastAssigner)).toBeVisible();
      await expectNoAxeViolations(page, `User management with a user's roles open (${lang})`);
      await page.reload();
      await expect(userRow(page, 'Megan Bowen')).toContainText(
        `${L.role('adminAgent')}, ${L.role('globalAdmin')}`,
      );
    });
}
