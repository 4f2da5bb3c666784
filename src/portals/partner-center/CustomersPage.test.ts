// @vitest-environment jsdom
import { render, screen, within, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { replaceWorld } from '../../db/repositories/worldRepository';
import { defaultWorld, relationship } from '../../db/scenarios/default';
import { loadPersona, type Persona } from '../../db/queries/personas';
import { initI18n } from '../../i18n/i18n.svelte';
import CustomersPage from './CustomersPage.svelte';

let persona: Persona;

beforeAll(async () => {
  const db = new AppDB(`customers-page-${Math.random()}`);
  await db.open();
  // 44 generated customers plus Adatum: three pages. (The 10,000-customer scenario is too slow
  // for fake-indexeddb; the paging and search paths are the same.)
  const world = defaultWorld();
  for (let i = 1; i <= 44; i++) {
    const name = `${i % 2 ? 'Maple' : 'Zephyr'} Works ${String(i).padStart(2, '0')}`;
    const customer = {
      id: `cust-${i}`,
      name,
      domain: `cust-${i}.example`,
      kind: 'customer' as const,
      cloud: 'public' as const,
      country: 'US',
    };
    world.tenants.push(customer);
    world.relationships.push(relationship('fabrikam', customer, i % 3 === 0, world.meta.now));
  }
  await replaceWorld(db, world);
  setDatabase(db, false);
  await initI18n('en');
  persona = (await loadPersona(db, 'u-megan'))!;
});

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Customer list' }))
    .getAllByRole('row')
    .slice(1);

describe('CustomersPage', () => {
  it('shows one page of 20 of 46 customers, pages, searches and expands', async () => {
    const user = userEvent.setup();
    render(CustomersPage, { props: { persona, params: {}, query: new URLSearchParams() } });
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1–20 of 46')).toBeInTheDocument());
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByRole('columnheader', { name: 'Company name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByText('21–40 of 46')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Company name' }));
    expect(screen.getByRole('columnheader', { name: 'Company name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await waitFor(() =>
      expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('Zephyr'),
    );
    expect(screen.getByText('1–20 of 46')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search by company name' }), 'adatum');
    await waitFor(() => expect(screen.getByText('1–1 of 1')).toBeInTheDocument());

    const expand = screen.getByRole('button', { name: 'Expand Adatum Corporation' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByText('adatum.example')).toBeInTheDocument());
    expect(
      screen.getByRole('table', { name: 'Subscriptions of Adatum Corporation' }),
    ).toHaveTextContent('Office 365 E3');
    expect(screen.getByRole('table', { name: 'Users of Adatum Corporation' })).toHaveTextContent(
      'Enrico Cattaneo',
    );

    await user.clear(screen.getByRole('searchbox', { name: 'Search by company name' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search by company name' }),
      'nothing-like-this',
    );
    await waitFor(() =>
      expect(
        screen.getByText("No customer's name starts with “nothing-like-this”."),
      ).toBeInTheDocument(),
    );
  });
});
