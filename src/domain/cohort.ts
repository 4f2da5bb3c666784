import type { ResultRecord } from './cohortFile';

// A trainer's cohort, computed from the learners' result records: the matrix learner ×
// walkthrough, pass rates, the steps and rules where mistakes happen, the score distribution.
// Pure: the cohort page filters and draws what these functions return.

export interface CohortFilter {
  walkthrough?: string;
  mode?: ResultRecord['mode'];
  language?: ResultRecord['language'];
  /** Inclusive ISO dates (YYYY-MM-DD) of the run's start, in UTC. */
  from?: string;
  to?: string;
}

export function filterRecords(records: readonly ResultRecord[], f: CohortFilter): ResultRecord[] {
  return records.filter(
    (r) =>
      (!f.walkthrough || r.walkthrough === f.walkthrough) &&
      (!f.mode || r.mode === f.mode) &&
      (!f.language || r.language === f.language) &&
      (!f.from || r.startedAt.slice(0, 10) >= f.from) &&
      (!f.to || r.startedAt.slice(0, 10) <= f.to),
  );
}

/** passed: a test passed; failed: tests taken, none passed; practised: finished without a test; started: nothing finished. */
export type CellStatus = 'passed' | 'failed' | 'practised' | 'started';

export interface MatrixCell {
  learner: string;
  walkthrough: string;
  status: CellStatus;
  /** Best score of a finished test, or null when no test finished. */
  bestScore: number | null;
  attempts: number;
  seconds: number;
  runs: ResultRecord[];
}

export interface Matrix {
  learners: string[];
  walkthroughs: string[];
  /** key: cellKey(learner, walkthrough). */
  cells: Map<string, MatrixCell>;
}

export const cellKey = (learner: string, walkthrough: string) => `${learner}\u0000${walkthrough}`;

const isTest = (r: ResultRecord) =>
  r.mode === 'test' && r.status === 'finished' && r.score !== null;

export function buildMatrix(records: readonly ResultRecord[]): Matrix {
  const cells = new Map<string, MatrixCell>();
  for (const r of records) {
    const key = cellKey(r.learner, r.walkthrough);
    const cell = cells.get(key) ?? {
      learner: r.learner,
      walkthrough: r.walkthrough,
      status: 'started',
      bestScore: null,
      attempts: 0,
      seconds: 0,
      runs: [],
    };
    cell.attempts++;
    cell.seconds += r.durationSeconds;
    cell.runs.push(r);
    if (isTest(r)) cell.bestScore = Math.max(cell.bestScore ?? 0, r.score!);
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.runs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const tests = cell.runs.filter(isTest);
    cell.status = tests.some((r) => r.passed)
      ? 'passed'
      : tests.length > 0
        ? 'failed'
        : cell.runs.some((r) => r.status === 'finished')
          ? 'practised'
          : 'started';
  }
  const learners = [...new Set(records.map((r) => r.learner))].sort((a, b) => a.localeCompare(b));
  const walkthroughs = [...new Set(records.map((r) => r.walkthrough))].sort();
  return { learners, walkthroughs, cells };
}

export interface PassRate {
  walkthrough: string;
  /** Learners with a finished test of it, and those of them with a passed one. */
  tested: number;
  passed: number;
  /** 0–100, rounded. */
  rate: number;
}

export function passRates(matrix: Matrix): PassRate[] {
  return matrix.walkthroughs
    .map((w) => {
      let tested = 0;
      let passed = 0;
      for (const l of matrix.learners) {
        const c = matrix.cells.get(cellKey(l, w));
        if (!c || (c.status !== 'passed' && c.status !== 'failed')) continue;
        tested++;
        if (c.status === 'passed') passed++;
      }
      return {
        walkthrough: w,
        tested,
        passed,
        rate: tested === 0 ? 0 : Math.round((100 * passed) / tested),
      };
    })
    .filter((p) => p.tested > 0);
}

export interface StepMistakes {
  walkthrough: string;
  /** 1-based, as in the export. */
  step: number;
  stepId: string;
  documentation: string;
  mistakes: number;
  learners: number;
}

/** The steps with the most mistakes (all kinds), most first; ties by walkthrough and step. */
export function mistakeSteps(records: readonly ResultRecord[], limit = 10): StepMistakes[] {
  const by = new Map<string, StepMistakes & { who: Set<string> }>();
  for (const r of records)
    for (const m of r.mistakes) {
      const key = `${r.walkthrough}\u0000${m.step}`;
      const row = by.get(key) ?? {
        walkthrough: r.walkthrough,
        step: m.step,
        stepId: m.stepId,
        documentation: m.documentation,
        mistakes: 0,
        learners: 0,
        who: new Set<string>(),
      };
      row.mistakes++;
      row.who.add(r.learner);
      by.set(key, row);
    }
  return [...by.values()]
    .map(({ who, ...row }) => ({ ...row, learners: who.size }))
    .sort(
      (a, b) =>
        b.mistakes - a.mistakes || a.walkthrough.localeCompare(b.walkthrough) || a.step - b.step,
    )
    .slice(0, limit);
}

export interface RuleRefusals {
  rule: string;
  refusals: number;
  learners: number;
}

/** The rules most often refused (mistakes of kind `rule`, whose detail is the rule id). */
export function refusedRules(records: readonly ResultRecord[], limit = 10): RuleRefusals[] {
  const by = new Map<string, { refusals: number; who: Set<string> }>();
  for (const r of records)
    for (const m of r.mistakes) {
      if (m.kind !== 'rule' || !m.detail || !/^R-[A-Z0-9]+-\d+$/.test(m.detail)) continue;
      const row = by.get(m.detail) ?? { refusals: 0, who: new Set<string>() };
      row.refusals++;
      row.who.add(r.learner);
      by.set(m.detail, row);
    }
  return [...by.entries()]
    .map(([rule, v]) => ({ rule, refusals: v.refusals, learners: v.who.size }))
    .sort(
      (a, b) => b.refusals - a.refusals || a.rule.localeCompare(b.rule, 'en', { numeric: true }),
    )
    .slice(0, limit);
}

/** Score bands of finished tests: 0–19, 20–39, 40–59, 60–79, 80–100 (80 is the pass mark). */
export const SCORE_BANDS = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
] as const;

export function scoreDistribution(records: readonly ResultRecord[]): number[] {
  const counts = SCORE_BANDS.map(() => 0);
  for (const r of records) {
    if (!isTest(r)) continue;
    const i = SCORE_BANDS.findIndex(([lo, hi]) => r.score! >= lo && r.score! <= hi);
    if (i >= 0) counts[i]!++;
  }
  return counts;
}

// ---- sorting the matrix ----

/** A matrix column: the learner's name, how many walkthroughs they passed, or one walkthrough. */
export type SortColumn =
  { kind: 'learner' } | { kind: 'passed' } | { kind: 'walkthrough'; slug: string };
export type SortDirection = 'ascending' | 'descending';

// How far a learner got in one walkthrough, lowest first: nothing, started, practised, failed, passed.
const STATUS_RANK: Record<CellStatus, number> = { started: 1, practised: 2, failed: 3, passed: 4 };

export const passedCount = (matrix: Matrix, learner: string) =>
  matrix.walkthroughs.filter((w) => matrix.cells.get(cellKey(learner, w))?.status === 'passed')
    .length;

/**
 * The learners in the order of one column. A walkthrough column orders by status, then best
 * score, then attempts. Ties fall back to the learner's name, ascending, so the order is stable.
 */
export function sortLearners(
  matrix: Matrix,
  column: SortColumn,
  direction: SortDirection,
): string[] {
  const value = (l: string): number[] => {
    if (column.kind === 'passed') return [passedCount(matrix, l)];
    if (column.kind === 'learner') return [];
    const c = matrix.cells.get(cellKey(l, column.slug));
    return c ? [STATUS_RANK[c.status], c.bestScore ?? -1, c.attempts] : [0, -1, 0];
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...matrix.learners].sort((a, b) => {
    if (column.kind === 'learner') return sign * a.localeCompare(b);
    const va = value(a);
    const vb = value(b);
    for (let i = 0; i < va.length; i++) if (va[i] !== vb[i]) return sign * (va[i]! - vb[i]!);
    return a.localeCompare(b);
  });
}
