// A learner's results export (the file the learners panel writes, JSON or CSV) read back by a
// trainer's cohort view. Files are validated whole: one bad record refuses the file, nothing of
// it is kept; the other files still load. The verification code is a SHA-256 digest of the
// record's canonical form: it makes an edited file evident, but anyone can recompute it, so it
// is a tamper-evidence check and never a signature.

export const RESULTS_FORMAT = 'partner-sim.results';
export const RESULTS_VERSION = 1;
/** A cohort of 20 trainees' files is well under this; a bigger file is not a results export. */
export const RESULTS_FILE_MAX_BYTES = 5 * 1024 * 1024;

export const RESULT_MODES = ['watch', 'practice', 'test'] as const;
export const RESULT_LANGUAGES = ['en', 'ru', 'zh'] as const;
export const RESULT_STATUSES = ['active', 'paused', 'finished', 'abandoned'] as const;
export const MISTAKE_KINDS = ['wrongControl', 'rule', 'gaveUp'] as const;

export interface ResultMistake {
  step: number;
  stepId: string;
  documentation: string;
  kind: (typeof MISTAKE_KINDS)[number];
  detail: string | null;
  /** ISO time; the CSV export does not carry it (''). */
  at: string;
}

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
  mistakes: ResultMistake[];
  /** The record's verification code (verificationCode()). */
  verification: string;
}

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
export function canonicalRecord(r: Omit<ResultRecord, 'verification'>): string {
  return JSON.stringify([
    RESULTS_FORMAT,
    RESULTS_VERSION,
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
  ]);
}

/** 16 hex digits of SHA-256 (Web Crypto) in four groups: short enough to type from a printed page. */
export async function verificationCode(r: Omit<ResultRecord, 'verification'>): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalRecord(r))),
  );
  const hex = [...digest.slice(0, 8)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
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
  const verification = typeof o.verification === 'string' ? o.verification : '';
  return {
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
  /^(\d+) ([a-z0-9][a-z0-9-]*) \(([^()]*)\) (wrongControl|rule|gaveUp)(?:: (.*))?$/s;

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
      mistakes: csvMistakes(at(row, 'mistakes')),
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
    if (o.version > RESULTS_VERSION) return { ok: false, problem: 'newerVersion' };
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
  for (const [i, r] of parsed.records.entries()) {
    if (r.verification === '') return { ok: false, problem: 'noVerification', record: i + 1 };
    if ((await verificationCode(r)) !== r.verification)
      return { ok: false, problem: 'tampered', record: i + 1 };
  }
  const seen = new Set(loadedKeys);
  const fresh: ResultRecord[] = [];
  for (const r of parsed.records) {
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
  return `${JSON.stringify({ format: RESULTS_FORMAT, version: RESULTS_VERSION, runs: records }, null, 2)}\n`;
}
