// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ButtonHarness from './test-harness/ButtonHarness.svelte';

describe('Button', () => {
  it('renders a type=button with children and rest props, and calls onclick', async () => {
    const user = userEvent.setup();
    const onclick = vi.fn();
    render(ButtonHarness, { text: 'Save', variant: 'primary', onclick });
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-testid', 'the-button');
    expect(button).toHaveAccessibleDescription('hint');
    expect(button).toHaveClass('primary');
    await user.click(button);
    expect(onclick).toHaveBeenCalledTimes(1);
  });

  it('does not call onclick when disabled', async () => {
    const user = userEvent.setup();
    const onclick = vi.fn();
    render(ButtonHarness, { text: 'Delete', variant: 'danger', disabled: true, onclick });
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button).toBeDisabled();
    await user.click(button);
    expect(onclick).not.toHaveBeenCalled();
  });
});
