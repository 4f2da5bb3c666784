// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DataTableHarness from './test-harness/DataTableHarness.svelte';

const rows = [
  { id: 'u1', name: 'Adele Vance', mail: 'adele@contoso.com' },
  { id: 'u2', name: 'Megan Bowen', mail: 'megan@contoso.com' },
];

describe('DataTable', () => {
  it('renders a captioned table with column headers and rows', () => {
    render(DataTableHarness, { rows });
    const table = screen.getByRole('table', { name: 'Users' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.trim())).toEqual([
      'Select all',
      'Display name',
      'Email',
    ]);
    headers.forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'Adele Vance' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'megan@contoso.com' })).toHaveAttribute(
      'href',
      'mailto:megan@contoso.com',
    );
  });

  it('selecting row checkboxes updates the bound selection; select all toggles the page', async () => {
    const user = userEvent.setup();
    render(DataTableHarness, { rows });
    const selected = screen.getByTestId('selected');
    await user.click(screen.getByRole('checkbox', { name: 'Select Megan Bowen' }));
    expect(selected).toHaveTextContent('u2');
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    expect(all).toBePartiallyChecked();
    await user.click(all);
    expect(selected).toHaveTextContent('u2,u1');
    expect(screen.getByRole('checkbox', { name: 'Select Adele Vance' })).toBeChecked();
    expect(all).toBeChecked();
    await user.click(all);
    expect(selected).toHaveTextContent(/^$/);
  });

  it('single selection keeps at most one key', async () => {
    const user = userEvent.setup();
    render(DataTableHarness, { rows, selectable: 'single' });
    expect(screen.queryByRole('checkbox', { name: 'Select all' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Adele Vance' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Megan Bowen' }));
    expect(screen.getByTestId('selected')).toHaveTextContent('u2');
    expect(screen.getByRole('checkbox', { name: 'Select Adele Vance' })).not.toBeChecked();
  });

  it('sortable header is a button: click calls onsort and sets aria-sort', async () => {
    const user = userEvent.setup();
    const onsort = vi.fn();
    render(DataTableHarness, { rows, onsort });
    const header = screen.getByRole('columnheader', { name: 'Display name' });
    expect(header).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: 'Email' })).not.toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: 'Display name' }));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'name', dir: 'asc' });
    expect(header).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(header).getByRole('button', { name: 'Display name' }));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'name', dir: 'desc' });
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows the empty text when there are no rows', () => {
    render(DataTableHarness, { rows: [] });
    expect(screen.getByRole('cell', { name: 'No users' })).toHaveAttribute('colspan', '3');
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeDisabled();
  });

  it('activates a row with Enter or Space on the focused row and by a click anywhere on it', async () => {
    const user = userEvent.setup();
    const onrowactivate = vi.fn();
    render(DataTableHarness, { rows, selectable: 'none', onrowactivate });
    const [first, second] = screen.getAllByRole('row').slice(1);
    // Roving tabindex: only the first row is in the Tab order.
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');

    await user.click(screen.getByRole('cell', { name: 'Megan Bowen' }));
    expect(onrowactivate).toHaveBeenLastCalledWith(rows[1]);

    first!.focus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onrowactivate).toHaveBeenCalledTimes(2);
    expect(onrowactivate).toHaveBeenLastCalledWith(rows[1]);

    await user.keyboard(' ');
    expect(onrowactivate).toHaveBeenCalledTimes(3);
    expect(onrowactivate).toHaveBeenLastCalledWith(rows[1]);

    // "Select the row": a click on any cell of the row opens it, not only on the name...
    await user.click(screen.getByRole('cell', { name: 'adele@contoso.com' }));
    expect(onrowactivate).toHaveBeenCalledTimes(4);
    expect(onrowactivate).toHaveBeenLastCalledWith(rows[0]);
    // ...but a link of its own inside the row does its own job, not the row's.
    const link = screen.getByRole('link', { name: 'megan@contoso.com' });
    link.addEventListener('click', (e) => e.preventDefault());
    await user.click(link);
    expect(onrowactivate).toHaveBeenCalledTimes(4);
  });
});
