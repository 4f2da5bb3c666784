// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import ToastRegion from './ToastRegion.svelte';
import { DEFAULT_TOAST_TIMEOUT_MS, ToastStore, toasts } from './toasts.svelte';

describe('toasts store', () => {
  afterEach(() => {
    vi.useRealTimers();
    toasts.clear();
  });

  it('pushes and dismisses', () => {
    const store = new ToastStore();
    const a = store.push({ kind: 'success', message: 'Saved' });
    const b = store.push({ kind: 'error', message: 'Failed' });
    expect(a).not.toBe(b);
    expect(store.list.map((t) => t.message)).toEqual(['Saved', 'Failed']);
    store.dismiss(a);
    expect(store.list.map((t) => t.id)).toEqual([b]);
  });

  it('auto-dismisses non-errors after the timeout; errors stay', () => {
    vi.useFakeTimers();
    const store = new ToastStore();
    store.push({ kind: 'info', message: 'Info' });
    store.push({ kind: 'success', message: 'Quick', timeoutMs: 100 });
    store.push({ kind: 'error', message: 'Sticky' });
    vi.advanceTimersByTime(100);
    expect(store.list.map((t) => t.message)).toEqual(['Info', 'Sticky']);
    vi.advanceTimersByTime(DEFAULT_TOAST_TIMEOUT_MS);
    expect(store.list.map((t) => t.message)).toEqual(['Sticky']);
  });
});

describe('ToastRegion', () => {
  afterEach(() => toasts.clear());

  it('is a polite status region; errors go to an alert; dismiss removes a toast', async () => {
    const user = userEvent.setup();
    render(ToastRegion, { label: 'Notifications', dismissLabel: 'Dismiss' });
    const status = screen.getByRole('status', { name: 'Notifications' });
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.textContent).toBe('');

    flushSync(() => {
      toasts.push({ kind: 'success', message: 'User added' });
      toasts.push({ kind: 'error', message: 'Could not save' });
    });
    expect(within(status).getByText('User added')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not save')).toBeInTheDocument();
    expect(within(status).queryByText('Could not save')).not.toBeInTheDocument();

    const dismiss = within(status).getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveAccessibleDescription('User added');
    await user.click(dismiss);
    expect(screen.queryByText('User added')).not.toBeInTheDocument();
    expect(toasts.list).toHaveLength(1);
  });

  it('renders a given store', () => {
    const store = new ToastStore();
    store.push({ kind: 'warning', message: 'Careful', timeoutMs: 0 });
    render(ToastRegion, { label: 'Notifications', dismissLabel: 'Dismiss', store });
    expect(within(screen.getByRole('status')).getByText('Careful')).toBeInTheDocument();
  });
});
