import { describe, expect, it } from 'vitest';
import { csvCell, exportRuns, toCsv, toJson } from './export';
import { walkthroughBySlug } from '../walkthroughs';
import type { Run } from './run';

const run = (over: Partial<Run> = {}): Run => ({
  id: 'run_1',
  slug: 'remove-roles',
  mode: 'test',
  lang: 'ru',
  embed: false,
  pace: 'normal',
  learner: 'Ирина, "ученица"',
  status: 'finished',
  step: 4,
  stepCount: 4,
  helpLevel: 0,
  mistakes: [
    {
      step: 1,
      stepId: 'select-partner',
      kind: 'wrongControl',
      detail: 'Home',
      at: Date.UTC(2026, 0, 2, 3, 4, 5),
    },
  ],
  startedAt: Date.UTC(2026, 0, 2, 3, 0, 0),
  finishedAt: Date.UTC(2026, 0, 2, 3, 5, 0),
  elapsedMs: 301_400,
  score: 75,
  passed: false,
  ...over,
});

describe('exporting results for a trainer', () => {
  it('writes one row per run with the documentation step of each mistake', () => {
    const [row] = exportRuns([run()], walkthroughBySlug);
    expect(row).toMatchObject({
      learner: 'Ирина, "ученица"',
      walkthrough: 'remove-roles',
      workflow: 'W-REMOVE-ROLES',
      mode: 'test',
      language: 'ru',
      status: 'finished',
      startedAt: '2026-01-02T03:00:00.000Z',
      finishedAt: '2026-01-02T03:05:00.000Z',
      durationSeconds: 301,
      stepsCompleted: 4,
      steps: 4,
      score: 75,
      passed: false,
    });
    expect(row!.mistakes).toEqual([
      {
        step: 2,
        stepId: 'select-partner',
        documentation: expect.stringMatching(/^MPR #remove-partner-admin-roles step \d+$/),
        kind: 'wrongControl',
        detail: 'Home',
        at: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('JSON is versioned and parses back', () => {
    const parsed = JSON.parse(
      toJson(
        exportRuns(
          [run(), run({ id: 'run_2', mode: 'practice', score: undefined, passed: undefined })],
          walkthroughBySlug,
        ),
      ),
    ) as { format: string; version: number; runs: unknown[] };
    expect(parsed.format).toBe('partner-sim.results');
    expect(parsed.version).toBe(2);
    expect(parsed.runs).toHaveLength(2);
  });

  it('CSV has a header, quotes commas and quotes, keeps Unicode (with a BOM for Excel)', () => {
    const csv = toCsv(exportRuns([run()], walkthroughBySlug));
    expect(csv.startsWith('\uFEFFlearner,walkthrough,workflow,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith('"Ирина, ""ученица""",remove-roles,W-REMOVE-ROLES,')).toBe(true);
    expect(lines[1]).toContain(',75,false,');
  });

  it('CSV neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('@cmd')).toBe(`"'@cmd"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('says why a test failed: each outcome fact, expected vs the learner, with its documentation step (issue 11)', () => {
    const failed = run({
      slug: 'request-relationship',
      score: 100,
      passed: false,
      mistakes: [],
      outcome: [{ id: 'dap-requested', expected: true, actual: false }],
    });
    const [row] = exportRuns([failed], walkthroughBySlug);
    expect(row!.outcome).toEqual([
      {
        fact: 'dap-requested',
        expected: true,
        actual: false,
        documentation:
          'REQ #invite-a-customer-to-establish-a-reseller-relationship-with-you step 2',
        rule: null,
      },
    ]);
    expect(toCsv([row!])).toContain(
      'dap-requested: expected yes, you no (REQ #invite-a-customer-to-establish-a-reseller-relationship-with-you step 2)',
    );
  });
});
