// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AppDB } from '../../../db/AppDB';
import { setDatabase } from '../../../db/instance';
import { replaceWorld, scenarioWorld } from '../../../db/repositories/worldRepository';
import { loadPersona } from '../../../db/queries/personas';
import {
  TODAY_AUTO_EXTEND_ID,
  TODAY_EXPIRING_ID,
  TODAY_PENDING_ID,
} from '../../../db/scenarios/today';
import { DAY_MS } from '../../../domain/adminRelationship';
import { initI18n, setLanguage } from '../../../i18n/i18n.svelte';
import { showEdition } from '../../../app/edition.svelte';
import ApprovePartnerRolesPage from './ApprovePartnerRolesPage.svelte';
import PartnerDetailPage from '../PartnerDetailPage.svelte';
import PartnerRelationshipsPage from '../PartnerRelationshipsPage.svelte';

// The customer's side of GDAP in the Today seed world (issue 16): Approve partner roles
// (W-GDAP-APPROVE, R-GDAP-6/7/9/10) and Remove roles on the partner's page
// (W-GDAP-TERMINATE-CUSTOMER), wired to the machines and the repository.

let db: AppDB;
let n = 0;
const props = async (userId: string, params: Record<string, string> = {}) => ({
  persona: (await loadPersona(db, userId))!,
  params,
  query: new URLSearchParams(),
});
const review = (userId: string, id = TODAY_PENDING_ID) =>
  props(userId, { relationshipId: id }).then((p) => render(ApprovePartnerRolesPage, { props: p }));

beforeAll(() => initI18n('en'));
beforeEach(async () => {
  db = new AppDB(`gdap-customer-${++n}`);
  await db.open();
  await replaceWorld(db, await scenarioWorld('default', 'today'));
  setDatabase(db, false);
  showEdition('today');
});
afterEach(async () => {
  await setLanguage('en');
  showEdition('2020');
  db.close();
});

describe('Approve partner roles (W-GDAP-APPROVE)', () => {
  it('shows partner, name, duration and the requested roles with descriptions; Approve all grants them (R-GDAP-7) and removes DAP as offered (R-GDAP-10)', async () => {
    await review('u-enrico');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Approve partner roles' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('gdap-partner')).toHaveTextContent('Fabrikam Solutions');
    expect(screen.getByTestId('gdap-name')).toHaveTextContent('Fabrikam helpdesk');
    expect(screen.getByTestId('gdap-duration')).toHaveTextContent('365');
    const roles = within(screen.getByTestId('gdap-roles')).getAllByRole('listitem');
    expect(roles.map((r) => r.querySelector('strong')?.textContent)).toEqual([
      'Helpdesk Administrator',
      'User Administrator',
      'License Administrator',
    ]);
    expect(roles[2]).toHaveTextContent('Can manage product licenses on users and groups.');
    const removeDap = screen.getByRole('checkbox', { name: /Remove the DAP roles of Fabrikam/ });
    expect(removeDap).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Approve all' }));
    expect(await screen.findByTestId('gdap-approved')).toHaveTextContent('You approved');
    const stored = await db.adminRelationships.get(TODAY_PENDING_ID);
    expect(stored).toMatchObject({ status: 'active', approvedBy: 'u-enrico' });
    const reseller = await db.relationships.get('rel-fabrikam-adatum');
    expect(reseller?.adminRoles).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Approve all' })).not.toBeInTheDocument();
  });

  it('a half-done review survives a reload: the DAP tick comes back as the customer left it', async () => {
    const first = await review('u-enrico');
    const removeDap = await screen.findByRole('checkbox', {
      name: /Remove the DAP roles of Fabrikam/,
    });
    await userEvent.click(removeDap);
    expect(removeDap).not.toBeChecked();
    // Saved while in review (the machine's `persist` tag), then the page goes away: a reload.
    await waitFor(async () =>
      expect(await db.snapshots.get(`gdap-approve:u-enrico:${TODAY_PENDING_ID}`)).toBeDefined(),
    );
    await waitFor(async () => {
      const saved = await db.snapshots.get(`gdap-approve:u-enrico:${TODAY_PENDING_ID}`);
      expect(JSON.stringify(saved)).toContain('"removeDap":false');
    });
    first.unmount();
    await review('u-enrico');
    const again = await screen.findByRole('checkbox', { name: /Remove the DAP roles of Fabrikam/ });
    expect(again).not.toBeChecked();
    // Approving from the restored review keeps DAP, as chosen, and forgets the saved review.
    await userEvent.click(screen.getByRole('button', { name: 'Approve all' }));
    expect(await screen.findByTestId('gdap-approved')).toBeInTheDocument();
    expect((await db.relationships.get('rel-fabrikam-adatum'))?.adminRoles).toEqual([
      'globalAdmin',
      'helpdeskAdmin',
    ]);
    await waitFor(async () =>
      expect(await db.snapshots.get(`gdap-approve:u-enrico:${TODAY_PENDING_ID}`)).toBeUndefined(),
    );
  });

  it('R-GDAP-7: a Billing admin of the customer sees why not, and Approve all is disabled', async () => {
    await db.users.add({
      id: 'u-billing',
      tenantId: 'adatum',
      displayName: 'Ada Billing',
      email: 'billing@adatum.example',
      roles: ['billingAdmin'],
    });
    await review('u-billing');
    const refusal = await screen.findByText(/^Rule R-GDAP-7/);
    expect(refusal).toHaveAttribute('data-rule-refusal', 'R-GDAP-7');
    expect(screen.getByTestId('gdap-refusal-explanation')).toHaveTextContent(
      'Only a Global admin of Adatum Corporation can approve partner roles.',
    );
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeDisabled();
  });

  it('R-GDAP-6: after 90 days the request has expired', async () => {
    const meta = (await db.meta.get('world'))!;
    await db.meta.update('world', { now: meta.now + 90 * DAY_MS });
    await review('u-enrico');
    expect(await screen.findByText(/^Rule R-GDAP-6/)).toHaveAttribute(
      'data-rule-refusal',
      'R-GDAP-6',
    );
    expect(screen.getByTestId('gdap-refusal-explanation')).toHaveTextContent(
      "wasn't approved within 90 days",
    );
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeDisabled();
  });

  it('R-GDAP-9: a terminated relationship can’t be approved or restored', async () => {
    await db.adminRelationships.update(TODAY_PENDING_ID, { status: 'terminated' });
    await review('u-enrico');
    expect(await screen.findByText(/^Rule R-GDAP-9/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeDisabled();
  });

  it('an active relationship says it is approved already, until when', async () => {
    await review('u-brian', TODAY_AUTO_EXTEND_ID);
    expect(
      await screen.findByText('This admin relationship is already approved.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('gdap-status')).toHaveTextContent('Active');
    expect(screen.getByRole('button', { name: 'Approve all' })).toBeDisabled();
  });

  it('another organization’s request is not found', async () => {
    await review('u-brian');
    expect(await screen.findByTestId('gdap-review-missing')).toHaveTextContent(
      "This admin relationship request doesn't exist for your organization.",
    );
  });

  it('in a 2020 world the page says GDAP is Today only', async () => {
    await db.meta.update('world', { edition: undefined });
    await review('u-enrico');
    expect(await screen.findByTestId('gdap-review-missing')).toHaveTextContent(
      'exist in the Today edition only',
    );
  });

  it('in Russian and Chinese the labels follow the glossary', async () => {
    await setLanguage('ru');
    const { unmount } = await review('u-enrico');
    expect(
      await screen.findByRole('heading', { name: 'Утверждение ролей партнера' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Утвердить все' })).toBeInTheDocument();
    unmount();
    await setLanguage('zh');
    await review('u-enrico');
    expect(await screen.findByRole('heading', { name: '批准合作伙伴角色' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部批准' })).toBeInTheDocument();
  });
});

describe('Settings > Partner relationships, Today', () => {
  it('lists the admin relationships with roles, status, end date; a pending one links to its review', async () => {
    render(PartnerRelationshipsPage, { props: await props('u-enrico') });
    const table = await screen.findByTestId('gdap-relationships');
    const link = await within(table).findByRole('link', { name: 'Fabrikam helpdesk' });
    expect(link).toHaveAttribute(
      'href',
      `#/admin-center/partners/granular-admin-relationships/${TODAY_PENDING_ID}`,
    );
    expect(within(table).getByRole('cell', { name: 'Approval pending' })).toBeInTheDocument();
    expect(
      within(table).getByRole('cell', {
        name: 'Helpdesk Administrator, User Administrator, License Administrator',
      }),
    ).toBeInTheDocument();
  });

  it('W-DAP-TO-GDAP: the MLT_ relationship is marked as created by Microsoft', async () => {
    render(PartnerRelationshipsPage, { props: await props('u-christie') });
    expect(
      await screen.findByText('Created by Microsoft (DAP to GDAP transition)'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^MLT_/)).toBeInTheDocument();
  });

  it('the 2020 edition shows no admin relationships section', async () => {
    showEdition('2020');
    render(PartnerRelationshipsPage, { props: await props('u-enrico') });
    await screen.findByRole('cell', { name: 'Fabrikam Solutions' });
    expect(screen.queryByTestId('gdap-relationships')).not.toBeInTheDocument();
  });
});

describe('Remove roles on the partner’s page (W-GDAP-TERMINATE-CUSTOMER)', () => {
  it('Remove roles > Yes terminates every live relationship of that partner; the reseller relationship stays', async () => {
    render(PartnerDetailPage, { props: await props('u-brian', { partnerId: 'fabrikam' }) });
    const panel = await screen.findByTestId('gdap-partner-panel');
    await within(panel).findByText('Fabrikam support');
    expect(within(panel).getByText('Fabrikam licensing')).toBeInTheDocument();
    // Fabrikam holds no DAP at Alpine Ski House: one Remove roles only.
    expect(screen.getAllByRole('button', { name: 'Remove roles' })).toHaveLength(1);
    await userEvent.click(within(panel).getByRole('button', { name: 'Remove roles' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove roles?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByTestId('gdap-removed')).toHaveTextContent(
      'The admin relationships of Fabrikam Solutions are terminated.',
    );
    for (const id of [TODAY_EXPIRING_ID, TODAY_AUTO_EXTEND_ID])
      expect((await db.adminRelationships.get(id))?.status).toBe('terminated');
    expect(await db.relationships.get('rel-fabrikam-alpineskihouse')).toBeDefined();
    await waitFor(() =>
      expect(within(panel).getByRole('button', { name: 'Remove roles' })).toBeDisabled(),
    );
  });

  it('R-GDAP-7: a Billing admin sees why not; Remove roles is disabled', async () => {
    await db.users.add({
      id: 'u-billing',
      tenantId: 'alpineskihouse',
      displayName: 'Ada Billing',
      email: 'billing@alpineskihouse.example',
      roles: ['billingAdmin'],
    });
    render(PartnerDetailPage, { props: await props('u-billing', { partnerId: 'fabrikam' }) });
    const panel = await screen.findByTestId('gdap-partner-panel');
    expect(within(panel).getByText(/^Rule R-GDAP-7/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Remove roles' })).toBeDisabled();
  });

  it('R-GDAP-10: where DAP is still held its removal is offered in its own section', async () => {
    render(PartnerDetailPage, { props: await props('u-enrico', { partnerId: 'fabrikam' }) });
    const dap = await screen.findByRole('region', { name: 'Delegated admin privileges (DAP)' });
    expect(within(dap).getByRole('button', { name: 'Remove roles' })).toBeEnabled();
  });
});
