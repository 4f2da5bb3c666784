// A learner's results export (the file the learners panel writes, JSON or CSV) read back by a
// trainer's cohort view. Files are validated whole: one bad record refuses the file, nothing of
// it is kept; the other files still load. The verification code is a SHA-256 digest of the
// record's canonical form: it makes an edited file evident, but anyone can recompute it, so it
// is a tamper-evidence check and never a signature.
import { parseEdition, type Edition } from './edition';

export const RESULTS_FORMAT = 'partner-sim.results';
/**
 * 2: each record carries its `outcome` (issue 11's expected-vs-actual facts), covered by the
 * verification code, and the code's first half vouches for the certificate's printed fields alone.
 * Version 1 files still load; their outcome is not covered by their code, so it is dropped.
 */
export const RESULTS_VERSION = 2;
/**
 * 3: version 2 plus an optional `edition` per record (issue 16, absent = the 2020 edition), covered
 * by the code when present. A file with a Today record is written as 3 (an older build refuses it
 * as newer instead of showing it as a 2020 result); a file of 2020 records stays version 2.
 */
export const RESULTS_VERSION_EDITION = 3;

/** The version a file of these records is written with. */
export function resultsFileVersion(records: readonly { edition?: Edition }[]): number {
  return records.some((r) => r.edition !== undefined) ? RESULTS_VERSION_EDITION : RESULTS_VERSION;
}
/** A cohort of 20 trainees' files is well under this; a bigger file is not a results export. */
export const RESULTS_FILE_MAX_BYTES = 5 * 1024 * 1024;

export const RESULT_MODES = ['watch', 'practice', 'test'] as const;
export const RESULT_LANGUAGES = ['en', 'ru', 'zh'] as const;
export const RESULT_STATUSES = ['active', 'paused', 'finished', 'abandoned'] as const;
// `deadEnd` (issue 11): a test ended because its goal could no longer be reached; the detail
// names the dead end (e.g. invitation-cancelled).
export const MISTAKE_KINDS = ['wrongControl', 'rule', 'gaveUp', 'deadEnd'] as const;

export interface ResultMistake {
  step: number;
  stepId: string;
  documentation: string;
  kind: (typeof MISTAKE_KINDS)[number];
  detail: string | null;
  /** ISO time; the CSV export does not carry it (''). */
  at: string;
}

/** One fact of the walkthrough's goal: expected vs what the learner's world showed at the end. */
export interface ResultOutcome {
  fact: string;
  expected: boolean;
  actual: boolean;
  /** The documentation step that asks for it, e.g. "IND #add-user step 3". */
  documentation: string;
  rule: string | null;
}

/** The result record: what the learners' export writes and the cohort view reads (one type for both). */
export interface ResultRecord {
  learner: string;
  walkthrough: string;
  workflow: string;
  documentation: string;
  mode: (typeof RESULT_MODES)[number];
  language: (typeof RESULT_LANGUAGES)[number];
  status: (typeof RESULT_STATUSES)[number];
  startedAt: string;
  finishedAt: string | null;
  durationSeconds: number;
  stepsCompleted: number;
  steps: number;
  score: number | null;
  passed: boolean | null;
  /** Empty for a walkthrough without outcome facts, and for a version 1 record (not covered). */
  outcome: ResultOutcome[];
  mistakes: ResultMistake[];
  /** The walkthrough's edition (issue 16); absent for the 2020 edition (and in older files). */
  edition?: Edition;
  /** The record's verification code (verificationCode()). */
  verification: string;
}

/** A record before its code is computed (Web Crypto is asynchronous). */
export type UnverifiedRecord = Omit<ResultRecord, 'verification'>;

export type FileProblem =
  | 'tooLarge'
  | 'notResults'
  | 'newerVersion'
  | 'badRecord'
  | 'noVerification'
  | 'tampered'
  | 'duplicate'
  | 'empty';

export type ParsedFile =
  { ok: true; records: ResultRecord[] } | { ok: false; problem: FileProblem; record?: number };

// ---- verification code ----

/**
 * The fields a certificate vouches for, in a fixed order, as one string. Mistakes keep only
 * what both JSON and CSV carry (not their time), so a record verifies the same from either.
 */
export function canonicalRecord(r: UnverifiedRecord): string {
  return JSON.stringify([
    ...canonicalV1Fields(r),
    r.outcome.map((f) => [f.fact, f.expected, f.actual, f.documentation, f.rule]),
    // Only when named: a 2020 record's code is the very code it always had.
    ...(r.edition !== undefined ? [['edition', r.edition]] : []),
  ]);
}

function canonicalV1Fields(r: UnverifiedRecord): unknown[] {
  return [
    RESULTS_FORMAT,
    1,
    r.learner,
    r.walkthrough,
    r.workflow,
    r.documentation,
    r.mode,
    r.language,
    r.status,
    r.startedAt,
    r.finishedAt,
    r.durationSeconds,
    r.stepsCompleted,
    r.steps,
    r.score,
    r.passed,
    r.mistakes.map((m) => [m.step, m.stepId, m.documentation, m.kind, m.detail]),
  ];
}

/** What a certificate prints, and all a trainer holding only the certificate can check. */
export interface CertificateFields {
  learner: string;
  walkthrough: string;
  score: number | null;
  /** The day the test finished (UTC), YYYY-MM-DD: the certificate prints the date only. */
  date: string;
}

export const certificateFieldsOf = (r: UnverifiedRecord): CertificateFields => ({
  learner: r.learner,
  walkthrough: r.walkthrough,
  score: r.score,
  date: (r.finishedAt ?? r.startedAt).slice(0, 10),
});

async function sha256Hex(text: string, bytes: number): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return [...digest.slice(0, bytes)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const groups = (hex: string) => hex.match(/.{4}/g)!.join('-');

const certificateHalf = (c: CertificateFields) =>
  sha256Hex(
    JSON.stringify([RESULTS_FORMAT, 'certificate', c.learner, c.walkthrough, c.score, c.date]),
    4,
  );

/**
 * 16 hex digits in four groups, short enough to type from a printed page. The first 8 are
 * SHA-256 of the certificate's printed fields (name, walkthrough, score, date), so a certificate
 * can be checked with no file; the last 8 are SHA-256 of the whole record (outcome, mistakes,
 * times included), so a file edited anywhere no longer matches.
 */
export async function verificationCode(r: UnverifiedRecord): Promise<string> {
  return groups(
    (await certificateHalf(certificateFieldsOf(r))) + (await sha256Hex(canonicalRecord(r), 4)),
  );
}

/** A version 1 code: SHA-256 of the record without its outcome (files exported before version 2). */
export async function legacyVerificationCode(r: UnverifiedRecord): Promise<string> {
  return groups(await sha256Hex(JSON.stringify(canonicalV1Fields(r)), 8));
}

/**
 * A certificate checked without any file: does the code's first half match the printed fields?
 * (A version 1 code cannot be checked this way: it needs the learner's file.)
 */
export async function certificateMatches(code: string, c: CertificateFields): Promise<boolean> {
  return code.replace(/-/g, '').slice(0, 8) === (await certificateHalf(c));
}

/** A typed code, forgiving case, spaces and missing dashes. */
export function normalizeCode(input: string): string | undefined {
  const hex = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-F]{16}$/.test(hex)) return undefined;
  return hex.match(/.{4}/g)!.join('-');
}

// ---- record validation ----

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const isIso = (v: unknown): v is string =>
  typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const isNat = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;
const isText = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;
const isSlug = (v: unknown): v is string =>
  typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

function checkOutcome(f: unknown): ResultOutcome | undefined {
  if (typeof f !== 'object' || f === null) return undefined;
  const o = f as Record<string, unknown>;
  if (!isSlug(o.fact) || typeof o.expected !== 'boolean' || typeof o.actual !== 'boolean')
    return undefined;
  if (!isText(o.documentation, 200)) return undefined;
  if (!(o.rule === null || (typeof o.rule === 'string' && /^R-[A-Z0-9]+-\d+$/.test(o.rule))))
    return undefined;
  return {
    fact: o.fact,
    expected: o.expected,
    actual: o.actual,
    documentation: o.documentation,
    rule: o.rule,
  };
}

function checkMistake(m: unknown, steps: number): ResultMistake | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  if (!isNat(o.step) || o.step < 1 || o.step > steps) return undefined;
  if (!isSlug(o.stepId) || !isText(o.documentation, 200) || !oneOf(MISTAKE_KINDS, o.kind))
    return undefined;
  if (!(o.detail === null || isText(o.detail, 200))) return undefined;
  if (!(o.at === '' || isIso(o.at))) return undefined;
  return {
    step: o.step,
    stepId: o.stepId,
    documentation: o.documentation,
    kind: o.kind,
    detail: o.detail,
    at: o.at,
  };
}

/** A record as the export writes it, or undefined: every field present with its type and range. */
export function checkRecord(value: unknown): ResultRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  if (
    !isText(o.learner, 200) ||
    !isSlug(o.walkthrough) ||
    !isText(o.workflow, 100) ||
    !isText(o.documentation, 200)
  )
    return undefined;
  if (
    !oneOf(RESULT_MODES, o.mode) ||
    !oneOf(RESULT_LANGUAGES, o.language) ||
    !oneOf(RESULT_STATUSES, o.status)
  )
    return undefined;
  if (!isIso(o.startedAt) || !(o.finishedAt === null || isIso(o.finishedAt))) return undefined;
  if (
    !isNat(o.durationSeconds) ||
    !isNat(o.steps) ||
    o.steps < 1 ||
    o.steps > 200 ||
    !isNat(o.stepsCompleted) ||
    o.stepsCompleted > o.steps
  )
    return undefined;
  if (!(o.score === null || (isNat(o.score) && o.score <= 100))) return undefined;
  if (!(o.passed === null || typeof o.passed === 'boolean')) return undefined;
  // A score and a verdict come together, and only for a test.
  if ((o.score === null) !== (o.passed === null) || (o.score !== null && o.mode !== 'test'))
    return undefined;
  if (!Array.isArray(o.mistakes) || o.mistakes.length > 1000) return undefined;
  const mistakes: ResultMistake[] = [];
  for (const m of o.mistakes) {
    const ok = checkMistake(m, o.steps);
    if (!ok) return undefined;
    mistakes.push(ok);
  }
  // A version 1 record has no outcome; a present one must be whole.
  const outcome: ResultOutcome[] = [];
  if (o.outcome !== undefined) {
    if (!Array.isArray(o.outcome) || o.outcome.length > 50) return undefined;
    for (const f of o.outcome) {
      const ok = checkOutcome(f);
      if (!ok) return undefined;
      outcome.push(ok);
    }
  }
  // Absent (or empty in a CSV) is the 2020 edition; anything else must be an edition.
  if (o.edition !== undefined && !parseEdition(o.edition)) return undefined;
  const edition = o.edition as Edition | undefined;
  const verification = typeof o.verification === 'string' ? o.verification : '';
  return {
    ...(edition !== undefined ? { edition } : {}),
    learner: o.learner,
    walkthrough: o.walkthrough,
    workflow: o.workflow,
    documentation: o.documentation,
    mode: o.mode,
    language: o.language,
    status: o.status,
    startedAt: o.startedAt,
    finishedAt: o.finishedAt,
    durationSeconds: o.durationSeconds,
    stepsCompleted: o.stepsCompleted,
    steps: o.steps,
    score: o.score,
    passed: o.passed,
    outcome,
    mistakes,
    verification,
  };
}

// ---- CSV ----

/** RFC 4180 rows; undefined when quoting is broken. */
export function parseCsv(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') return undefined;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '') return undefined;
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) return undefined;
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The export's formula guard put an apostrophe before = + - @ tab CR: take it off again. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const CSV_REQUIRED = [
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
  'mistakes',
  'verification',
] as const;
const MISTAKE_CELL =
  /^(\d+) ([a-z0-9][a-z0-9-]*) \(([^()]*)\) (wrongControl|rule|gaveUp|deadEnd)(?:: (.*))?$/s;

// "fact: expected yes, you no (IND #add-user step 3, R-IND-6)", as the export writes it.
const OUTCOME_CELL =
  /^([a-z0-9][a-z0-9-]*): expected (yes|no), you (yes|no) \(([^()]*?)(?:, (R-[A-Z0-9]+-\d+))?\)$/;

function csvOutcome(cell: string): unknown[] | undefined {
  if (cell === '') return [];
  const out: unknown[] = [];
  for (const part of cell.split('; ')) {
    const m = OUTCOME_CELL.exec(part);
    if (!m) return undefined;
    out.push({
      fact: m[1],
      expected: m[2] === 'yes',
      actual: m[3] === 'yes',
      documentation: m[4],
      rule: m[5] ?? null,
    });
  }
  return out;
}

function csvMistakes(cell: string): unknown[] | undefined {
  if (cell === '') return [];
  const out: unknown[] = [];
  for (const part of cell.split('; ')) {
    const m = MISTAKE_CELL.exec(part);
    if (!m) return undefined;
    out.push({
      step: Number(m[1]),
      stepId: m[2],
      documentation: m[3],
      kind: m[4],
      detail: m[5] ?? null,
      at: '',
    });
  }
  return out;
}

const csvNumber = (cell: string): number | null | undefined =>
  cell === '' ? null : /^\d{1,10}$/.test(cell) ? Number(cell) : undefined;
const csvBool = (cell: string): boolean | null | undefined =>
  cell === '' ? null : cell === 'true' ? true : cell === 'false' ? false : undefined;

function recordsFromCsv(text: string): ParsedFile {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!rows || rows.length === 0) return { ok: false, problem: 'notResults' };
  const header = rows[0]!;
  if (!['learner', 'walkthrough', 'mode'].every((c) => header.includes(c)))
    return { ok: false, problem: 'notResults' };
  if (!header.includes('verification')) return { ok: false, problem: 'noVerification' };
  if (!CSV_REQUIRED.every((c) => header.includes(c))) return { ok: false, problem: 'notResults' };
  const at = (row: string[], c: (typeof CSV_REQUIRED)[number]) =>
    unguard(row[header.indexOf(c)] ?? '');
  const values: unknown[] = [];
  for (const row of rows.slice(1)) {
    if (row.length === 1 && row[0] === '') continue;
    if (row.length !== header.length)
      return { ok: false, problem: 'badRecord', record: values.length + 1 };
    const n = (c: (typeof CSV_REQUIRED)[number]) => csvNumber(at(row, c));
    values.push({
      learner: at(row, 'learner'),
      walkthrough: at(row, 'walkthrough'),
      workflow: at(row, 'workflow'),
      documentation: at(row, 'documentation'),
      mode: at(row, 'mode'),
      language: at(row, 'language'),
      status: at(row, 'status'),
      startedAt: at(row, 'startedAt'),
      finishedAt: at(row, 'finishedAt') === '' ? null : at(row, 'finishedAt'),
      durationSeconds: n('durationSeconds'),
      stepsCompleted: n('stepsCompleted'),
      steps: n('steps'),
      score: n('score'),
      passed: csvBool(at(row, 'passed')),
      // Older exports have no outcome column: the record then has none (as a version 1 JSON).
      outcome: header.includes('outcome')
        ? csvOutcome(unguard(row[header.indexOf('outcome')] ?? ''))
        : undefined,
      mistakes: csvMistakes(at(row, 'mistakes')),
      // Only a Today export has the column (issue 16); an empty cell is the 2020 edition.
      ...(header.includes('edition') && unguard(row[header.indexOf('edition')] ?? '') !== ''
        ? { edition: unguard(row[header.indexOf('edition')] ?? '') }
        : {}),
      verification: at(row, 'verification'),
    });
  }
  return checkAll(values);
}

function checkAll(values: unknown[]): ParsedFile {
  if (values.length === 0) return { ok: false, problem: 'empty' };
  const records: ResultRecord[] = [];
  for (const [i, v] of values.entries()) {
    const r = checkRecord(v);
    if (!r) return { ok: false, problem: 'badRecord', record: i + 1 };
    records.push(r);
  }
  return { ok: true, records };
}

/** Reads a file's text as a results export (JSON or CSV), without checking the codes yet. */
export function parseResultsFile(text: string, byteSize = text.length): ParsedFile {
  if (byteSize > RESULTS_FILE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, problem: 'notResults' };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { ok: false, problem: 'notResults' };
    const o = parsed as Record<string, unknown>;
    if (
      o.format !== RESULTS_FORMAT ||
      typeof o.version !== 'number' ||
      !Number.isInteger(o.version) ||
      o.version < 1
    )
      return { ok: false, problem: 'notResults' };
    if (o.version > RESULTS_VERSION_EDITION) return { ok: false, problem: 'newerVersion' };
    if (!Array.isArray(o.runs)) return { ok: false, problem: 'notResults' };
    return checkAll(o.runs);
  }
  return recordsFromCsv(body);
}

/** A run is the same run whoever sends it: its learner, walkthrough, mode and start. */
export const recordKey = (
  r: Pick<ResultRecord, 'learner' | 'walkthrough' | 'mode' | 'startedAt'>,
) => JSON.stringify([r.learner, r.walkthrough, r.mode, r.startedAt]);

/**
 * The whole check of one file against the cohort already loaded: a format a results export has,
 * every record's code matching (a code missing or wrong refuses the file: tampered), and not
 * every run already loaded (a duplicate file). Runs already loaded are dropped, the new kept.
 */
export async function validateResultsFile(
  text: string,
  byteSize: number,
  loadedKeys: ReadonlySet<string>,
): Promise<ParsedFile> {
  const parsed = parseResultsFile(text, byteSize);
  if (!parsed.ok) return parsed;
  const checked: ResultRecord[] = [];
  for (const [i, r] of parsed.records.entries()) {
    if (r.verification === '') return { ok: false, problem: 'noVerification', record: i + 1 };
    if ((await verificationCode(r)) === r.verification) checked.push(r);
    // A version 1 code does not cover the outcome: the record loads without it, so an edited
    // outcome can never show as vouched for.
    else if ((await legacyVerificationCode(r)) === r.verification)
      checked.push({ ...r, outcome: [] });
    else return { ok: false, problem: 'tampered', record: i + 1 };
  }
  const seen = new Set(loadedKeys);
  const fresh: ResultRecord[] = [];
  for (const r of checked) {
    const key = recordKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(r);
  }
  if (fresh.length === 0) return { ok: false, problem: 'duplicate' };
  return { ok: true, records: fresh };
}

/** The cohort written back out: the same format the learners' files have, so it loads again. */
export function cohortToJson(records: readonly ResultRecord[]): string {
  return `${JSON.stringify({ format: RESULTS_FORMAT, version: resultsFileVersion(records), runs: records }, null, 2)}\n`;
}
