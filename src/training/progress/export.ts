import type { DocRef, Walkthrough } from '../types';
import type { Run } from './run';
import {
  RESULTS_FORMAT,
  resultsFileVersion,
  verificationCode,
  type ResultRecord,
  type UnverifiedRecord,
} from '../../domain/cohortFile';

// Results leave the browser only as a file the learner downloads and hands to a trainer.

/** A row of the export: the domain's result record (one type for the export and the cohort view). */
export type ExportedRun = UnverifiedRecord & { verification?: string };

function refLabel(ref: DocRef): string {
  return `${ref.doc} #${ref.section}${ref.step !== undefined ? ` step ${ref.step}` : ''}`;
}

function docLabel(w: Walkthrough | undefined, stepIndex?: number): string {
  if (!w) return '';
  return refLabel(stepIndex === undefined ? w.doc : (w.steps[stepIndex]?.doc ?? w.doc));
}

function deadEndDoc(w: Walkthrough | undefined, m: Run['mistakes'][number]): string | undefined {
  if (m.kind !== 'deadEnd') return undefined;
  const end = w?.deadEnds?.find((d) => d.id === m.detail);
  return end ? refLabel(end.doc) : undefined;
}

export function exportRuns(
  runs: readonly Run[],
  bySlug: (slug: string) => Walkthrough | undefined,
): UnverifiedRecord[] {
  return runs.map((run) => {
    const w = bySlug(run.slug);
    return {
      learner: run.learner,
      walkthrough: run.slug,
      workflow: w?.workflow ?? '',
      documentation: docLabel(w),
      mode: run.mode,
      language: run.lang,
      status: run.status,
      startedAt: new Date(run.startedAt).toISOString(),
      finishedAt: run.finishedAt === undefined ? null : new Date(run.finishedAt).toISOString(),
      durationSeconds: Math.round(run.elapsedMs / 1000),
      stepsCompleted: Math.min(run.step, run.stepCount),
      steps: run.stepCount,
      score: run.score ?? null,
      passed: run.passed ?? null,
      outcome: (run.outcome ?? []).map((f) => {
        const def = w?.outcome?.find((d) => d.id === f.id);
        return {
          fact: f.id,
          expected: f.expected,
          actual: f.actual,
          documentation: def ? refLabel(def.doc) : '',
          rule: def?.rule ?? null,
        };
      }),
      // The 2020 edition leaves the field out: its records stay what they always were.
      ...(run.edition && run.edition !== '2020' ? { edition: run.edition } : {}),
      mistakes: run.mistakes.map((m) => ({
        step: m.step + 1,
        stepId: m.stepId,
        // A dead end cites the documentation step it contradicts (the invitation cancelled).
        documentation: deadEndDoc(w, m) ?? docLabel(w, m.step),
        kind: m.kind,
        detail: m.detail ?? null,
        at: new Date(m.at).toISOString(),
      })),
    };
  });
}

/** The rows with their verification codes (Web Crypto is asynchronous, so this is a step of its own). */
export async function withVerification(rows: readonly UnverifiedRecord[]): Promise<ResultRecord[]> {
  return Promise.all(
    rows.map(async (row) => ({ ...row, verification: await verificationCode(row) })),
  );
}

export function toJson(rows: readonly ExportedRun[]): string {
  return `${JSON.stringify({ format: RESULTS_FORMAT, version: resultsFileVersion(rows), runs: rows }, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'learner',
  'walkthrough',
  'workflow',
  'documentation',
  'mode',
  'language',
  'status',
  'startedAt',
  'finishedAt',
  'durationSeconds',
  'stepsCompleted',
  'steps',
  'score',
  'passed',
  'outcome',
  'mistakes',
  'verification',
] as const;

/**
 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula (= + - @ tab CR) gets a
 * leading apostrophe, since a learner name is typed text that ends up in a trainer's Excel.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly ExportedRun[]): string {
  // The edition column only when a row is of the Today edition (issue 16): a 2020 export is the
  // file it always was; the reader takes a missing or empty cell for 2020.
  const columns: readonly (keyof ExportedRun | 'mistakes' | 'outcome')[] = rows.some(
    (r) => r.edition !== undefined,
  )
    ? [...CSV_COLUMNS.slice(0, -1), 'edition', 'verification']
    : CSV_COLUMNS;
  const lines = [columns.join(',')];
  for (const row of rows) {
    const mistakes = row.mistakes
      .map(
        (m) =>
          `${m.step} ${m.stepId} (${m.documentation}) ${m.kind}${m.detail ? `: ${m.detail}` : ''}`,
      )
      .join('; ');
    // "fact: expected yes, you no (REQ #… step 2, R-…)" — the trainer sees why a test failed.
    const yn = (v: boolean) => (v ? 'yes' : 'no');
    const outcome = row.outcome
      .map(
        (f) =>
          `${f.fact}: expected ${yn(f.expected)}, you ${yn(f.actual)} (${f.documentation}${f.rule ? `, ${f.rule}` : ''})`,
      )
      .join('; ');
    lines.push(
      columns
        .map((c) => csvCell(c === 'mistakes' ? mistakes : c === 'outcome' ? outcome : row[c]))
        .join(','),
    );
  }
  // BOM: Excel otherwise reads UTF-8 (Cyrillic, Chinese names) as ANSI.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
