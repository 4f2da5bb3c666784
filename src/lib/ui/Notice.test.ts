// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import NoticeHarness from './test-harness/NoticeHarness.svelte';

describe('Notice', () => {
  it('uses role=alert for errors', () => {
    render(NoticeHarness, { kind: 'error' });
    expect(screen.getByRole('alert')).toHaveTextContent('Kind: Heads up Body text');
  });

  it('is static for other kinds and can be dismissed', async () => {
    const user = userEvent.setup();
    const ondismiss = vi.fn();
    render(NoticeHarness, { kind: 'warning', ondismiss });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Body text')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(ondismiss).toHaveBeenCalledTimes(1);
  });
});
