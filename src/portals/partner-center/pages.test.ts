// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { replaceWorld } from '../../db/repositories/worldRepository';
import { defaultWorld } from '../../db/scenarios/default';
import { loadPersona } from '../../db/queries/personas';
import { initI18n, setLanguage } from '../../i18n/i18n.svelte';
import HomePage from './HomePage.svelte';
import IndirectProvidersPage from './IndirectProvidersPage.svelte';
import IndirectResellersPage from './IndirectResellersPage.svelte';
import UserManagementPage from './UserManagementPage.svelte';

let db: AppDB;
const props = async (userId: string) => ({
  persona: (await loadPersona(db, userId))!,
  params: {},
  query: new URLSearchParams(),
});

beforeAll(async () => {
  db = new AppDB(`pc-pages-${Math.random()}`);
  await db.open();
  const world = defaultWorld();
  world.providerLinks.push({
    id: 'link-1',
    providerId: 'northwind',
    resellerId: 'fabrikam',
    createdAt: world.meta.now,
    providerHasAdminAccess: true,
  });
  await replaceWorld(db, world);
  setDatabase(db, false);
  await initI18n('en');
});
afterEach(() => setLanguage('en'));

describe('Partner Center pages', () => {
  it('dashboard shows the organization, its counts and only the pages the roles allow', async () => {
    render(HomePage, { props: await props('u-alex') });
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Fabrikam Solutions' }),
    ).toBeInTheDocument();
    expect(screen.getByText('4649001')).toBeInTheDocument();
    expect(screen.getByText('CSP indirect reseller')).toBeInTheDocument();
    expect(screen.getByText('United States')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Customers' })).toHaveAttribute(
      'href',
      '#/partner-center/customers',
    );
    expect(screen.getByRole('link', { name: 'Indirect providers' })).toBeInTheDocument();
    // A Sales agent has no User management (R-IND-7).
    expect(screen.queryByRole('link', { name: 'User management' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Users').nextElementSibling).toHaveTextContent('3'),
    );
  });

  it('lists a reseller’s providers and a provider’s resellers', async () => {
    const { unmount } = render(IndirectProvidersPage, { props: await props('u-megan') });
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: 'Northwind Distribution' })).toBeInTheDocument(),
    );
    expect(
      screen.getByRole('columnheader', { name: 'Admin access to your work account' }),
    ).toBeInTheDocument();
    unmount();
    render(IndirectResellersPage, { props: await props('u-diego') });
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: 'Fabrikam Solutions' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('cell', { name: '4649001' })).toBeInTheDocument();
  });

  it('explains how a link is made when there is none', async () => {
    render(IndirectProvidersPage, { props: await props('u-henrietta') });
    await waitFor(() =>
      expect(screen.getByText(/Authorize indirect provider/)).toBeInTheDocument(),
    );
  });

  it('user management lists users with translated roles, in Russian too', async () => {
    await setLanguage('ru');
    render(UserManagementPage, { props: await props('u-megan') });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Управление пользователями' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: 'Megan Bowen' })).toBeInTheDocument(),
    );
    expect(
      screen.getByRole('cell', { name: 'Агент по администрированию, Глобальный администратор' }),
    ).toBeInTheDocument();
  });
});
