// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AppDB } from '../../../db/AppDB';
import { setDatabase } from '../../../db/instance';
import { ensureWorld } from '../../../db/repositories/worldRepository';
import {
  adminRelationshipsWith,
  approveAdminRelationship,
  newAdminRelationshipId,
  requestAdminRelationship,
} from '../../../db/repositories/adminRelationships';
import { loadPersona } from '../../../db/queries/personas';
import { gdapReviewLink } from '../../../domain/mailLinks';
import { DAY_MS } from '../../../domain/adminRelationship';
import type { EntraRole } from '../../../domain/entraRoles';
import { initI18n, setLanguage } from '../../../i18n/i18n.svelte';
import { showEdition } from '../../../app/edition.svelte';
import CustomerWorkspacePage from '../CustomerWorkspacePage.svelte';
import RequestAdminRelationshipPage from './RequestAdminRelationshipPage.svelte';
import AdminRelationshipPage from './AdminRelationshipPage.svelte';
import ExpiringRelationshipsPage from './ExpiringRelationshipsPage.svelte';
import ReviewLinkForPartnerPage from './ReviewLinkForPartnerPage.svelte';
import { resolveRoute } from '../../../app/resolveRoute';

// Issue 16, the Partner Center side of the Today edition: the pages drive the existing gdap
// machines and repository (W-GDAP-REQUEST, -ASSIGN, -EXTEND, -TERMINATE-PARTNER), name the rule
// of every refusal, and leave a 2020 world's workspace exactly as it was. Fabrikam (Megan, Admin
// agent; Alex, Sales agent) resells to Adatum (Enrico, Global admin).

let db: AppDB;
let n = 0;
const props = async (userId: string, params: Record<string, string> = {}) => ({
  persona: (await loadPersona(db, userId))!,
  params,
  query: new URLSearchParams(),
});

async function world(edition: '2020' | 'today') {
  db = new AppDB(`gdap-pages-${++n}`);
  await ensureWorld(db, 'default');
  if (edition === 'today') await db.meta.update('world', { edition: 'today' });
  setDatabase(db, false);
  showEdition(edition);
}

/** A relationship made through the repository (the request page is tested on its own). */
async function requested(name: string, roles: EntraRole[] = ['helpdeskAdministrator']) {
  const relationshipId = newAdminRelationshipId();
  const out = await requestAdminRelationship(db, 'u-megan', {
    relationshipId,
    customerId: 'adatum',
    draft: { name, durationDays: 730, roles, autoExtend: false },
    to: 'enrico@adatum.example',
    mail: { subject: 'Admin access', body: `Review\n${gdapReviewLink(relationshipId)}` },
  });
  if (!out.ok) throw new Error(out.key);
  return out.relationship;
}
async function approved(name: string, roles?: EntraRole[]) {
  const r = await requested(name, roles);
  const out = await approveAdminRelationship(db, 'u-enrico', r.id);
  if (!out.ok) throw new Error(out.key);
  return out.relationship;
}

// Each test walks a whole workflow through the DOM; a shared, loaded machine needs the time.
vi.setConfig({ testTimeout: 30_000 });
beforeAll(() => initI18n('en'));
afterEach(async () => {
  await setLanguage('en');
  showEdition('2020');
  await db.delete();
});

describe('Partner Center GDAP pages (Today edition)', () => {
  it('the workspace has Admin relationships only in Today; the list is live', async () => {
    await world('2020');
    const { unmount } = render(CustomerWorkspacePage, {
      props: await props('u-megan', { customerId: 'adatum', section: 'admin-relationships' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Adatum Corporation' });
    // 2020: the menu and the unknown part are as they always were.
    expect(screen.queryByRole('link', { name: 'Admin relationships' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    unmount();
    await db.delete();

    await world('today');
    render(CustomerWorkspacePage, {
      props: await props('u-megan', { customerId: 'adatum', section: 'admin-relationships' }),
    });
    const item = await screen.findByRole('link', { name: 'Admin relationships' });
    expect(item).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByTestId('gdap-empty')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request for new relationship' })).toHaveAttribute(
      'href',
      '#/partner-center/customers/adatum/admin-relationships/request',
    );
    await approved('Helpdesk for Adatum');
    const table = await screen.findByRole('table', {
      name: 'Admin relationships with Adatum Corporation',
    });
    const row = within(table).getByRole('row', { name: /Helpdesk for Adatum/ });
    // Live: the request shows first, then its approval.
    await waitFor(() => expect(row).toHaveTextContent('Active'));
    expect(row).toHaveTextContent('Helpdesk Administrator');
    expect(row).toHaveTextContent('No');
    // W-GDAP-ASSIGN, R-GDAP-8: approved but assigned to no group: the warning icon.
    expect(
      within(row).getByRole('img', { name: /No security group has these roles yet/ }),
    ).toBeInTheDocument();
  });

  it('a 2020 world: the GDAP pages say they exist in Today only, and offer nothing', async () => {
    await world('2020');
    render(RequestAdminRelationshipPage, {
      props: await props('u-megan', { customerId: 'adatum' }),
    });
    expect(await screen.findByTestId('gdap-today-only')).toHaveTextContent('Today edition only');
    expect(screen.queryByRole('button', { name: 'Finalize request' })).toBeNull();
  });

  it('R-GDAP-2: a Sales agent sees the list but is offered no request', async () => {
    await world('today');
    render(CustomerWorkspacePage, {
      props: await props('u-alex', { customerId: 'adatum', section: 'admin-relationships' }),
    });
    await screen.findByTestId('gdap-empty');
    expect(
      screen.queryByRole('link', { name: 'Request for new relationship' }),
    ).not.toBeInTheDocument();
    const { unmount } = render(RequestAdminRelationshipPage, {
      props: await props('u-alex', { customerId: 'adatum' }),
    });
    expect(await screen.findByTestId('gdap-not-admin-agent')).toHaveTextContent('R-GDAP-2');
    unmount();
  });

  it('W-GDAP-REQUEST: R-GDAP-4 and R-GDAP-5 refused with their ids; the Request box keeps the review link; sent and stored', async () => {
    await world('today');
    const user = userEvent.setup();
    render(RequestAdminRelationshipPage, {
      props: await props('u-megan', { customerId: 'adatum' }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Create an admin relationship request' });
    await user.type(await screen.findByLabelText(/Admin relationship name/), 'Helpdesk for Adatum');
    const duration = screen.getByLabelText(/Duration in days/);
    await user.clear(duration);
    await user.type(duration, '731');
    // No roles yet: the first problem is the duration (R-GDAP-4).
    await user.click(screen.getByRole('button', { name: 'Finalize request' }));
    expect(await screen.findByText(/from 1 to 730.*\(R-GDAP-4\)/)).toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '90');

    await user.click(screen.getByRole('button', { name: 'Select Microsoft Entra roles' }));
    const panel = await screen.findByRole('dialog', { name: 'Select Microsoft Entra roles' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Global Administrator' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('gdap-requested-roles')).toHaveTextContent(
      'Helpdesk Administrator, Global Administrator',
    );
    // R-GDAP-5: Auto extend Yes is refused while Global Administrator is requested.
    await user.click(screen.getByRole('radio', { name: 'Yes (6 months)' }));
    const refusal = await screen.findByTestId('gdap-request-problem');
    expect(refusal).toHaveAttribute('data-rule-refusal', 'R-GDAP-5');
    expect(refusal).toHaveTextContent('R-GDAP-5');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Finalize request' }));
    const body = (await screen.findByTestId('gdap-request-body')) as HTMLTextAreaElement;
    expect(screen.getByRole('heading', { level: 2, name: 'Request' })).toBeInTheDocument();
    const link = body.value.match(/http\S+granular-admin-relationships\/(\S+)/);
    expect(body.value).toContain('Click to review and accept');
    expect(link?.[0]).toBe(gdapReviewLink(link![1]!));
    // Without the link, Done is refused and says why; put back, it goes on.
    await user.clear(body);
    await user.type(body, 'Please approve.');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByTestId('gdap-request-failure')).toHaveTextContent(
      'Click to review and accept',
    );
    // Refused input stores nothing.
    expect(await db.adminRelationships.count()).toBe(0);
    await user.type(body, ` ${link![0]}`);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.type(await screen.findByLabelText(/^To/), 'enrico@adatum.example');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByTestId('gdap-request-sent')).toHaveTextContent('Adatum Corporation');
    const [stored] = await adminRelationshipsWith(db, 'fabrikam', 'adatum');
    expect(stored).toMatchObject({
      name: 'Helpdesk for Adatum',
      durationDays: 90,
      roles: ['helpdeskAdministrator', 'globalAdministrator'],
      autoExtend: false,
      status: 'approvalPending',
      id: link![1],
    });
  });

  it('W-GDAP-ASSIGN: Add security groups with approved roles only (R-GDAP-8): Pending, then Active', async () => {
    await world('today');
    const r = await approved('Helpdesk for Adatum', ['helpdeskAdministrator', 'directoryReaders']);
    const user = userEvent.setup();
    render(AdminRelationshipPage, {
      props: await props('u-megan', { customerId: 'adatum', relationshipId: r.id }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Helpdesk for Adatum' });
    expect(screen.getByTestId('gdap-no-assignment')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add security groups' }));
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'HelpdeskAgents' }));
    await user.click(next);
    // Only the approved roles are offered (R-GDAP-8).
    expect(screen.queryByRole('checkbox', { name: 'Global Administrator' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('gdap-assign-pending')).toBeInTheDocument();
    const row = await screen.findByTestId('gdap-assignment');
    expect(row).toHaveTextContent('HelpdeskAgents');
    expect(row).toHaveTextContent('Pending');
    await waitFor(() => expect(screen.getByTestId('gdap-assignment')).toHaveTextContent('Active'), {
      timeout: 6000,
    });
    expect(screen.queryByTestId('gdap-no-assignment')).not.toBeInTheDocument();
  });

  it('W-GDAP-TERMINATE-PARTNER: Terminate relationship, confirm; then R-GDAP-9, nothing to terminate', async () => {
    await world('today');
    const r = await approved('Helpdesk for Adatum');
    const user = userEvent.setup();
    render(AdminRelationshipPage, {
      props: await props('u-megan', { customerId: 'adatum', relationshipId: r.id }),
    });
    await user.click(await screen.findByRole('button', { name: 'Terminate relationship' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terminate relationship?' });
    await user.click(within(dialog).getByRole('button', { name: 'Terminate relationship' }));
    expect(await screen.findByTestId('gdap-terminated')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('gdap-status')).toHaveTextContent('Terminated'));
    expect(document.querySelector('[data-rule-refusal="R-GDAP-9"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Terminate relationship' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add security groups' })).toBeNull();
    expect((await db.adminRelationships.get(r.id))?.terminatedBy).toBe('partner');
  });

  it('W-GDAP-EXTEND: tiles 30/7/1, bulk Enable auto-extend skips Global Administrator with R-GDAP-5', async () => {
    await world('today');
    const a = await approved('Helpdesk', ['helpdeskAdministrator']);
    const b = await approved('Everything', ['globalAdministrator']);
    await approved('Later', ['directoryReaders']);
    // Helpdesk ends in 5 days, Everything in 20; Later keeps its two years.
    const now = (await db.meta.get('world'))!.now;
    await db.adminRelationships.update(a.id, { endsAt: now + 5 * DAY_MS });
    await db.adminRelationships.update(b.id, { endsAt: now + 20 * DAY_MS });
    const user = userEvent.setup();
    render(ExpiringRelationshipsPage, { props: await props('u-megan') });
    await waitFor(() => expect(screen.getByTestId('gdap-tile-30')).toHaveTextContent('2'));
    expect(screen.getByTestId('gdap-tile-7')).toHaveTextContent('1');
    expect(screen.getByTestId('gdap-tile-1')).toHaveTextContent('0');
    const enable = screen.getByRole('button', { name: 'Enable auto-extend' });
    expect(enable).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select Helpdesk' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Everything' }));
    expect(screen.getByTestId('gdap-selected')).toHaveTextContent('Selected: 2 of at most 25');
    await user.click(enable);
    expect(await screen.findByTestId('gdap-extend-result')).toHaveTextContent('1');
    const skipped = screen.getByTestId('gdap-extend-skipped');
    expect(skipped).toHaveTextContent('Everything');
    expect(within(skipped).getByRole('alert')).toHaveAttribute('data-rule-refusal', 'R-GDAP-5');
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Helpdesk/ })).toHaveTextContent('Yes (6 months)'),
    );
    expect((await db.adminRelationships.get(b.id))?.autoExtend).toBe(false);
    // The 7-day tile lists only Helpdesk.
    await user.click(screen.getByRole('button', { name: /Expiring within 7 days/ }));
    await waitFor(() => expect(screen.getAllByTestId('gdap-expiring-row')).toHaveLength(1));
  });

  it('labels per today-gdap.md in Russian and Chinese', async () => {
    await world('today');
    await setLanguage('ru');
    const { unmount } = render(CustomerWorkspacePage, {
      props: await props('u-megan', { customerId: 'adatum', section: 'admin-relationships' }),
    });
    expect(await screen.findByRole('link', { name: 'Отношения администратора' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Запросить новое отношение' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Истекающие детализированные отношения' }),
    ).toBeVisible();
    unmount();
    await setLanguage('zh');
    render(RequestAdminRelationshipPage, {
      props: await props('u-megan', { customerId: 'adatum' }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '创建管理员关系请求' }),
    ).toBeVisible();
    expect(await screen.findByLabelText(/管理员关系名称/)).toBeInTheDocument();
    expect(screen.getByLabelText(/持续时间\(天\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '选择 Microsoft Entra 角色' })).toBeVisible();
    expect(screen.getByRole('button', { name: '完成请求' })).toBeVisible();
    expect(screen.getByRole('group', { name: '自动扩展' })).toBeInTheDocument();
  });
});

describe('the customer’s review link opened by partner staff (R-GDAP-7)', () => {
  beforeEach(() => world('today'));

  it('sends Partner Center to a page that says a Global admin of the customer must open it', async () => {
    const { id } = await requested('Adatum password resets');
    const megan = (await loadPersona(db, 'u-megan'))!;
    const path = new URL(gdapReviewLink(id), 'https://sim.example').hash.replace(/^#\//, '');
    const resolution = resolveRoute(path.split('?')[0]!, 'partner-center', megan.subject);
    expect(resolution).toMatchObject({
      kind: 'redirect',
      to: `partner-center/gdap-review-link/${id}`,
    });
    // The customer's own admins still open Approve partner roles there.
    const enrico = (await loadPersona(db, 'u-enrico'))!;
    expect(resolveRoute(path.split('?')[0]!, 'admin-center', enrico.subject).kind).toBe('page');

    render(ReviewLinkForPartnerPage, { props: await props('u-megan', { relationshipId: id }) });
    expect(
      await screen.findByText(/Only a Global admin of Adatum Corporation can open this link/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the request "Adatum password resets"' }),
    ).toHaveAttribute('href', `#/partner-center/customers/adatum/admin-relationships/${id}`);
  });

  it('another partner’s request names no customer and links nowhere into it', async () => {
    const { id } = await requested('Adatum password resets');
    render(ReviewLinkForPartnerPage, { props: await props('u-diego', { relationshipId: id }) });
    expect(
      await screen.findByText(/Only a Global admin of the customer who received the request/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Adatum/)).not.toBeInTheDocument();
  });
});
