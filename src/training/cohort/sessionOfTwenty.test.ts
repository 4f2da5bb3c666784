import { describe, expect, it } from 'vitest';
import {
  RESULTS_FILE_MAX_BYTES,
  recordKey,
  validateResultsFile,
  type ResultRecord,
} from '../../domain/cohortFile';
import { buildMatrix, cellKey, passRates, refusedRules } from '../../domain/cohort';
import { exportRuns, toCsv, toJson, withVerification } from '../progress/export';
import { WALKTHROUGHS, walkthroughBySlug } from '../walkthroughs';
import type { Run } from '../progress/run';
import { finishedRun } from '../progress/runFixture';

// Issue 15, "Done when": a trainer with 20 trainees runs a session with no LMS and no server.
// Each trainee practises and takes the test of every walkthrough of the catalogue (both
// editions), exports (JSON or CSV, as the learner panel writes them), and the trainer loads the
// 20 files: every file is accepted, each within the size a results file may have, and the
// cohort's matrix, pass rates and most-refused rules are the session's true numbers.

const LANGS = ['en', 'ru', 'zh'] as const;
const RULE = 'R-REQ-2';
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

function runsOf(i: number): Run[] {
  const learner = `Trainee ${String(i + 1).padStart(2, '0')}`;
  const lang = LANGS[i % 3]!;
  const runs: Run[] = [];
  let t = T0 + i * 3_600_000;
  const run = (slug: string, mode: 'practice' | 'test', over: Partial<Run> = {}): Run => {
    const w = walkthroughBySlug(slug)!;
    t += 120_000;
    return finishedRun({
      id: `run_${i}_${runs.length}`,
      slug,
      mode,
      lang,
      learner,
      step: w.steps.length,
      stepCount: w.steps.length,
      startedAt: t,
      finishedAt: t + 90_000,
      elapsedMs: 90_000,
      ...(mode === 'test' ? {} : { score: undefined, passed: undefined }),
      ...over,
    });
  };
  for (const w of WALKTHROUGHS) {
    runs.push(run(w.slug, 'practice'));
    // Every fourth trainee fails a first attempt with a refused rule, then passes; trainee 7
    // fails and stops there.
    if (i % 4 === 0 || i === 6)
      runs.push(
        run(w.slug, 'test', {
          score: 50,
          passed: false,
          mistakes: [{ step: 1, stepId: w.steps[0]!.id, kind: 'rule', detail: RULE, at: t }],
        }),
      );
    if (i !== 6) runs.push(run(w.slug, 'test'));
  }
  return runs;
}

describe('a session of 20 trainees (issue 15)', () => {
  it('loads all 20 files and shows the session’s numbers', async () => {
    const files: { name: string; text: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const rows = await withVerification(exportRuns(runsOf(i), walkthroughBySlug));
      files.push(
        i % 2 === 0
          ? { name: `t${i + 1}.json`, text: toJson(rows) }
          : { name: `t${i + 1}.csv`, text: toCsv(rows) },
      );
    }
    const loaded: ResultRecord[] = [];
    for (const f of files) {
      const bytes = new TextEncoder().encode(f.text).length;
      expect(bytes, f.name).toBeLessThan(RESULTS_FILE_MAX_BYTES);
      const result = await validateResultsFile(f.text, bytes, new Set(loaded.map(recordKey)));
      expect(result.ok, f.name).toBe(true);
      if (result.ok) loaded.push(...result.records);
    }
    const perLearner = WALKTHROUGHS.length * 2;
    // Practice and a passed test each; five extra failed first tests; trainee 7 has no passed one.
    expect(loaded).toHaveLength(20 * perLearner + 5 * WALKTHROUGHS.length);

    // A file handed in twice adds nothing and says so.
    const again = await validateResultsFile(
      files[3]!.text,
      files[3]!.text.length,
      new Set(loaded.map(recordKey)),
    );
    expect(again).toEqual({ ok: false, problem: 'duplicate' });

    const matrix = buildMatrix(loaded);
    expect(matrix.learners).toHaveLength(20);
    expect(matrix.walkthroughs).toEqual(WALKTHROUGHS.map((w) => w.slug).sort());
    const seven = matrix.cells.get(cellKey('Trainee 07', WALKTHROUGHS[0]!.slug))!;
    expect(seven.status).toBe('failed');
    expect(seven.bestScore).toBe(50);
    const one = matrix.cells.get(cellKey('Trainee 01', WALKTHROUGHS[0]!.slug))!;
    expect([one.status, one.bestScore, one.attempts]).toEqual(['passed', 100, 3]);
    for (const p of passRates(matrix)) expect([p.tested, p.passed, p.rate]).toEqual([20, 19, 95]);
    // Trainees 1, 5, 9, 13, 17 and 7 were refused once per walkthrough.
    expect(refusedRules(loaded)).toEqual([
      { rule: RULE, refusals: 6 * WALKTHROUGHS.length, learners: 6 },
    ]);
  });
});
