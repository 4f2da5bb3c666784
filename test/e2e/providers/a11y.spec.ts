import { test, expect } from '../fixtures';
import { expectNoAxeViolations, openPath, switchPersona } from '../helpers';
import {
  P,
  PROVIDER,
  diegoInvitesMegan,
  meganFollowsInvitation,
  authorize,
  rowOf,
} from './helpers';

// axe (WCAG 2.0/2.1 A and AA) on Indirect resellers, the authorization page and Indirect
// providers, in the states a trainee sees them.

for (const lang of ['en', 'ru', 'zh'] as const) {
  test(`axe (${lang}): Indirect resellers, Authorize indirect provider, Indirect providers`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const L = P(lang);
    await openPath(page, 'partner-center/indirect-resellers', { persona: 'u-diego', lang });
    await page.getByRole('button', { name: L.send, exact: true }).click();
    await expect(page.getByRole('textbox', { name: L.emailLabel })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page, `Indirect resellers with a validation message (${lang})`);

    await diegoInvitesMegan(page, L);
    await meganFollowsInvitation(page, L);
    await expectNoAxeViolations(page, `Authorize indirect provider (${lang})`);

    await authorize(page, L);
    await expect(
      rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER),
    ).toBeVisible();
    await expectNoAxeViolations(page, `Indirect providers with a provider (${lang})`);

    // The Remove admin access confirmation (R-IND-8), once.
    if (lang === 'en') {
      await rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER)
        .getByRole('button', { name: L.removeAccess })
        .click();
      await expect(
        page.getByRole('dialog', { name: L.accessConfirmTitle(PROVIDER) }),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'the Remove admin access dialog');
      await page
        .getByRole('dialog', { name: L.accessConfirmTitle(PROVIDER) })
        .getByRole('button', { name: L.cancel, exact: true })
        .click();

      // View customers (empty) and a refused Submit order (R-IND-10).
      await rowOf(page.getByRole('table', { name: L.providersCaption }), PROVIDER)
        .getByRole('link', { name: L.viewCustomers })
        .click();
      await expect(
        page.getByRole('heading', { level: 1, name: L.viewCustomersTitle }),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'View customers');
      await switchPersona(page, 'u-diego');
      await openPath(page, 'partner-center/provider-order/adatum', { lang });
      await expect(page.getByTestId('order-refusal')).toBeVisible();
      await expectNoAxeViolations(page, 'Submit order, refused');
    }
  });
}
