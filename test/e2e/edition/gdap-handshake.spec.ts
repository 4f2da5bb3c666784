import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from '../fixtures';
import { waitForShell, type Lang, type PersonaId } from '../helpers';
import { tr } from '../customer/helpers';

// Issue 16: the GDAP handshake played live by two personas in two tabs of one browser, as the
// 2020 edition's invitation handshake (foundation/persistence.spec.ts): Megan (Fabrikam, Partner
// Center) watches Adatum's Admin relationships while Enrico (Adatum's Global admin, Microsoft 365
// admin center) approves the seeded request in the other tab (W-GDAP-APPROVE); Megan's list turns
// Active without a reload, and she adds a security group with an approved role (W-GDAP-ASSIGN:
// Pending, then Active). In Russian: the two GDAP specs beside this one cover en and zh flows;
// the bulk auto-extend below runs in Chinese.

const LANG: Lang = 'ru';
const PENDING_ID = 'gdap-fabrikam-adatum-helpdesk';
const NAME = 'Fabrikam helpdesk';
// Two tabs on a shared, often loaded machine: each live query answers in its own time.
const expect = baseExpect.configure({ timeout: 15_000 });
const s = (key: string, params?: Record<string, string | number>) => tr(LANG, key, params);

async function open(page: Page, persona: PersonaId, path: string) {
  const params = new URLSearchParams({ persona, lang: LANG, edition: 'today' });
  await page.goto(`/?${params}#/${path}`);
  await waitForShell(page);
}

test('two tabs: the customer approves, the partner sees it live and assigns a security group', async ({
  page: partner,
  context,
}) => {
  test.setTimeout(120_000);
  await open(partner, 'u-megan', 'partner-center/customers/adatum/admin-relationships');
  const row = partner.getByTestId('gdap-row').filter({ hasText: NAME });
  await expect(row).toContainText(s('gdap:status.approvalPending'));

  // The other tab: the review link of the request, as Enrico follows it from his mail.
  const customer = await context.newPage();
  await open(
    customer,
    'u-enrico',
    `admin-center/partners/granular-admin-relationships/${PENDING_ID}`,
  );
  await expect(
    customer.getByRole('heading', { level: 1, name: s('gdap:approve.title') }),
  ).toBeVisible();
  await customer.getByRole('button', { name: s('gdap:approve.approveAll') }).click();
  await expect(customer.getByTestId('gdap-approved')).toBeVisible();

  // Megan's tab, untouched since: the list follows the shared database.
  await expect(row).toContainText(s('gdap:status.active'));
  await expect(row).not.toContainText(s('gdap:status.approvalPending'));
  await row.getByRole('link', { name: NAME }).click();
  await expect(partner.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(partner.getByTestId('gdap-no-assignment')).toBeVisible();

  // W-GDAP-ASSIGN: a group, then one of the approved roles (R-GDAP-8 offers no other).
  await partner.getByRole('button', { name: s('gdap:assign.addSecurityGroups') }).click();
  await partner
    .getByRole('checkbox', { name: s('gdap:groups.helpdeskAgents'), exact: true })
    .check();
  await partner.getByRole('button', { name: s('common:actions.next'), exact: true }).click();
  await partner
    .getByRole('checkbox', { name: s('common:entraRoles.helpdeskAdministrator'), exact: true })
    .check();
  await expect(
    partner.getByRole('checkbox', {
      name: s('common:entraRoles.globalAdministrator'),
      exact: true,
    }),
  ).toHaveCount(0);
  await partner.getByRole('button', { name: s('gdap:pc.assignFlow.save') }).click();
  await expect(partner.getByTestId('gdap-assign-active')).toBeVisible({ timeout: 30_000 });
  const assignment = partner.getByTestId('gdap-assignment');
  await expect(assignment).toContainText(s('gdap:groups.helpdeskAgents'));
  await expect(assignment).toContainText(s('gdap:status.active'));
  await expect(partner.getByTestId('gdap-no-assignment')).toHaveCount(0);

  // And Enrico's tab shows the relationship Active in Settings > Partner relationships.
  await customer
    .getByRole('list', { name: s('adminCenter:nav.settings') })
    .getByRole('link', { name: s('adminCenter:nav.partnerRelationships'), exact: true })
    .click();
  await expect(
    customer
      .getByTestId('gdap-relationships')
      .getByRole('row')
      .filter({ hasText: NAME })
      .getByRole('cell', { name: s('gdap:status.active'), exact: true }),
  ).toBeVisible();
});

// W-GDAP-EXTEND on the seed's relationship that ends in 20 days (Fabrikam support at Alpine Ski
// House, auto extend off), in Chinese: the 30-day tile counts it, a tick and Enable auto-extend
// turn it on ("Yes (6 months)", R-GDAP-5's 180 days), and the 7-day tile holds nothing.
test('Expiring granular relationships: enable auto-extend on the one ending within 30 days (zh)', async ({
  page,
}) => {
  const z = (key: string, params?: Record<string, string | number>) => tr('zh', key, params);
  await page.goto(
    `/?${new URLSearchParams({ persona: 'u-megan', lang: 'zh', edition: 'today' })}#/partner-center/expiring-granular-relationships`,
  );
  await waitForShell(page);
  await expect(
    page.getByRole('heading', { level: 1, name: z('gdap:expiring.title') }),
  ).toBeVisible();
  await expect(page.getByTestId('gdap-tile-30')).toHaveText('1');
  const row = page.getByTestId('gdap-expiring-row').filter({ hasText: 'Fabrikam support' });
  await expect(row).toContainText(z('gdap:pc.autoExtend.no'));
  await row
    .getByRole('checkbox', { name: z('gdap:pc.extendPage.select', { name: 'Fabrikam support' }) })
    .check();
  await page.getByRole('button', { name: z('gdap:expiring.enable') }).click();
  await expect(page.getByTestId('gdap-extend-result')).toHaveText(
    z('gdap:pc.extendPage.changed', { count: 1 }),
  );
  await expect(row).toContainText(z('gdap:pc.autoExtend.yes'));
  await page.getByTestId('gdap-tile-7').click();
  await expect(page.getByTestId('gdap-expiring-empty')).toBeVisible();
});
