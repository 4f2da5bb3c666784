// One way to show a failed write: a toast in the user's language that says what happened and
// what to do (try again, export the world, reset it). Repositories return these outcomes
// (src/db/repositories/outcome.ts); writes whose machines can't carry them are reported here.
import { toasts } from '../lib/ui/toasts.svelte';
import { loadNamespaces, namespaceOf, namespacesReady, t } from '../i18n/i18n.svelte';
import { setStoreFailureReporter, type StoreFailure } from '../db/repositories/outcome';
import type { ClockOutcome } from '../db/repositories/clockRepository';

/**
 * A toast keeps the text it was given, and the `errors` texts arrive only after the first view
 * (routeNamespaces.ts, LATER_NAMESPACES): a failure reported before then is shown once its
 * texts are here, never as an empty toast.
 */
function withTexts(keys: readonly string[], show: () => void): void {
  const namespaces = [...new Set(keys.map((key) => namespaceOf(key)))];
  if (namespacesReady(namespaces)) return show();
  void loadNamespaces(namespaces)
    .catch((error) => console.error(error))
    .then(show);
}

export function showFailure(failure: {
  key: StoreFailure['key'] | (string & {});
  params?: Record<string, string>;
}): void {
  withTexts([failure.key], () =>
    toasts.push({ kind: 'error', message: t(failure.key, failure.params) }),
  );
}

/** The clock: a failed move, or each due event that could not happen (the clock moved anyway). */
export function showClockOutcome(outcome: ClockOutcome): void {
  if (!outcome.ok) return showFailure(outcome);
  withTexts(['errors:store.clockEvent', ...outcome.failed.map((event) => event.key)], () => {
    for (const event of outcome.failed) {
      const what = t(event.key, event.params);
      showFailure({ key: 'errors:store.clockEvent', params: { what } });
    }
  });
}

/** Called once the world is shown: from then on no write can fail silently. */
export function reportStoreFailures(): void {
  setStoreFailureReporter(showFailure);
}
