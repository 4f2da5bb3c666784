import { test, expect } from '../fixtures';
import { scopeNote, switchPersona, wholeFlow } from '../helpers';
import {
  LANGS,
  TREY_TOKEN,
  followInvitationMail,
  labels,
  openAs,
  openMessage,
  openPartnerRelationships,
  partnerRow,
} from './helpers';

// W-CANCEL-INVITE (R-MPR-4): Joni doesn't want to give Trey Research admin roles, so she
// cancels the invitation. The link then refuses, nothing is granted, and Trey is told.
// The whole flow in one language, the first screen in the others (wholeFlow in ../helpers).
const FLOW_LANG = 'en';
// Its whole flow is the only one in CI: 60 s, not 30, so a loaded machine does not fail it.
test.describe.configure({ timeout: 60_000 });
for (const lang of LANGS) {
  test(`W-CANCEL-INVITE (${lang})${scopeNote(lang, FLOW_LANG)}: Joni cancels Trey Research's invitation; Lidia is told`, async ({
    page,
  }) => {
    const L = labels(lang);
    await openAs(page, 'u-joni', lang, 'mail');
    await followInvitationMail(page, L, 'Trey Research', TREY_TOKEN);
    await expect(
      page.getByRole('heading', { level: 1, name: L.acceptInvitationTitle }),
    ).toBeVisible();
    if (!wholeFlow(lang, FLOW_LANG)) return;

    await page.getByRole('button', { name: L.cancelInvitation, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: L.cancelConfirmTitle });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: L.yes, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: L.cancelledTitle })).toBeVisible();
    await expect(page.getByText(L.cancelledDone('Trey Research'))).toBeVisible();
    await expect(dialog).toBeHidden();

    // The same link now refuses: the invitation was cancelled.
    await followInvitationMail(page, L, 'Trey Research', TREY_TOKEN);
    await expect(page).toHaveURL(
      new RegExp(`#/office-admin-portal/partner-invitation/${TREY_TOKEN}$`),
    );
    const blocked = page.getByTestId('invitation-blocked');
    await expect(blocked).toHaveAttribute('data-block', 'cancelled');
    await expect(blocked).toContainText(L.block('cancelled'));
    await expect(page.getByRole('button', { name: L.acceptAndAuthorize })).toHaveCount(0);

    // Nothing was granted.
    await openPartnerRelationships(page, L, L.portal.officeAdminPortal);
    await expect(page.getByText(L.noPartners)).toBeVisible();
    await expect(partnerRow(page, 'Trey Research')).toHaveCount(0);

    // Trey Research's Lidia Holloway is told.
    await switchPersona(page, 'u-lidia');
    const message = await openMessage(
      page,
      L,
      L.mailSubject('invitation.cancelled.subject', { customer: 'Fourth Coffee' }),
    );
    await expect(message.getByTestId('mail-body')).toContainText(
      L.mailSubject('invitation.cancelled.body', { customer: 'Fourth Coffee' }),
    );
  });
}
