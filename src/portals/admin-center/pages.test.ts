// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { replaceWorld } from '../../db/repositories/worldRepository';
import { defaultWorld } from '../../db/scenarios/default';
import { loadPersona } from '../../db/queries/personas';
import { initI18n, setLanguage } from '../../i18n/i18n.svelte';
import HomePage from './HomePage.svelte';
import ActiveUsersPage from './ActiveUsersPage.svelte';
import PartnerRelationshipsPage from './PartnerRelationshipsPage.svelte';

let db: AppDB;
const props = async (userId: string) => ({
  persona: (await loadPersona(db, userId))!,
  params: {},
  query: new URLSearchParams(),
});

beforeAll(async () => {
  db = new AppDB(`ac-pages-${Math.random()}`);
  await db.open();
  await replaceWorld(db, defaultWorld());
  setDatabase(db, false);
  await initI18n('en');
});
afterEach(() => setLanguage('en'));

describe('admin center pages', () => {
  it('home shows the portal, the MCA, the partner count and the allowed pages', async () => {
    render(HomePage, { props: await props('u-enrico') });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Microsoft 365 admin center' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1 partner')).toBeInTheDocument());
    expect(screen.getByText(/^Accepted on /)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Partner relationships' })).toHaveAttribute(
      'href',
      '#/admin-center/billing/partner-relationships',
    );
    expect(screen.queryByText('Partner features are not available')).not.toBeInTheDocument();
  });

  it('home in the Office Admin Portal, without an MCA', async () => {
    render(HomePage, { props: await props('u-joni') });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Microsoft Office Admin Portal' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Not accepted')).toBeInTheDocument());
    expect(screen.getByText('0 partners')).toBeInTheDocument();
  });

  it('home warns that 21Vianet has no partner features (R-O365-6)', async () => {
    render(HomePage, { props: await props('u-lynne') });
    expect(screen.getByText('Partner features are not available')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Partner relationships' })).not.toBeInTheDocument();
  });

  it('active users with roles, Russian plural', async () => {
    await setLanguage('ru');
    render(ActiveUsersPage, { props: await props('u-patti') });
    await waitFor(() => expect(screen.getByText('3 пользователя')).toBeInTheDocument());
    expect(
      screen.getByRole('cell', { name: 'Администратор выставления счетов' }),
    ).toBeInTheDocument();
  });

  it('partner relationships: type, admin roles, legend and notes', async () => {
    render(PartnerRelationshipsPage, { props: await props('u-enrico') });
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: 'Fabrikam Solutions' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('columnheader', { name: 'Partner type' })).toBeInTheDocument();
    expect(
      screen.getByRole('cell', { name: 'Reseller & delegated administrator' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Global admin, Helpdesk admin' })).toBeInTheDocument();
    expect(screen.getAllByRole('definition')).toHaveLength(7);
    expect(screen.getByText(/ask that partner to end the relationship/)).toBeInTheDocument();
  });
});
