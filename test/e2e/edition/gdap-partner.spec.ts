import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures';
import { expectNoAxeViolations, switchPersona, waitForShell, type Lang } from '../helpers';
import { LANGS, escapeRe, labels, openMessage, tr } from '../customer/helpers';

// Issue 16, the Partner Center side of the Today edition, against the built site, once per
// language with the labels of locales/<lang> (today-gdap.md's table): Customers > Adatum >
// Admin relationships > Request for new relationship (W-GDAP-REQUEST: R-GDAP-5 refused with its
// id, the Request box with the review link, sent), the relationship (R-GDAP-8: nothing to assign
// before approval; W-GDAP-TERMINATE-PARTNER), and Expiring granular relationships (W-GDAP-EXTEND).
// The customer's approval is the admin center's page (not part of this spec); in en Enrico finds
// the request in his mail with the review link.

const FABRIKAM = 'Fabrikam Solutions';
const ADATUM = 'Adatum Corporation';
const NAME = 'Helpdesk for Adatum';
// The machine is shared and often loaded: a live query or a lazily loaded namespace may take
// more than the default 5 s to answer.
const expect = baseExpect.configure({ timeout: 15_000 });

async function openToday(page: Page, lang: Lang, path: string) {
  await page.goto(
    `/?${new URLSearchParams({ persona: 'u-megan', lang, edition: 'today' })}#/${path}`,
  );
  await waitForShell(page);
}

for (const lang of LANGS) {
  test(`W-GDAP-REQUEST → mail → Terminate relationship, Expiring granular relationships (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
    await openToday(page, lang, 'partner-center/customers/adatum/admin-relationships');

    // The workspace's Today-only part.
    await expect(
      page.getByRole('link', { name: s('gdap:adminRelationships.title'), exact: true }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByRole('heading', { level: 2, name: s('gdap:adminRelationships.title') }),
    ).toBeVisible();
    await page.getByRole('link', { name: s('gdap:adminRelationships.requestNew') }).click();

    // Create an admin relationship request.
    await expect(
      page.getByRole('heading', { level: 1, name: s('gdap:request.title') }),
    ).toBeVisible();
    await page.getByRole('textbox', { name: s('gdap:request.name_label') }).fill(NAME);
    await page.getByRole('textbox', { name: s('gdap:request.duration_label') }).fill('90');
    await page.getByRole('button', { name: s('gdap:request.selectRoles') }).click();
    const panel = page.getByRole('dialog', { name: s('gdap:request.selectRoles') });
    await panel
      .getByRole('checkbox', { name: s('common:entraRoles.helpdeskAdministrator'), exact: true })
      .check();
    await panel
      .getByRole('checkbox', { name: s('common:entraRoles.globalAdministrator'), exact: true })
      .check();
    await panel.getByRole('button', { name: s('gdap:pc.requestPage.save') }).click();
    await expect(panel).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 3, name: s('gdap:request.requestedRoles_heading') }),
    ).toBeVisible();
    await expect(page.getByTestId('gdap-requested-roles')).toContainText(
      s('common:entraRoles.globalAdministrator'),
    );
    // R-GDAP-5: no Auto extend with Global Administrator; the rule id is shown.
    const autoExtend = page.getByRole('group', { name: s('gdap:request.autoExtend_label') });
    await autoExtend.getByRole('radio', { name: s('gdap:pc.autoExtend.yes') }).click();
    const refusal = page.getByTestId('gdap-request-problem');
    await expect(refusal).toHaveAttribute('data-rule-refusal', 'R-GDAP-5');
    await expect(refusal).toContainText('R-GDAP-5');
    await expect(autoExtend.getByRole('radio', { name: s('gdap:pc.autoExtend.no') })).toBeChecked();
    if (lang === 'en') await expectNoAxeViolations(page, 'Create an admin relationship request');
    await page.getByRole('button', { name: s('gdap:request.finalize') }).click();

    // The Request box: editable, with the review link.
    await expect(
      page.getByRole('heading', { level: 2, name: s('gdap:pc.requestPage.requestBox') }),
    ).toBeVisible();
    const body = page.getByTestId('gdap-request-body');
    await expect(body).toHaveValue(/granular-admin-relationships\/gdap/);
    const link = (await body.inputValue()).match(/\S+granular-admin-relationships\/\S+/)![0];
    await page.getByRole('button', { name: s('gdap:pc.requestPage.done') }).click();
    await page
      .getByRole('textbox', { name: s('mail:to'), exact: true })
      .fill('enrico@adatum.example');
    await page.getByRole('button', { name: s('partnerCenter:composer.send'), exact: true }).click();
    await expect(
      page.getByTestId('gdap-request-sent').getByRole('heading', {
        name: s('gdap:pc.requestPage.sentTitle'),
      }),
    ).toBeVisible();

    // The list: Approval pending; the relationship: nothing to assign yet (R-GDAP-8).
    await page.getByRole('link', { name: s('gdap:pc.section.back') }).click();
    const row = page.getByTestId('gdap-row').filter({ hasText: NAME });
    await expect(row).toContainText(s('gdap:status.approvalPending'));
    await row.getByRole('link', { name: NAME }).click();
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    await expect(page.locator('[data-rule-refusal="R-GDAP-8"]')).toBeVisible();
    await expect(
      page.getByRole('button', { name: s('gdap:assign.addSecurityGroups') }),
    ).toHaveCount(0);

    if (lang === 'en') {
      // The customer's Global admin receives the request with the review link.
      await switchPersona(page, 'u-enrico');
      const message = await openMessage(
        page,
        labels(lang),
        s('gdap:pc.requestPage.mail.subject', { partner: FABRIKAM, customer: ADATUM }),
      );
      await expect(message).toContainText('Click to review and accept');
      await expect(
        message.getByRole('link', { name: new RegExp(`${escapeRe(link.replace(/^.*#/, '#'))}$`) }),
      ).toBeVisible();
      await switchPersona(page, 'u-megan');
    }

    // W-GDAP-TERMINATE-PARTNER: Terminate relationship, confirm.
    await page.goto(`/?lang=${lang}#/partner-center/customers/adatum/admin-relationships`);
    await waitForShell(page);
    await page
      .getByTestId('gdap-row')
      .filter({ hasText: NAME })
      .getByRole('link', { name: NAME })
      .click();
    await page.getByRole('button', { name: s('gdap:terminate.button'), exact: true }).click();
    const confirm = page.getByRole('dialog', { name: s('gdap:pc.terminateFlow.confirmTitle') });
    await confirm.getByRole('button', { name: s('gdap:terminate.button'), exact: true }).click();
    await expect(page.getByTestId('gdap-status')).toHaveText(s('gdap:status.terminated'));
    await expect(page.locator('[data-rule-refusal="R-GDAP-9"]')).toBeVisible();
    if (lang === 'en') await expectNoAxeViolations(page, 'a terminated admin relationship');

    // W-GDAP-EXTEND: the tiles; nothing selected, so no bulk change.
    await page
      .getByRole('link', { name: new RegExp(escapeRe(s('gdap:adminRelationships.title'))) })
      .first()
      .click();
    await page.getByRole('link', { name: s('gdap:expiring.title') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: s('gdap:expiring.title') }),
    ).toBeVisible();
    for (const days of [30, 7, 1])
      await expect(
        page.getByRole('button', {
          name: new RegExp(escapeRe(s('gdap:pc.extendPage.tile', { count: days }))),
        }),
      ).toBeVisible();
    await expect(page.getByRole('button', { name: s('gdap:expiring.enable') })).toBeDisabled();
    await expect(page.getByRole('button', { name: s('gdap:expiring.disable') })).toBeDisabled();
    if (lang === 'en') await expectNoAxeViolations(page, 'Expiring granular relationships');
  });
}

// The customer's review link opened by partner staff says who must open it (R-GDAP-7), and leads
// to the request, whose customer's Admin relationships audit DAP (W-DAP-TO-GDAP, R-GDAP-10).
test('the review link as Megan: only a Global admin of Adatum opens it; the audit shows DAP held (en)', async ({
  page,
}) => {
  const s = (key: string, params?: Record<string, string | number>) => tr('en', key, params);
  await openToday(
    page,
    'en',
    'admin-center/partners/granular-admin-relationships/gdap-fabrikam-adatum-helpdesk',
  );
  await expect(page).toHaveURL(
    /#\/partner-center\/gdap-review-link\/gdap-fabrikam-adatum-helpdesk/,
  );
  await expect(page.getByTestId('gdap-review-link-partner')).toContainText(
    s('gdap:pc.reviewLink.body', { customer: ADATUM }),
  );
  await page
    .getByRole('link', { name: s('gdap:pc.reviewLink.follow', { name: 'Fabrikam helpdesk' }) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fabrikam helpdesk' })).toBeVisible();
  await page.getByRole('link', { name: `← ${s('gdap:adminRelationships.title')}` }).click();
  await expect(page.getByTestId('gdap-dap')).toHaveAttribute('data-dap', 'held');
  await expect(page.getByTestId('gdap-my-access')).toHaveAttribute('data-via', 'dap');
  await expectNoAxeViolations(page, 'Admin relationships with the DAP audit');
});
