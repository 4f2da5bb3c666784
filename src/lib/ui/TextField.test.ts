// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TextField from './TextField.svelte';
import TextFieldHarness from './test-harness/TextFieldHarness.svelte';

describe('TextField', () => {
  it('is labelled, binds value and has no length limit attribute', async () => {
    const user = userEvent.setup();
    render(TextFieldHarness, { label: 'Email', type: 'email' });
    const input = screen.getByRole('textbox', { name: /Email/ });
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('autocomplete', 'email');
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('maxlength');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.type(input, 'a@contoso.com');
    expect(screen.getByTestId('value')).toHaveTextContent('a@contoso.com');
  });

  it('shows the error with aria-invalid and aria-describedby', () => {
    render(TextField, { label: 'Domain', error: 'Enter a valid domain', hint: 'e.g. contoso.com' });
    const input = screen.getByRole('textbox', { name: 'Domain' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toBeInvalid();
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toHaveLength(2);
    expect(document.getElementById(ids[0]!)).toHaveTextContent('Enter a valid domain');
    expect(input).toHaveAccessibleDescription('Enter a valid domain e.g. contoso.com');
  });

  it('renders a textarea when multiline', async () => {
    const user = userEvent.setup();
    render(TextFieldHarness, { label: 'Notes', multiline: true });
    const area = screen.getByRole('textbox', { name: /Notes/ });
    expect(area.tagName).toBe('TEXTAREA');
    await user.type(area, 'hello');
    expect(screen.getByTestId('value')).toHaveTextContent('hello');
  });
});
