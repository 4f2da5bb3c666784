import { liveQuery } from 'dexie';
import { getDb } from '../../db/instance';
import { matchPattern, router } from '../../app/router.svelte';
import { currentWorld } from '../../app/world.svelte';
import { runningWorkflow } from '../../workflows/kit/registry.svelte';
import type { WalkthroughStep } from '../types';

/**
 * Whether the current step's completion condition holds: the location, a running workflow's
 * state and a live query of the world, all kept current. The world's answer is tagged with the
 * step it was asked for, so the previous step's "true" can never complete the next one.
 * Call during component initialisation.
 */
export function stepDone(current: () => { step: WalkthroughStep | undefined; index: number }): {
  readonly value: boolean;
} {
  let world = $state({ index: -1, ok: false });
  $effect(() => {
    void currentWorld.generation; // a world switch (or Previous) means asking the new world
    const { step, index } = current();
    const query = step?.done.world;
    if (!query) return;
    world = { index, ok: false };
    const sub = liveQuery(() => query(getDb())).subscribe({
      next: (ok) => (world = { index, ok: ok === true }),
      error: () => (world = { index, ok: false }),
    });
    return () => sub.unsubscribe();
  });
  // What the page at `at` shows, asked again whenever the location changes (another mail opened).
  let shown = $state({ index: -1, path: '', ok: false });
  $effect(() => {
    void currentWorld.generation;
    const { step, index } = current();
    const at = step?.done.at;
    const query = step?.done.shows;
    if (!at || !query) return;
    const path = router.location.path;
    const params = matchPattern(at, path);
    shown = { index, path, ok: false };
    if (params === null) return;
    const sub = liveQuery(() => query(getDb(), params)).subscribe({
      next: (ok) => (shown = { index, path, ok: ok === true }),
      error: () => (shown = { index, path, ok: false }),
    });
    return () => sub.unsubscribe();
  });
  const done = $derived.by(() => {
    const { step, index } = current();
    if (!step) return false;
    const { at, machine, world: query } = step.done;
    if (at && matchPattern(at, router.location.path) === null) return false;
    if (machine && runningWorkflow(machine.id, machine.subject)?.matches(machine.in) !== true)
      return false;
    if (
      step.done.shows &&
      !(shown.index === index && shown.path === router.location.path && shown.ok)
    )
      return false;
    return !query || (world.index === index && world.ok);
  });
  return {
    get value() {
      return done;
    },
  };
}
