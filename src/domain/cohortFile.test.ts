import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cohortToJson,
  normalizeCode,
  parseCsv,
  parseResultsFile,
  recordKey,
  validateResultsFile,
  verificationCode,
  legacyVerificationCode,
  certificateFieldsOf,
  certificateMatches,
  type ResultRecord,
} from './cohortFile';
import { exportRuns, toCsv, toJson, withVerification } from '../training/progress/export';
import { walkthroughBySlug } from '../training/walkthroughs';
import type { Run } from '../training/progress/run';

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
      detail: 'Home (top)',
      at: Date.UTC(2026, 0, 2, 3, 4, 5),
    },
    {
      step: 2,
      stepId: 'remove',
      kind: 'rule',
      detail: 'R-MPR-7',
      at: Date.UTC(2026, 0, 2, 3, 4, 6),
    },
  ],
  startedAt: Date.UTC(2026, 0, 2, 3, 0, 0),
  finishedAt: Date.UTC(2026, 0, 2, 3, 5, 0),
  elapsedMs: 301_400,
  score: 50,
  passed: false,
  ...over,
});

const exported = (runs: Run[]) => withVerification(exportRuns(runs, walkthroughBySlug));
const empty = new Set<string>();

describe('results files read back by the cohort view', () => {
  it('a JSON export and a CSV export of the same runs give the same records, codes verified', async () => {
    const rows = await exported([
      run(),
      run({
        id: 'run_2',
        mode: 'practice',
        score: undefined,
        passed: undefined,
        mistakes: [],
        learner: '=SUM(A1)',
      }),
    ]);
    const fromJson = await validateResultsFile(toJson(rows), 100, empty);
    const fromCsv = await validateResultsFile(toCsv(rows), 100, empty);
    expect(fromJson.ok && fromCsv.ok).toBe(true);
    if (!fromJson.ok || !fromCsv.ok) return;
    expect(fromJson.records).toHaveLength(2);
    // The CSV does not carry a mistake's time; everything the code covers is the same.
    const strip = (rs: ResultRecord[]) =>
      rs.map((r) => ({ ...r, mistakes: r.mistakes.map((m) => ({ ...m, at: '' })) }));
    expect(strip(fromCsv.records)).toEqual(strip(fromJson.records));
    expect(fromCsv.records[1]!.learner).toBe('=SUM(A1)');
  });

  it('refuses an edited record as tampered (a score raised by hand), whole', async () => {
    const rows = await exported([run(), run({ id: 'run_2', startedAt: Date.UTC(2026, 0, 3) })]);
    const json = JSON.parse(toJson(rows)) as { runs: { score: number; passed: boolean }[] };
    json.runs[1]!.score = 100;
    json.runs[1]!.passed = true;
    expect(await validateResultsFile(JSON.stringify(json), 100, empty)).toEqual({
      ok: false,
      problem: 'tampered',
      record: 2,
    });
    const csv = toCsv(rows).replace(',50,false,', ',100,true,');
    expect(await validateResultsFile(csv, 100, empty)).toMatchObject({
      ok: false,
      problem: 'tampered',
    });
  });

  it('refuses a file that is not a results export, from a newer version, without codes, or too large', async () => {
    const rows = await exported([run()]);
    expect(parseResultsFile('{"format":"partner-sim.world","version":1}')).toEqual({
      ok: false,
      problem: 'notResults',
    });
    expect(parseResultsFile(toJson(rows).replace('"version": 2', '"version": 4'))).toEqual({
      ok: false,
      problem: 'newerVersion',
    });
    expect(parseResultsFile('name,age\nA,1\n')).toEqual({ ok: false, problem: 'notResults' });
    expect(parseResultsFile('{ not json')).toEqual({ ok: false, problem: 'notResults' });
    expect(
      await validateResultsFile(toJson(exportRuns([run()], walkthroughBySlug)), 100, empty),
    ).toMatchObject({ ok: false, problem: 'noVerification' });
    expect(parseResultsFile(toJson(rows), 6 * 1024 * 1024)).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
    expect(parseResultsFile('{"format":"partner-sim.results","version":1,"runs":[]}')).toEqual({
      ok: false,
      problem: 'empty',
    });
  });

  it('a file whose runs are all loaded already is a duplicate; a partly new one keeps only its new runs', async () => {
    const rows = await exported([run(), run({ id: 'run_2', startedAt: Date.UTC(2026, 0, 3) })]);
    const first = await validateResultsFile(toJson(rows.slice(0, 1)), 100, empty);
    if (!first.ok) throw new Error('first file refused');
    const keys = new Set(first.records.map(recordKey));
    expect(await validateResultsFile(toJson(rows.slice(0, 1)), 100, keys)).toEqual({
      ok: false,
      problem: 'duplicate',
    });
    const second = await validateResultsFile(toCsv(rows), 100, keys);
    expect(second.ok && second.records.map((r) => r.startedAt)).toEqual([
      '2026-01-03T00:00:00.000Z',
    ]);
  });

  it('the cohort written out loads again', async () => {
    const rows = await exported([run()]);
    const first = await validateResultsFile(toJson(rows), 100, empty);
    if (!first.ok) throw new Error('refused');
    expect(await validateResultsFile(cohortToJson(first.records), 100, empty)).toEqual(first);
  });

  it('codes: 4×4 hex digits, typed loosely, different for a different record', async () => {
    const [row] = await exported([run()]);
    expect(row!.verification).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(normalizeCode(row!.verification!.toLowerCase().replace(/-/g, ' '))).toBe(
      row!.verification,
    );
    expect(normalizeCode('12345')).toBeUndefined();
    const [other] = await exported([run({ learner: 'Ирина' })]);
    expect(other!.verification).not.toBe(row!.verification);
    expect(await verificationCode({ ...row!, mistakes: [] } as ResultRecord)).not.toBe(
      row!.verification,
    );
  });

  it('CSV parsing: quotes, doubled quotes, CRLF; broken quoting is refused', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n1,2,3\r\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,"b\nc"')).toEqual([['a', 'b\nc']]);
    expect(parseCsv('a,"b')).toBeUndefined();
    expect(parseCsv('a,"b"x')).toBeUndefined();
  });
});

// Learner names as typed: any text without the export's own ambiguity (a name that itself
// starts with an apostrophe before = + - @ would read back without it).
const learnerName = fc
  .string({ maxLength: 40, unit: 'grapheme' })
  .filter((s) => !/^'[=+\-@\t\r]/.test(s) && !s.includes('\r'));
const arbRun = fc.record({
  learner: learnerName,
  mode: fc.constantFrom('practice' as const, 'test' as const),
  lang: fc.constantFrom('en' as const, 'ru' as const, 'zh' as const),
  startedAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  elapsedMs: fc.integer({ min: 0, max: 10_000_000 }),
  mistakeSteps: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
});

describe('fuzz: good files kept, bad files refused', () => {
  it('any exported runs load from JSON and from CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbRun, { minLength: 1, maxLength: 4 }), async (specs) => {
        const runs = specs.map((s, i) =>
          run({
            id: `run_${i}`,
            learner: s.learner,
            mode: s.mode,
            lang: s.lang,
            startedAt: s.startedAt + i,
            finishedAt: s.startedAt + i + s.elapsedMs,
            elapsedMs: s.elapsedMs,
            score: s.mode === 'test' ? 50 : undefined,
            passed: s.mode === 'test' ? false : undefined,
            mistakes: s.mistakeSteps.map((step) => ({
              step,
              stepId: 'select-partner',
              kind: 'wrongControl' as const,
              detail: 'Home',
              at: s.startedAt,
            })),
          }),
        );
        const rows = await exported(runs);
        for (const text of [toJson(rows), toCsv(rows)]) {
          const got = await validateResultsFile(text, text.length, empty);
          expect(got.ok && got.records.length).toBe(runs.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('any one-character change to a JSON export is refused or leaves every record as it was', async () => {
    const rows = await exported([
      run(),
      run({
        id: 'run_2',
        mode: 'practice',
        score: undefined,
        passed: undefined,
        startedAt: Date.UTC(2026, 1, 1),
      }),
    ]);
    const text = toJson(rows);
    const good = await validateResultsFile(text, text.length, empty);
    if (!good.ok) throw new Error('refused');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: text.length - 1 }),
        fc.string({ minLength: 1, maxLength: 1 }),
        async (at, ch) => {
          const edited = text.slice(0, at) + ch + text.slice(at + 1);
          const got = await validateResultsFile(edited, edited.length, empty);
          // Whitespace, a key's spelling the reader ignores, or a mistake's time may change
          // harmlessly; anything the record vouches for changing must refuse the file.
          if (got.ok)
            expect(
              got.records.map((r) => ({
                ...r,
                mistakes: r.mistakes.map((m) => ({ ...m, at: '' })),
              })),
            ).toEqual(
              good.records.map((r) => ({
                ...r,
                mistakes: r.mistakes.map((m) => ({ ...m, at: '' })),
              })),
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random text is never taken for a results file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(parseResultsFile(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  describe('outcome and certificates (results version 2)', () => {
    const withOutcome = () =>
      run({
        slug: 'add-user',
        stepCount: 6,
        step: 6,
        mistakes: [],
        score: 100,
        passed: false,
        outcome: [
          { id: 'sales-agent', expected: true, actual: true },
          { id: 'own-password', expected: true, actual: false },
        ],
      });

    it('the outcome goes through JSON and CSV alike, covered by the code', async () => {
      const rows = await exported([withOutcome()]);
      expect(rows[0]!.outcome).toEqual([
        expect.objectContaining({ fact: 'sales-agent', rule: null }),
        expect.objectContaining({ fact: 'own-password', actual: false, rule: 'R-IND-6' }),
      ]);
      const fromJson = await validateResultsFile(toJson(rows), 100, empty);
      const fromCsv = await validateResultsFile(toCsv(rows), 100, empty);
      expect(fromJson.ok && fromJson.records[0]!.outcome).toEqual(rows[0]!.outcome);
      expect(fromCsv.ok && fromCsv.records[0]!.outcome).toEqual(rows[0]!.outcome);
    });

    // Issue 11: a test ended at a dead end carries its reason, citing the dead end's own step.
    it('a test ended at a dead end goes through JSON and CSV alike, with the dead end and its documentation', async () => {
      const rows = await exported([
        run({
          slug: 'accept-invitation',
          stepCount: 5,
          step: 3,
          score: 60,
          passed: false,
          mistakes: [
            { step: 3, stepId: 'accept', kind: 'deadEnd', detail: 'invitation-cancelled', at: 5 },
          ],
        }),
      ]);
      expect(rows[0]!.mistakes).toEqual([
        expect.objectContaining({
          kind: 'deadEnd',
          detail: 'invitation-cancelled',
          documentation: expect.stringMatching(/^MPR #.+ step 4$/),
        }),
      ]);
      const fromJson = await validateResultsFile(toJson(rows), 100, empty);
      const fromCsv = await validateResultsFile(toCsv(rows), 100, empty);
      expect(fromJson.ok && fromJson.records[0]!.mistakes[0]!.kind).toBe('deadEnd');
      expect(fromCsv.ok && fromCsv.records[0]!.mistakes[0]!.detail).toBe('invitation-cancelled');
    });

    it('an edited outcome is refused as tampered, in JSON and in CSV', async () => {
      const rows = await exported([withOutcome()]);
      const json = JSON.parse(toJson(rows)) as { runs: { outcome: { actual: boolean }[] }[] };
      json.runs[0]!.outcome[1]!.actual = true;
      expect(await validateResultsFile(JSON.stringify(json), 100, empty)).toMatchObject({
        ok: false,
        problem: 'tampered',
      });
      const csv = toCsv(rows).replace('expected yes, you no', 'expected yes, you yes');
      expect(csv).not.toBe(toCsv(rows));
      expect(await validateResultsFile(csv, 100, empty)).toMatchObject({
        ok: false,
        problem: 'tampered',
      });
    });

    it('a version 1 file (old code) still loads, without the outcome its code did not cover', async () => {
      const [row] = await exported([withOutcome()]);
      const legacy = { ...row!, verification: await legacyVerificationCode(row!) };
      const file = JSON.stringify({ format: 'partner-sim.results', version: 1, runs: [legacy] });
      const got = await validateResultsFile(file, 100, empty);
      expect(got.ok && got.records[0]!.outcome).toEqual([]);
      expect(got.ok && got.records[0]!.score).toBe(100);
    });

    it('a certificate is checked from its printed fields alone: name, walkthrough, score, date', async () => {
      const [row] = await exported([run({ score: 100, passed: true, mistakes: [] })]);
      const fields = certificateFieldsOf(row!);
      expect(fields).toEqual({
        learner: 'Ирина, "ученица"',
        walkthrough: 'remove-roles',
        score: 100,
        date: '2026-01-02',
      });
      expect(await certificateMatches(row!.verification, fields)).toBe(true);
      for (const over of [
        { learner: 'Someone else' },
        { walkthrough: 'add-user' },
        { score: 90 },
        { date: '2026-01-03' },
      ])
        expect(
          await certificateMatches(row!.verification, { ...fields, ...over }),
          JSON.stringify(over),
        ).toBe(false);
    });
  });
});
