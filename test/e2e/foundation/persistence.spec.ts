import { test, expect } from '../fixtures';
import {
  advanceClock,
  isoAfterDays,
  mailBadge,
  openPath,
  personaSwitcher,
  setLanguage,
  simClock,
  switchPersona,
  waitForShell,
} from '../helpers';

// 5. The world lives in IndexedDB and the language in localStorage: a reload keeps both,
// and the tab keeps its persona.
test('reload keeps the world, the language and the persona', async ({ page }) => {
  await openPath(page);
  await advanceClock(page, 3);
  await switchPersona(page, 'u-diego');
  await setLanguage(page, 'ru');
  await expect(page.getByTestId('portal-name')).toHaveText('Центр партнеров');

  await page.reload();
  await waitForShell(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(3));
  await expect(simClock(page)).toContainText('2020 г.');
  await expect(page.getByTestId('portal-name')).toHaveText('Центр партнеров');
  await expect(personaSwitcher(page)).toHaveAccessibleName(
    'Персона: Diego Siciliani. Сменить персону',
  );
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  await expect(
    page.getByRole('complementary').getByRole('link', { name: 'Непрямые торговые посредники' }),
  ).toBeVisible();
});

// 6. Two tabs of one browser share the world (liveQuery follows changes made in another
// tab) but each has its own persona (sessionStorage).
test('two tabs stay in step, each with its own persona', async ({ page: tabA, context }) => {
  await openPath(tabA);
  const tabB = await context.newPage();
  await openPath(tabB);
  await expect(simClock(tabB)).toHaveAttribute('datetime', isoAfterDays(0));
  await expect(mailBadge(tabB)).toHaveAccessibleName('Mail, 1 unread message');

  // The clock advanced in tab A moves in tab B, without a reload.
  await advanceClock(tabA, 7);
  await expect(simClock(tabB)).toHaveAttribute('datetime', isoAfterDays(7));

  // Reading the mail in tab A updates tab B's badge.
  await tabA.goto('/#/mail/mail-welcome-u-megan');
  await expect(mailBadge(tabA)).toHaveAccessibleName('Mail, 0 unread messages');
  await expect(mailBadge(tabB)).toHaveAccessibleName('Mail, 0 unread messages');

  // Personas are per tab.
  await switchPersona(tabB, 'u-lee');
  await expect(tabB.getByTestId('portal-name')).toHaveText('Microsoft 365 admin center');
  await expect(mailBadge(tabB)).toHaveAccessibleName('Mail, 1 unread message');
  await expect(personaSwitcher(tabA)).toHaveValue('u-megan');
  await expect(tabA.getByTestId('portal-name')).toHaveText('Partner Center');

  await switchPersona(tabA, 'u-patti');
  await expect(personaSwitcher(tabB)).toHaveValue('u-lee');

  // Each tab keeps its own persona over a reload.
  await tabB.reload();
  await waitForShell(tabB);
  await expect(personaSwitcher(tabB)).toHaveValue('u-lee');
  await expect(simClock(tabB)).toHaveAttribute('datetime', isoAfterDays(7));
  await tabA.reload();
  await waitForShell(tabA);
  await expect(personaSwitcher(tabA)).toHaveValue('u-patti');

  // A new tab starts as the persona chosen last.
  const tabC = await context.newPage();
  await openPath(tabC);
  await expect(personaSwitcher(tabC)).toHaveValue('u-patti');
  await tabB.close();
  await tabC.close();
});
