import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  cellKey,
  filterRecords,
  mistakeSteps,
  passRates,
  refusedRules,
  scoreDistribution,
  sortLearners,
} from './cohort';
import type { ResultMistake, ResultRecord } from './cohortFile';

let n = 0;
const rec = (
  learner: string,
  walkthrough: string,
  over: Partial<ResultRecord> = {},
): ResultRecord => ({
  learner,
  walkthrough,
  workflow: 'W-X',
  documentation: 'MPR #remove-partner-admin-roles',
  mode: 'test',
  language: 'en',
  status: 'finished',
  startedAt: `2026-01-0${1 + (n++ % 9)}T10:00:00.000Z`,
  finishedAt: null,
  durationSeconds: 60,
  stepsCompleted: 4,
  steps: 4,
  score: 100,
  passed: true,
  outcome: [],
  mistakes: [],
  verification: '',
  ...over,
});
const rule = (step: number, id: string): ResultMistake => ({
  step,
  stepId: `s${step}`,
  documentation: `MPR #x step ${step}`,
  kind: 'rule',
  detail: id,
  at: '',
});
const wrong = (step: number): ResultMistake => ({
  step,
  stepId: `s${step}`,
  documentation: `MPR #x step ${step}`,
  kind: 'wrongControl',
  detail: 'Home',
  at: '',
});

const cohort = [
  rec('Anna', 'remove-roles', {
    score: 50,
    passed: false,
    mistakes: [rule(2, 'R-MPR-7'), wrong(3)],
  }),
  rec('Anna', 'remove-roles', {
    score: 75,
    passed: false,
    mistakes: [rule(2, 'R-MPR-7')],
    language: 'ru',
  }),
  rec('Anna', 'remove-roles', { score: 100, passed: true }),
  rec('Boris', 'remove-roles', {
    score: 25,
    passed: false,
    mistakes: [rule(2, 'R-MPR-7'), rule(2, 'R-MPR-8'), wrong(1)],
  }),
  rec('Boris', 'add-user', {
    mode: 'practice',
    score: null,
    passed: null,
    mistakes: [rule(1, 'R-IND-5')],
  }),
  rec('Chen', 'add-user', { score: 80, passed: true, language: 'zh' }),
  rec('Chen', 'remove-roles', { status: 'abandoned', score: null, passed: null }),
];

describe('cohort aggregation', () => {
  it('matrix: attempts, best score, status and time per learner and walkthrough', () => {
    const m = buildMatrix(cohort);
    expect(m.learners).toEqual(['Anna', 'Boris', 'Chen']);
    expect(m.walkthroughs).toEqual(['add-user', 'remove-roles']);
    expect(m.cells.get(cellKey('Anna', 'remove-roles'))).toMatchObject({
      status: 'passed',
      bestScore: 100,
      attempts: 3,
      seconds: 180,
    });
    expect(m.cells.get(cellKey('Boris', 'remove-roles'))).toMatchObject({
      status: 'failed',
      bestScore: 25,
      attempts: 1,
    });
    expect(m.cells.get(cellKey('Boris', 'add-user'))).toMatchObject({
      status: 'practised',
      bestScore: null,
    });
    expect(m.cells.get(cellKey('Chen', 'remove-roles'))).toMatchObject({
      status: 'started',
      bestScore: null,
    });
    expect(m.cells.has(cellKey('Anna', 'add-user'))).toBe(false);
  });

  it('pass rate per walkthrough counts learners who finished a test', () => {
    expect(passRates(buildMatrix(cohort))).toEqual([
      { walkthrough: 'add-user', tested: 1, passed: 1, rate: 100 },
      { walkthrough: 'remove-roles', tested: 2, passed: 1, rate: 50 },
    ]);
  });

  it('steps with most mistakes, and most refused rules with how many learners', () => {
    expect(mistakeSteps(cohort, 2)).toEqual([
      {
        walkthrough: 'remove-roles',
        step: 2,
        stepId: 's2',
        documentation: 'MPR #x step 2',
        mistakes: 4,
        learners: 2,
      },
      {
        walkthrough: 'add-user',
        step: 1,
        stepId: 's1',
        documentation: 'MPR #x step 1',
        mistakes: 1,
        learners: 1,
      },
    ]);
    expect(refusedRules(cohort)).toEqual([
      { rule: 'R-MPR-7', refusals: 3, learners: 2 },
      { rule: 'R-IND-5', refusals: 1, learners: 1 },
      { rule: 'R-MPR-8', refusals: 1, learners: 1 },
    ]);
  });

  it('score distribution over finished tests, by band', () => {
    expect(scoreDistribution(cohort)).toEqual([0, 1, 1, 1, 2]);
  });

  it('filters by walkthrough, mode, language and date', () => {
    expect(filterRecords(cohort, { language: 'ru' })).toHaveLength(1);
    expect(
      filterRecords(cohort, { walkthrough: 'add-user', mode: 'test' }).map((r) => r.learner),
    ).toEqual(['Chen']);
    const from = cohort[3]!.startedAt.slice(0, 10);
    expect(filterRecords(cohort, { from, to: from })).toEqual([cohort[3]]);
  });
});

describe('sorting the matrix by every column', () => {
  const records = [
    rec('Bea', 'remove-roles', { score: 100, passed: true }),
    rec('Ann', 'remove-roles', { score: 40, passed: false }),
    rec('Cid', 'remove-roles', { mode: 'practice', score: null, passed: null }),
    rec('Ann', 'add-user', { score: 90, passed: true }),
    rec('Dan', 'add-user', { score: 80, passed: true }),
  ];
  const m = buildMatrix(records);

  it('by name, both ways', () => {
    expect(sortLearners(m, { kind: 'learner' }, 'ascending')).toEqual(['Ann', 'Bea', 'Cid', 'Dan']);
    expect(sortLearners(m, { kind: 'learner' }, 'descending')).toEqual([
      'Dan',
      'Cid',
      'Bea',
      'Ann',
    ]);
  });

  it('by walkthroughs passed, ties by name', () => {
    expect(sortLearners(m, { kind: 'passed' }, 'descending')).toEqual(['Ann', 'Bea', 'Dan', 'Cid']);
    expect(sortLearners(m, { kind: 'passed' }, 'ascending')).toEqual(['Cid', 'Ann', 'Bea', 'Dan']);
  });

  it('by one walkthrough: passed, failed, practised, nothing; then best score', () => {
    expect(sortLearners(m, { kind: 'walkthrough', slug: 'remove-roles' }, 'descending')).toEqual([
      'Bea',
      'Ann',
      'Cid',
      'Dan',
    ]);
    expect(sortLearners(m, { kind: 'walkthrough', slug: 'add-user' }, 'descending')).toEqual([
      'Ann',
      'Dan',
      'Bea',
      'Cid',
    ]);
    expect(sortLearners(m, { kind: 'walkthrough', slug: 'add-user' }, 'ascending')).toEqual([
      'Bea',
      'Cid',
      'Dan',
      'Ann',
    ]);
  });
});
