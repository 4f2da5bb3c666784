import { setDatabase } from '../db/instance';
import type { OpenedDatabase } from '../db/open';
import { reportStoreFailures } from './failures';
import { loadProfile } from './profile.svelte';
import { loadEdition } from './edition.svelte';

// Which world the tab shows: the learner's own, or a walkthrough's copy. Switching bumps the
// generation; the shell is keyed on it, so every page and live query starts again on the new world.

let generation = $state(0);
let training = $state(false);
let persistent = $state(true);
let memoryReason = $state<OpenedDatabase['memoryReason']>(undefined);

export const currentWorld = {
  get generation() {
    return generation;
  },
  /** True while the tab shows a walkthrough's copy of the world. */
  get isTraining() {
    return training;
  },
  /** False when the world lives in memory only (IndexedDB unavailable). */
  get persistent() {
    return persistent;
  },
  /** Why the world is in memory although IndexedDB works (issue 18: a foreign database under our name). */
  get memoryReason() {
    return memoryReason;
  },
};

export function showWorld(opened: OpenedDatabase, isTraining: boolean): Promise<void> {
  reportStoreFailures();
  setDatabase(opened.db, opened.persistent);
  training = isTraining;
  persistent = opened.persistent;
  memoryReason = opened.memoryReason;
  generation++;
  // The partner's own names and colour follow the world (issue 15).
  void loadProfile(opened.db);
  // The edition too (issue 16): the caller may wait for it, so the first page shows the right one.
  return loadEdition(opened.db);
}
