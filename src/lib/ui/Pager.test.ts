// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Pager from './Pager.svelte';

const labels = {
  label: 'Pages',
  previous: 'Previous',
  next: 'Next',
  status: (from: number, to: number, total: number | undefined) =>
    `${from}-${to} of ${total ?? '?'}`,
};

describe('Pager', () => {
  it('disables Previous on the first page and Next on the last page', async () => {
    const user = userEvent.setup();
    const onchange = vi.fn();
    render(Pager, { page: 0, pageSize: 10, total: 25, labels, onchange });
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    const previous = screen.getByRole('button', { name: 'Previous' });
    const next = screen.getByRole('button', { name: 'Next' });
    expect(screen.getByText('1-10 of 25')).toBeInTheDocument();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAttribute('aria-disabled', 'false');

    await user.click(previous);
    expect(onchange).not.toHaveBeenCalled();

    await user.click(next);
    expect(onchange).toHaveBeenLastCalledWith(1);
    expect(screen.getByText('11-20 of 25')).toBeInTheDocument();
    expect(previous).toHaveAttribute('aria-disabled', 'false');

    await user.click(next);
    expect(onchange).toHaveBeenLastCalledWith(2);
    expect(screen.getByText('21-25 of 25')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus(); // focus is kept on the now-disabled button

    await user.click(next);
    expect(onchange).toHaveBeenCalledTimes(2);

    await user.click(previous);
    expect(onchange).toHaveBeenLastCalledWith(1);
  });

  it('handles an empty list and an unknown total', () => {
    const { unmount } = render(Pager, { page: 0, pageSize: 10, total: 0, labels });
    expect(screen.getByText('0-0 of 0')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    unmount();

    render(Pager, { page: 1, pageSize: 10, total: undefined, hasNext: true, labels });
    expect(screen.getByText('11-20 of ?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  });
});
