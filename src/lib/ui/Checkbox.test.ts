// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Checkbox from './Checkbox.svelte';
import CheckboxHarness from './test-harness/CheckboxHarness.svelte';

describe('Checkbox', () => {
  it('is labelled, toggles by click and label, and binds `checked`', async () => {
    const user = userEvent.setup();
    render(CheckboxHarness, { label: 'Global admin', description: 'Full access' });
    const box = screen.getByRole('checkbox', { name: 'Global admin' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Full access');

    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByTestId('state')).toHaveTextContent('on');

    await user.click(screen.getByText('Global admin'));
    expect(box).not.toBeChecked();
    expect(screen.getByTestId('state')).toHaveTextContent('off');

    await user.keyboard(' ');
    expect(box).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'external toggle' }));
    expect(box).not.toBeChecked();
  });

  it('does not toggle when disabled', async () => {
    const user = userEvent.setup();
    render(CheckboxHarness, { label: 'Locked', disabled: true });
    const box = screen.getByRole('checkbox', { name: 'Locked' });
    expect(box).toBeDisabled();
    await user.click(box);
    expect(box).not.toBeChecked();
  });

  it('gives each instance its own id', () => {
    render(Checkbox, { label: 'One' });
    render(Checkbox, { label: 'Two' });
    const one = screen.getByRole('checkbox', { name: 'One' });
    const two = screen.getByRole('checkbox', { name: 'Two' });
    expect(one.id).not.toBe(two.id);
    expect(one).not.toHaveAttribute('aria-describedby');
  });
});
