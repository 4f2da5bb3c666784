import { liveQuery } from 'dexie';
import { training } from '../trainingSession.svelte';
import { listRuns } from '../progress/progressRepository';
import type { Run } from '../progress/run';

/** Every run of the learner, kept current (another tab finishing a test updates the catalogue). Call during component init. */
export function liveRuns(): { readonly value: Run[]; readonly loaded: boolean } {
  let value = $state.raw<Run[]>([]);
  let loaded = $state(false);
  $effect(() => {
    let sub: { unsubscribe(): void } | undefined;
    let cancelled = false;
    void training.learners().then((db) => {
      if (cancelled) return;
      sub = liveQuery(() => listRuns(db)).subscribe({
        next: (runs) => {
          value = runs;
          loaded = true;
        },
      });
    });
    return () => {
      cancelled = true;
      sub?.unsubscribe();
    };
  });
  return {
    get value() {
      return value;
    },
    get loaded() {
      return loaded;
    },
  };
}
