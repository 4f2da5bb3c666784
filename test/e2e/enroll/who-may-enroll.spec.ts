import { test, expect } from '../fixtures';
import { button, labels, LANGS, openAs, passwordField, stepError, stepHeading } from './helpers';

// W-ENROLL, who may enroll (R-IND-1): the enrollment site is open to every persona, but only a
// work account's global admin gets past the sign-in, and an organization that is already a
// partner is told so instead of being offered the steps.

const ISAIAH = 'isaiah@contoso.example';

for (const lang of LANGS) {
  test.describe(`W-ENROLL: who may enroll (${lang})`, () => {
    const L = labels(lang);

    test('R-IND-1: Isaiah (User admin, no work-account password) is refused as wrong credentials', async ({
      page,
    }) => {
      await openAs(page, 'u-isaiah', lang, 'enroll');
      await button(page, L.next).click();
      await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
      const userName = page.getByRole('textbox', { name: L.workUserName, exact: true });
      await expect(userName).toHaveValue(ISAIAH);
      await passwordField(page, L.workPassword).fill('Any-Password-1');
      await button(page, L.signIn).click();
      await expect(stepError(page)).toHaveText(L.error('errors.workCredentials'));
      // Still at the sign-in: nothing moved on, nothing to choose.
      await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
      await expect(stepHeading(page, L, 'mpnInfo')).toHaveCount(0);
    });

    test('a partner persona (Megan, Fabrikam Solutions) is told the organization is already enrolled', async ({
      page,
    }) => {
      await openAs(page, 'u-megan', lang, 'enroll');
      await expect(
        page.getByRole('heading', { level: 1, name: L.title, exact: true }),
      ).toBeVisible();
      await expect(
        page.getByText(L.alreadyPartner('Fabrikam Solutions'), { exact: true }),
      ).toBeVisible();
      await expect(button(page, L.next)).toHaveCount(0);
    });
  });
}
