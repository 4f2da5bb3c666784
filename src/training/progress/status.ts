import type { Run } from './run';

export type WalkthroughStatus =
  | { kind: 'notStarted' }
  | { kind: 'inProgress'; runId: string; mode: Run['mode']; step: number; total: number }
  | { kind: 'passed'; score: number; runId: string }
  | { kind: 'failed'; score: number; runId: string }
  | { kind: 'practised' };

/**
 * What the catalogue says about one walkthrough: a run left open comes first (it can be
 * continued); then the best passed test, else the latest failed one; then practice done.
 */
export function statusOf(runs: readonly Run[], slug: string): WalkthroughStatus {
  const mine = runs.filter((r) => r.slug === slug).sort((a, b) => b.startedAt - a.startedAt);
  const open = mine.find((r) => r.status === 'active' || r.status === 'paused');
  if (open)
    return {
      kind: 'inProgress',
      runId: open.id,
      mode: open.mode,
      step: open.step,
      total: open.stepCount,
    };
  const tests = mine.filter(
    (r) => r.mode === 'test' && r.status === 'finished' && r.score !== undefined,
  );
  const passed = tests.filter((r) => r.passed).sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
  if (passed) return { kind: 'passed', score: passed.score ?? 0, runId: passed.id };
  if (tests[0]) return { kind: 'failed', score: tests[0].score ?? 0, runId: tests[0].id };
  if (mine.some((r) => r.status === 'finished')) return { kind: 'practised' };
  return { kind: 'notStarted' };
}
