import { liveQuery } from 'dexie';
import type { AppDB } from './AppDB';
import { getDb } from './instance';

/** A live query's latest result as runes. */
export class Live<T> {
  value = $state.raw<T>() as T;
  loading = $state(true);
  error = $state.raw<unknown>(undefined);
  constructor(initial: T) {
    this.value = initial;
  }
}

/**
 * The liveQuery → runes bridge. `args` is read inside an effect, so when the reactive values
 * it reads change (a page number, the persona) the query is re-subscribed; Dexie re-runs it
 * whenever a table it read changes, in this tab or another one.
 * Must be called during component initialisation.
 */
export function live<A, T>(
  args: () => A,
  query: (db: AppDB, args: A) => Promise<T>,
  initial: T,
): Live<T> {
  const result = new Live<T>(initial);
  $effect(() => {
    const a = args();
    result.loading = true;
    const subscription = liveQuery(() => query(getDb(), a)).subscribe({
      next: (value) => {
        result.value = value;
        result.error = undefined;
        result.loading = false;
      },
      error: (error) => {
        result.error = error;
        result.loading = false;
      },
    });
    return () => subscription.unsubscribe();
  });
  return result;
}
