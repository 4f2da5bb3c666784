// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../test/i18n';
import { toasts } from '../lib/ui';
import { reportStoreFailures, showClockOutcome, showFailure } from './failures';
import { reportingWrite, setStoreFailureReporter } from '../db/repositories/outcome';

// Issue 18: a failed write is shown in the user's language with what to do.

beforeEach(() => {
  toasts.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  setStoreFailureReporter(undefined);
  vi.restoreAllMocks();
});

describe('failure display', () => {
  it('a store failure: an error toast that stays, in the user’s language, saying to retry, export and reset', async () => {
    await useLanguage('ru');
    showFailure({ key: 'errors:store.quota' });
    expect(toasts.list).toEqual([expect.objectContaining({ kind: 'error', timeoutMs: 0 })]);
    expect(toasts.list[0]!.message).toMatch(/Хранилище браузера.*Экспортируйте мир.*сбросьте мир/);
  });

  it('the clock: each due event that could not happen is one toast; a clean move shows none', async () => {
    await useLanguage('en');
    showClockOutcome({ ok: true, now: 0, failed: [] });
    expect(toasts.list).toEqual([]);
    showClockOutcome({
      ok: true,
      now: 0,
      failed: [
        {
          key: 'errors:store.reviewMpn',
          params: { organization: 'Contoso Health', mpnId: '5120001' },
        },
        { key: 'errors:store.quota' },
      ],
    });
    expect(toasts.list.map((t) => t.message)).toEqual([
      expect.stringMatching(
        /^The simulated date moved, but one thing due by then couldn't happen: The enrollment review of Contoso Health can't complete: MPN ID 5120001/,
      ),
      expect.stringMatching(/^The simulated date moved.*storage for this site is full/),
    ]);
    toasts.clear();
    showClockOutcome({ ok: false, key: 'errors:store.abort', store: 'abort' });
    expect(toasts.list[0]!.message).toMatch(/^The change was interrupted/);
  });

  it('once the world is shown, a write whose machine has no place for the failure still shows it', async () => {
    await useLanguage('zh');
    reportStoreFailures();
    await expect(
      reportingWrite(() => Promise.reject(new DOMException('x', 'ConstraintError'))),
    ).rejects.toBeTruthy();
    expect(toasts.list).toHaveLength(1);
    expect(toasts.list[0]!.message).toMatch(/冲突/);
  });
});
