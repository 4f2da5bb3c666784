import type { CoachAction } from '../types';
import { findTarget, noteSources, perform } from './targets';

// Watch mode: the coach performs a step's actions like a person, at a readable pace.

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Plays the actions; resolves 'played' when all were done, 'missing' when a control never
 * appeared, 'aborted' when stopped (pause, previous, another step).
 */
export async function playActions(
  actions: readonly CoachAction[],
  options: {
    pace: number;
    firstDelay: number;
    signal: AbortSignal;
    notes: Map<string, string>;
    noteFrom: readonly CoachAction[];
    onAction?: (action: CoachAction) => void;
    /** How long what a `dwell: 'read'` click opened stays open (watchTiming.ts). */
    dwellMs?: number;
  },
): Promise<'played' | 'missing' | 'aborted'> {
  const { pace, signal, notes, noteFrom } = options;
  await wait(options.firstDelay);
  for (const action of actions) {
    if (signal.aborted) return 'aborted';
    // The highlight moves to the control about to be used, so the watcher's eye can follow.
    options.onAction?.(action);
    noteSources(noteFrom, notes);
    findTarget(action.target)?.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    await wait(Math.min(pace, 600));
    if (signal.aborted) return 'aborted';
    const ok = await perform(action, 10_000, signal, notes);
    noteSources(noteFrom, notes);
    if (signal.aborted) return 'aborted';
    if (!ok) return 'missing';
    await wait(Math.round(pace / 2));
    if (action.kind === 'click' && action.dwell === 'read') await wait(options.dwellMs ?? 0);
  }
  return 'played';
}

export { wait };
