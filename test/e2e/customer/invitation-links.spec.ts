import { test, expect } from '../fixtures';
import { personaSwitcher, rotated } from '../helpers';
import {
  LANGS,
  TREY_TOKEN,
  followInvitationMail,
  labels,
  openAs,
  openPartnerRelationships,
  partnerRow,
} from './helpers';

// Wrong, used or foreign invitation links are refused with a clear page, and nothing changes.
for (const lang of LANGS) {
  // Each test below runs in one language: the turn() before it (see rotated() in
  // ../helpers.ts) says whether this language's turn has come.
  const turn = rotated(lang, 1);
  if (turn())
    test(`invitation links (${lang}): a link to no invitation is refused`, async ({ page }) => {
      const L = labels(lang);
      await openAs(page, 'u-patti', lang, 'partner-invitation/does-not-exist');
      await expect(page).toHaveURL(/#\/admin-center\/partner-invitation\/does-not-exist$/);
      const blocked = page.getByTestId('invitation-blocked');
      await expect(blocked).toHaveAttribute('data-block', 'notFound');
      await expect(blocked).toContainText(L.block('notFound'));
      await expect(page.getByRole('button', { name: L.acceptAndAuthorize })).toHaveCount(0);
    });

  if (turn())
    test(`invitation links (${lang}): once accepted, the same link says it was used`, async ({
      page,
    }) => {
      const L = labels(lang);
      await openAs(page, 'u-joni', lang, 'mail');
      await followInvitationMail(page, L, 'Trey Research', TREY_TOKEN);
      await page.getByRole('checkbox', { name: L.ackMca }).check();
      await page.getByRole('button', { name: L.acceptAndAuthorize, exact: true }).click();
      await expect(page).toHaveURL(/#\/office-admin-portal\/billing\/partner-relationships$/);
      await expect(partnerRow(page, 'Trey Research')).toBeVisible();

      await followInvitationMail(page, L, 'Trey Research', TREY_TOKEN);
      const blocked = page.getByTestId('invitation-blocked');
      await expect(blocked).toHaveAttribute('data-block', 'used');
      await expect(blocked).toContainText(L.block('used'));
      await expect(page.getByRole('button', { name: L.acceptAndAuthorize })).toHaveCount(0);
      // Still exactly one Trey Research relationship.
      await openPartnerRelationships(page, L, L.portal.officeAdminPortal);
      await expect(partnerRow(page, 'Trey Research')).toHaveCount(1);
    });

  if (turn())
    test(`invitation links (${lang}): another tenant's admin is refused; the invitation stays open`, async ({
      page,
    }) => {
      const L = labels(lang);
      await openAs(page, 'u-patti', lang, `partner-invitation/${TREY_TOKEN}`);
      await expect(page).toHaveURL(new RegExp(`#/admin-center/partner-invitation/${TREY_TOKEN}$`));
      const blocked = page.getByTestId('invitation-blocked');
      await expect(blocked).toHaveAttribute('data-block', 'otherTenant');
      await expect(blocked).toContainText(L.block('otherTenant'));
      await expect(page.getByRole('button', { name: L.acceptAndAuthorize })).toHaveCount(0);
      await openPartnerRelationships(page, L, L.portal.adminCenter);
      await expect(page.getByText(L.noPartners)).toBeVisible();

      // Nothing changed: Joni can still accept it.
      await openAs(page, 'u-joni', lang, `partner-invitation/${TREY_TOKEN}`);
      await expect(
        page.getByRole('heading', { level: 1, name: L.acceptInvitationTitle }),
      ).toBeVisible();
      await expect(page.getByTestId('invitation-blocked')).toHaveCount(0);
    });

  if (turn())
    test(`invitation links (${lang}): partner staff are refused and offered to act as the addressee`, async ({
      page,
    }) => {
      const L = labels(lang);
      await openAs(page, 'u-megan', lang, `partner-invitation/${TREY_TOKEN}`);
      await expect(page).toHaveURL(new RegExp(`#/partner-invitation/${TREY_TOKEN}$`));
      const blocked = page.getByTestId('invitation-blocked');
      await expect(blocked).toHaveAttribute('data-block', 'partnerPersona');
      await expect(blocked).toContainText(L.block('partnerPersona'));

      await blocked.getByRole('button', { name: L.actAs('Joni Sherman'), exact: true }).click();
      await expect(personaSwitcher(page)).toHaveValue('u-joni');
      await expect(page).toHaveURL(
        new RegExp(`#/office-admin-portal/partner-invitation/${TREY_TOKEN}$`),
      );
      await expect(
        page.getByRole('heading', { level: 1, name: L.acceptInvitationTitle }),
      ).toBeVisible();
      await expect(page.getByTestId('invitation-partner')).toHaveText('Trey Research');
      await expect(
        page.getByRole('button', { name: L.acceptAndAuthorize, exact: true }),
      ).toBeDisabled();
    });
}
