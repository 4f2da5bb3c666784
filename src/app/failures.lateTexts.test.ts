// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.svelte';
import { toasts } from '../lib/ui/toasts.svelte';
import { showClockOutcome, showFailure } from './failures';

// Issue 19: the `errors` texts load only after the first view (LATER_NAMESPACES). A toast keeps
// the text it is given, so a failure reported before they arrived must wait for them. (A file
// of its own: i18next keeps loaded texts for the whole file, and here none is loaded yet.)

describe('a failure reported before the errors texts arrived', () => {
  it('is shown with its message once they are here, never as an empty toast', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await initI18n('en', ['common']);
    showFailure({ key: 'errors:store.quota' });
    showClockOutcome({ ok: true, now: 0, failed: [{ key: 'errors:store.abort' }] });
    await vi.waitFor(() => expect(toasts.list).toHaveLength(2));
    expect(toasts.list.map((toast) => toast.message)).toEqual([
      expect.stringMatching(/storage for this site is full/),
      expect.stringMatching(/^The simulated date moved.*interrupted/),
    ]);
  });
});
