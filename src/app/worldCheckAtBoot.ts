// Issue 17, always recoverable, without holding up the first paint (issue 19): a stored record
// that doesn't fit must never blank a page, but reading and validating the whole world costs
// (the 10,000-customer world most of all; numbers in the README). So the start checks in two
// parts. Before the first paint: the main record and the counts (what every page reads).
// After it, when the browser is idle: the whole world with the import's own validation. A bad
// learner's world then goes to the safe start, which names each record; a bad walkthrough
// world (its own copy, src/training/trainingWorld.ts) is replaced by a fresh copy and the
// walkthrough starts again, with a notice.
import type { OpenedDatabase } from '../db/open';
import { checkStoredWorld, checkStoredWorldQuickly, StoredWorldError } from '../db/storedWorld';
import type { WorldFileProblem } from '../domain/worldFile';
import { training } from '../training/trainingSession.svelte';
import { loadNamespaces, t } from '../i18n/i18n.svelte';
import { toasts } from '../lib/ui/toasts.svelte';
import { safeStartUrl } from './safeStart';

export interface BootWorld {
  opened: OpenedDatabase;
  training: boolean;
}

/** Performance entry of the full check (read by the bench and by hand in the dev tools). */
export const FULL_CHECK_MEASURE = 'partner-sim:world-check';

/**
 * Before the first paint. A learner's world whose main record doesn't fit throws (the start
 * then takes the safe start); a walkthrough's world that doesn't fit is set aside for the
 * learner's own (checked the same way), to start again once the app is shown.
 */
/** Why the walkthrough resumed at start was set aside (for the notice after the first paint). */
let setAside: WorldFileProblem[] = [];

export async function checkWorldBeforePaint(world: BootWorld): Promise<BootWorld> {
  const problems = await checkStoredWorldQuickly(world.opened.db);
  if (!problems.length) return world;
  if (!world.training) throw new StoredWorldError(problems);
  console.warn('the walkthrough’s world does not fit; it starts again', problems);
  setAside = problems;
  return checkWorldBeforePaint(await training.leaveBadWorld());
}

/** After the first paint: the full check of the world shown at start, and the pending restart. */
export function checkWorldAfterPaint(
  world: BootWorld,
  whenIdle = idle,
  goSafe = (url: string) => location.replace(url),
): void {
  const bad = training.badRun;
  if (bad) {
    void training
      .restartBadRun(bad)
      .then(() => announceRestart(setAside))
      .catch((error) => console.error(error));
    return;
  }
  whenIdle(() => {
    void fullCheck(world, goSafe).catch((error) => console.error(error));
  });
}

async function fullCheck(world: BootWorld, goSafe: (url: string) => void): Promise<void> {
  const started = performance.now();
  const problems = await checkStoredWorld(world.opened.db);
  performance.measure(FULL_CHECK_MEASURE, { start: started, end: performance.now() });
  if (!problems.length) return;
  console.warn('the stored world has records that do not fit', problems);
  if (!world.training) {
    goSafe(safeStartUrl(location.href));
    return;
  }
  // Only while that walkthrough is still the one on screen (the learner may have left it).
  const run = training.run;
  if (!run || run.status !== 'active') return;
  await training.restartBadRun(run);
  await announceRestart(problems);
}

async function announceRestart(problems: WorldFileProblem[]): Promise<void> {
  // The `errors` texts are not among the start's namespaces: without them the notice was an
  // empty alert (seen in test/e2e/foundation/corrupted-walkthrough.spec.ts).
  await loadNamespaces(['errors']).catch(() => undefined);
  const first = problems[0];
  const reason = first
    ? t(`errors:${first.key}`, first.params)
    : t('errors:storedWorld.unreadable');
  toasts.push({ kind: 'error', message: t('errors:storedWorld.trainingRestarted', { reason }) });
}

function idle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 200);
}
