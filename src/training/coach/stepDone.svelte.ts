import { liveQuery } from 'dexie';
import { getDb } from '../../db/instance';
import { matchPattern, router } from '../../app/router.svelte';
import { currentWorld } from '../../app/world.svelte';
import { runningWorkflow } from '../../workflows/registry.svelte';
import type { WalkthroughStep } from '../types';

/**
 * Whether the current step's completion condition holds: the location, a running workflow's
 * state and a live query of the world, all kept current. The world's answer is tagged with the
 * step it was asked for, so the previous step's "true" can never complete the next one.
 * Call during component initialisation.
 */
export function stepDone(current: () => { step: WalkthroughStep | undefined; index: number }): { readonly value: boolean } {
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
  const done = $derived.by(() => {
    const { step, index } = current();
    if (!step) return false;
    const { at, machine, world: query } = step.done;
    if (at && matchPattern(at, router.location.path) === null) return false;
    if (machine && runningWorkflow(machine.id)?.matches(machine.in) !== true) return false;
    return !query || (world.index === index && world.ok);
  });
  return {
    get value() {
      return done;
    },
  };
}
