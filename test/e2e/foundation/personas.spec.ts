import { test, expect } from '../fixtures';
import {
  PERSONAS,
  mailBadge,
  openPath,
  personaSwitcher,
  portalNav,
  simClock,
  switchPersona,
  isoAfterDays,
} from '../helpers';

// 2. The persona switcher changes the portal and its navigation (R-REQ-5, R-IND-7, R-MPR-1).
test('switching persona changes the portal and the navigation', async ({ page }) => {
  await openPath(page);
  const portalName = page.getByTestId('portal-name');
  await expect(portalName).toHaveText('Partner Center');
  await expect(
    portalNav(page, 'Partner Center').getByRole('link', { name: 'User management' }),
  ).toBeVisible();

  // The option texts say who each persona is.
  await expect(personaSwitcher(page).locator('option[value="u-joni"]')).toHaveText(
    'Joni Sherman — Global admin, Fourth Coffee',
  );
  const ids = await personaSwitcher(page)
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(ids).toEqual(expect.arrayContaining(Object.keys(PERSONAS)));

  // Patti Fernandez, Global admin of Contoso (public cloud): Microsoft 365 admin center.
  await switchPersona(page, 'u-patti');
  await expect(portalName).toHaveText('Microsoft 365 admin center');
  const acNav = portalNav(page, 'Microsoft 365 admin center');
  await expect(acNav.getByText('Billing', { exact: true })).toBeVisible();
  await expect(
    acNav
      .getByRole('list', { name: 'Billing' })
      .getByRole('link', { name: 'Partner relationships' }),
  ).toBeVisible();
  await expect(portalNav(page, 'Partner Center')).toHaveCount(0);
  await portalName.click();
  await expect(page).toHaveURL(/#\/admin-center$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft 365 admin center' }),
  ).toBeVisible();

  // Isaiah Langer, User admin of Contoso: same portal, no Partner relationships (R-MPR-1).
  await switchPersona(page, 'u-isaiah');
  await expect(portalName).toHaveText('Microsoft 365 admin center');
  await expect(acNav.getByRole('link', { name: 'Active users' })).toBeVisible();
  await expect(acNav.getByRole('link', { name: 'Partner relationships' })).toHaveCount(0);

  // Joni Sherman of Fourth Coffee (US Government cloud): Microsoft Office Admin Portal (R-REQ-5).
  await switchPersona(page, 'u-joni');
  await expect(portalName).toHaveText('Microsoft Office Admin Portal');
  await expect(
    portalNav(page, 'Microsoft Office Admin Portal').getByRole('link', {
      name: 'Partner relationships',
    }),
  ).toBeVisible();
  await portalName.click();
  await expect(page).toHaveURL(/#\/office-admin-portal$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft Office Admin Portal' }),
  ).toBeVisible();

  // Alex Wilber, Sales agent of Fabrikam: Partner Center without User management (R-IND-7).
  await switchPersona(page, 'u-alex');
  await expect(portalName).toHaveText('Partner Center');
  const pcNav = portalNav(page, 'Partner Center');
  await expect(pcNav.getByRole('link', { name: 'Customers' })).toBeVisible();
  await expect(pcNav.getByRole('link', { name: 'User management' })).toHaveCount(0);
});

// 3. A typed URL the persona may not open is refused, whichever way it is reached.
test.describe('role-forbidden and other-portal URLs are refused', () => {
  test('Alex (Sales agent) cannot open User management: R-IND-7', async ({ page }) => {
    await openPath(page, 'partner-center/settings/user-management', { persona: 'u-alex' });
    const refused = page.getByTestId('access-refused');
    await expect(refused).toBeVisible();
    await expect(refused.getByRole('heading', { level: 1 })).toHaveText(
      "You can't open User management",
    );
    await expect(refused).toContainText('Rule R-IND-7');
    await expect(refused.getByRole('alert')).toContainText('Alex Wilber');
    // No user table was rendered, and nothing in the world changed.
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(0));
  });

  test('Isaiah (User admin) cannot open Partner relationships: R-MPR-1', async ({ page }) => {
    await openPath(page, 'admin-center/billing/partner-relationships', { persona: 'u-isaiah' });
    const refused = page.getByTestId('access-refused');
    await expect(refused).toBeVisible();
    await expect(refused).toContainText('Rule R-MPR-1');
    await expect(refused).toContainText('Global admin, Billing admin');
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('Joni (US Government cloud) is sent to the Office Admin Portal: R-REQ-5', async ({
    page,
  }) => {
    await openPath(page, 'admin-center', { persona: 'u-joni' });
    const wrong = page.getByTestId('wrong-portal');
    await expect(wrong).toBeVisible();
    await expect(wrong).toContainText('R-REQ-5');
    await wrong.getByRole('link', { name: 'Go to Microsoft Office Admin Portal' }).click();
    await expect(page).toHaveURL(/#\/office-admin-portal$/);
    await expect(page.getByTestId('wrong-portal')).toHaveCount(0);
  });

  test('Megan (partner staff) gets wrong-portal for the admin center', async ({ page }) => {
    await openPath(page, 'admin-center', { persona: 'u-megan' });
    const wrong = page.getByTestId('wrong-portal');
    await expect(wrong).toBeVisible();
    await expect(wrong.getByRole('heading', { level: 1 })).toHaveText(
      'Microsoft 365 admin center is not where you work',
    );
    await expect(wrong).toContainText('Megan Bowen of Fabrikam Solutions works in Partner Center');
    await expect(mailBadge(page)).toHaveAccessibleName('Mail, 1 unread message');
  });
});
