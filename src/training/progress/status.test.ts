import { describe, expect, it } from 'vitest';
import { statusOf } from './status';
import type { Run } from './run';

const run = (over: Partial<Run>): Run => ({
  id: 'r',
  slug: 'w',
  mode: 'test',
  lang: 'en',
  embed: false,
  pace: 'normal',
  learner: '',
  status: 'finished',
  step: 4,
  stepCount: 4,
  helpLevel: 0,
  mistakes: [],
  startedAt: 1,
  elapsedMs: 0,
  ...over,
});

describe('catalogue status of a walkthrough', () => {
  it('not started without runs', () => expect(statusOf([], 'w')).toEqual({ kind: 'notStarted' }));
  it('an open run shows progress n/m', () => {
    expect(statusOf([run({ status: 'paused', step: 1, mode: 'practice', id: 'p' })], 'w')).toEqual({
      kind: 'inProgress',
      runId: 'p',
      mode: 'practice',
      step: 1,
      total: 4,
    });
  });
  it('the best passed test wins over later failures', () => {
    const runs = [
      run({ id: 'a', score: 80, passed: true, startedAt: 1 }),
      run({ id: 'b', score: 100, passed: true, startedAt: 2 }),
      run({ id: 'c', score: 40, passed: false, startedAt: 3 }),
    ];
    expect(statusOf(runs, 'w')).toEqual({ kind: 'passed', score: 100, runId: 'b' });
  });
  it('the latest failed test when none passed', () => {
    const runs = [
      run({ id: 'a', score: 20, passed: false, startedAt: 1 }),
      run({ id: 'b', score: 60, passed: false, startedAt: 2 }),
    ];
    expect(statusOf(runs, 'w')).toEqual({ kind: 'failed', score: 60, runId: 'b' });
  });
  it('practised when only practice or watch finished; other walkthroughs do not count', () => {
    expect(
      statusOf([run({ mode: 'practice' }), run({ slug: 'other', score: 100, passed: true })], 'w'),
    ).toEqual({ kind: 'practised' });
  });
});
