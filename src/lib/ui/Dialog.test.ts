// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DialogHarness from './test-harness/DialogHarness.svelte';

async function openDialog() {
  const user = userEvent.setup();
  const onclose = vi.fn();
  render(DialogHarness, { onclose });
  const opener = screen.getByRole('button', { name: 'open dialog' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Dialog title' });
  return { user, onclose, opener, dialog };
}

describe('Dialog', () => {
  it('is closed initially', () => {
    render(DialogHarness);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens as a labelled modal dialog and moves focus inside', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Dialog description');
    expect(screen.getByRole('heading', { level: 2, name: 'Dialog title' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('traps Tab and Shift+Tab inside', async () => {
    const { user } = await openDialog();
    const input = screen.getByRole('textbox', { name: 'Name' });
    const save = screen.getByRole('button', { name: 'Save' });
    const close = screen.getByRole('button', { name: 'Close' });

    await user.tab();
    expect(save).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus(); // wrapped to the first element
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(save).toHaveFocus(); // wrapped to the last element
  });

  it('closes on Escape, calls onclose and returns focus to the opener', async () => {
    const { user, onclose, opener, dialog } = await openDialog();
    await user.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('open')).toHaveTextContent('closed');
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('closes with the close button', async () => {
    const { user, onclose, opener } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closing from outside (bound open = false) restores focus without calling onclose', async () => {
    const { user, onclose, opener } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onclose).not.toHaveBeenCalled();
    expect(opener).toHaveFocus();
  });

  it('can be reopened', async () => {
    const { user, opener } = await openDialog();
    await user.keyboard('{Escape}');
    await user.click(opener);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });
});
