// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SelectHarness from './test-harness/SelectHarness.svelte';

describe('Select', () => {
  it('renders options and groups, and binds value', async () => {
    const user = userEvent.setup();
    render(SelectHarness);
    const select = screen.getByRole('combobox', { name: 'Market' });
    expect(select).toHaveValue('b');
    expect(screen.getByRole('group', { name: 'More' })).toBeInTheDocument();
    await user.selectOptions(select, 'Gamma');
    expect(select).toHaveValue('c');
    expect(screen.getByTestId('value')).toHaveTextContent('c');
  });
});
