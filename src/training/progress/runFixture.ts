import type { Run } from './run';

/**
 * For tests: a finished, passed test run of remove-roles (4 steps, 5 minutes), with whatever a
 * test needs changed. One shape for the export, the cohort view and their tests.
 */
export const finishedRun = (over: Partial<Run> = {}): Run => ({
  id: 'run_1',
  slug: 'remove-roles',
  mode: 'test',
  lang: 'en',
  embed: false,
  pace: 'normal',
  learner: 'Irina',
  status: 'finished',
  step: 4,
  stepCount: 4,
  helpLevel: 0,
  mistakes: [],
  startedAt: Date.UTC(2026, 0, 2, 3, 0, 0),
  finishedAt: Date.UTC(2026, 0, 2, 3, 5, 0),
  elapsedMs: 301_400,
  score: 100,
  passed: true,
  ...over,
});
