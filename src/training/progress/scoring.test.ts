import { describe, expect, it } from 'vitest';
import { PASS_MARK, scoreRun } from './scoring';
import type { Mistake } from './run';

const m = (step: number, kind: Mistake['kind'] = 'wrongControl'): Mistake => ({
  step,
  stepId: `s${step}`,
  kind,
  at: 0,
});

describe('scoring a test run (pass mark 80 %)', () => {
  it('gives 100 % for every step done without a mistake', () => {
    expect(scoreRun(5, [], 5)).toEqual({
      score: 100,
      passed: true,
      failedSteps: [],
      outcomeMet: true,
    });
  });

  it('counts a step once however many mistakes it had', () => {
    expect(scoreRun(5, [m(2), m(2), m(2)], 5)).toEqual({
      score: 80,
      passed: true,
      failedSteps: [2],
      outcomeMet: true,
    });
  });

  it('fails below the pass mark', () => {
    const result = scoreRun(5, [m(0), m(3, 'rule')], 5);
    expect(result.score).toBe(60);
    expect(result.passed).toBe(false);
    expect(result.failedSteps).toEqual([0, 3]);
    expect(PASS_MARK).toBe(80);
  });

  it('fails the step given up on and every step after it', () => {
    expect(scoreRun(4, [m(1, 'gaveUp')], 1)).toEqual({
      score: 25,
      passed: false,
      failedSteps: [1, 2, 3],
      outcomeMet: true,
    });
  });

  it('ignores mistakes outside the walkthrough and scores an empty one as failed', () => {
    expect(scoreRun(2, [m(7), m(-1)], 2).score).toBe(100);
    expect(scoreRun(0, [], 0)).toEqual({
      score: 0,
      passed: false,
      failedSteps: [],
      outcomeMet: true,
    });
  });

  it('rounds to whole percents, passing exactly at 80', () => {
    expect(scoreRun(3, [m(1)], 3).score).toBe(67);
    expect(scoreRun(10, [m(1), m(2)], 10)).toMatchObject({ score: 80, passed: true });
  });

  it('fails a test whose outcome differs from the goal, even at 100 % of the steps (issue 11)', () => {
    const missed = [{ id: 'dap-requested', expected: true, actual: false }];
    expect(scoreRun(5, [], 5, missed)).toEqual({
      score: 100,
      passed: false,
      failedSteps: [],
      outcomeMet: false,
    });
    expect(
      scoreRun(5, [], 5, [
        { id: 'dap-requested', expected: true, actual: true },
        { id: 'no-other-role', expected: false, actual: false },
      ]),
    ).toMatchObject({ passed: true, outcomeMet: true });
  });
});
