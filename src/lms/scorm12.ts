import type { Mode, Run } from '../training/progress/run';

// SCORM 1.2 run-time side of a walkthrough: finds the LMS's API object, and writes one run's
// progress into the CMI data model. Every value is checked against the SCORM 1.2 RTE data
// types *strictly* before it is sent: third-party LMS runtimes (scorm-again among them) accept
// longer suspend_data and looser identifiers than the specification, and a real LMS may not.

/** The SCORM 1.2 API an LMS exposes as `window.API` (RTE 3.3). Values are strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString?(code: string): string;
}

interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

function isApi(value: unknown): value is Scorm12Api {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Scorm12Api).LMSInitialize === 'function' &&
    typeof (value as Scorm12Api).LMSSetValue === 'function'
  );
}

/**
 * The ADL discovery algorithm (RTE 3.3.6.1): `API` on this window or up the parent chain
 * (at most 7 levels, as ADL's sample does), then the same from `window.opener`. A frame of
 * another origin throws on access: that is "not found there", not an error.
 */
export function findScormApi(start: ApiWindow): Scorm12Api | undefined {
  const climb = (from: ApiWindow | null | undefined): Scorm12Api | undefined => {
    let win = from;
    for (let depth = 0; win && depth <= 7; depth++) {
      try {
        if (isApi(win.API)) return win.API;
        if (!win.parent || win.parent === win) return undefined;
        win = win.parent;
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
  try {
    return climb(start) ?? climb(start.opener);
  } catch {
    return undefined;
  }
}

// --- Strict SCORM 1.2 data types (RTE 3.4.1 / appendix A) ---

/** CMIIdentifier: letters, digits, '-' and '_' only, at most 255 (no spaces, no periods). */
export const isCMIIdentifier = (value: string): boolean => /^[A-Za-z0-9_-]{1,255}$/.test(value);
/** CMITimespan: HHHH:MM:SS.SS — 2 to 4 hour digits, optional 1–2 decimal digits of seconds. */
export const isCMITimespan = (value: string): boolean =>
  /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value);
/** cmi.suspend_data is CMIString4096. */
export const SUSPEND_DATA_MAX = 4096;
/** cmi.core.lesson_location is CMIString255. */
export const LESSON_LOCATION_MAX = 255;

/** Milliseconds as a CMITimespan, `HHHH:MM:SS.SS` (capped at 9999 h, the type's limit). */
export function formatTimespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** An id made valid: anything outside [A-Za-z0-9_-] becomes '_', cut to 255. */
export function toIdentifier(raw: string): string {
  const id = raw.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
  return id || '_';
}

export class ScormValueError extends Error {
  constructor(
    readonly element: string,
    readonly value: string,
    readonly why: string,
  ) {
    super(`${element}: ${why}`);
  }
}

const VOCAB: Record<string, readonly string[]> = {
  'cmi.core.lesson_status': [
    'passed',
    'completed',
    'failed',
    'incomplete',
    'browsed',
    'not attempted',
  ],
  'cmi.core.exit': ['time-out', 'suspend', 'logout', ''],
};

/** Refuses what a strict SCORM 1.2 LMS would refuse, before it is sent. */
export function checkValue(element: string, value: string): void {
  const fail = (why: string) => {
    throw new ScormValueError(element, value, why);
  };
  if (VOCAB[element] && !VOCAB[element].includes(value)) fail('not in the vocabulary');
  if (element === 'cmi.suspend_data' && value.length > SUSPEND_DATA_MAX)
    fail(`longer than ${SUSPEND_DATA_MAX}`);
  if (element === 'cmi.core.lesson_location' && value.length > LESSON_LOCATION_MAX)
    fail(`longer than ${LESSON_LOCATION_MAX}`);
  if (element === 'cmi.core.session_time' || /^cmi\.interactions\.\d+\.latency$/.test(element)) {
    if (!isCMITimespan(value)) fail('not a CMITimespan');
  }
  if (/^cmi\.interactions\.\d+\.(id|objectives\.\d+\.id)$/.test(element) && !isCMIIdentifier(value))
    fail('not a CMIIdentifier');
  if (
    /^cmi\.interactions\.\d+\.result$/.test(element) &&
    !['correct', 'wrong', 'unanticipated', 'neutral'].includes(value)
  )
    fail('not a result');
  if (/^cmi\.core\.score\.(raw|min|max)$/.test(element)) {
    const n = Number(value);
    if (value === '' || !Number.isFinite(n) || n < 0 || n > 100) fail('not a score 0–100');
  }
}

// --- The resume string kept in cmi.suspend_data ---

/** Bumped when the format changes; a string of another version is ignored, never guessed. */
export const SUSPEND_VERSION = 1;

export interface SuspendState {
  slug: string;
  mode: Mode;
  step: number;
  /** Interactions already written (so a relaunch appends, never rewrites). */
  written: number;
}

export function encodeSuspend(state: SuspendState): string {
  const text = `ps${SUSPEND_VERSION}|${state.slug}|${state.mode}|${state.step}|${state.written}`;
  checkValue('cmi.suspend_data', text);
  return text;
}

export type SuspendRead =
  { ok: true; state: SuspendState } | { ok: false; reason: 'empty' | 'version' | 'malformed' };

export function decodeSuspend(text: string): SuspendRead {
  if (!text) return { ok: false, reason: 'empty' };
  const parts = text.split('|');
  if (!/^ps\d+$/.test(parts[0] ?? '')) return { ok: false, reason: 'malformed' };
  if (parts[0] !== `ps${SUSPEND_VERSION}`) return { ok: false, reason: 'version' };
  const [, slug, mode, step, written] = parts;
  if (
    parts.length !== 5 ||
    !slug ||
    !['practice', 'test', 'watch'].includes(mode ?? '') ||
    !/^\d+$/.test(step ?? '') ||
    !/^\d+$/.test(written ?? '')
  ) {
    return { ok: false, reason: 'malformed' };
  }
  return {
    ok: true,
    state: { slug, mode: mode as Mode, step: Number(step), written: Number(written) },
  };
}

// --- The tracker: one walkthrough run → CMI data ---

export interface StepInfo {
  id: string;
}

/** What the LMS launched: read from the item's parameters, or from cmi.launch_data as the fallback. */
export interface Launch {
  slug: string;
  mode: Mode;
  steps: readonly StepInfo[];
}

export type LaunchRead = { ok: true; launch: Launch } | { ok: false; parameter: string };

export interface ScormStart {
  launch: LaunchRead;
  entry: 'ab-initio' | 'resume' | '';
  resume?: SuspendState;
  /** Why a stored suspend_data was not used (another version or unreadable). */
  suspendProblem?: 'version' | 'malformed';
  language: string;
  launchData: string;
  /** Values the LMS gave that break their SCORM 1.2 type (too long, not in the vocabulary): ignored, never stored. */
  badValues: string[];
}

/** cmi.launch_data is CMIString4096; cmi.student_preference.language CMIString255. */
const READ_LIMIT: Record<string, number> = {
  'cmi.launch_data': 4096,
  'cmi.suspend_data': SUSPEND_DATA_MAX,
  'cmi.student_preference.language': 255,
  'cmi.core.lesson_location': LESSON_LOCATION_MAX,
};
const READ_VOCAB: Record<string, readonly string[]> = {
  'cmi.core.entry': ['ab-initio', 'resume', ''],
  'cmi.core.lesson_status': [...VOCAB['cmi.core.lesson_status']!, ''],
};

export type ScormProblem =
  { kind: 'lms'; element: string; code: string } | { kind: 'value'; element: string; why: string };

const ok = (result: string | boolean) => result === true || result === 'true';

/**
 * Writes a run into SCORM 1.2. The LMS is told once (LMSInitialize), every change is set and
 * committed at once (so a tab closed without pagehide loses nothing already done), and
 * LMSFinish is called exactly once per session: when the walkthrough ends, or with
 * exit=suspend when the page goes away before (pagehide). After any LMS error the
 * tracker stops talking to the LMS (onProblem says why); the run goes on locally.
 */
export class Scorm12Tracker {
  #api: Scorm12Api;
  #resolve: (launchData: string) => LaunchRead;
  #slug = '';
  #mode: Mode = 'practice';
  #steps: readonly StepInfo[] = [];
  #onProblem: (problem: ScormProblem) => void;
  #now: () => number;
  #started = false;
  #finished = false;
  #broken = false;
  /** Steps already written as interactions. */
  #written = 0;
  /** The next interaction index: the LMS keeps earlier sessions' interactions (their _count). */
  #next = 0;
  #lastStepAt = 0;
  #sessionStart = 0;

  /** `launch` turns cmi.launch_data into the walkthrough to run (the page's own parameters come first, in the caller). */
  constructor(options: {
    api: Scorm12Api;
    launch: (launchData: string) => LaunchRead;
    onProblem?: (p: ScormProblem) => void;
    now?: () => number;
  }) {
    this.#api = options.api;
    this.#resolve = options.launch;
    this.#onProblem = options.onProblem ?? (() => {});
    this.#now = options.now ?? Date.now;
  }

  get broken(): boolean {
    return this.#broken;
  }
  get finished(): boolean {
    return this.#finished;
  }

  #fail(problem: ScormProblem): void {
    if (this.#broken) return;
    this.#broken = true;
    this.#onProblem(problem);
  }

  #get(element: string): string {
    if (this.#broken) return '';
    try {
      return String(this.#api.LMSGetValue(element) ?? '');
    } catch {
      this.#fail({ kind: 'lms', element, code: 'throw' });
      return '';
    }
  }

  #set(element: string, value: string): boolean {
    if (this.#broken) return false;
    try {
      checkValue(element, value);
    } catch (error) {
      if (error instanceof ScormValueError) this.#fail({ kind: 'value', element, why: error.why });
      return false;
    }
    try {
      if (ok(this.#api.LMSSetValue(element, value))) return true;
      this.#fail({ kind: 'lms', element, code: String(this.#api.LMSGetLastError()) });
    } catch {
      this.#fail({ kind: 'lms', element, code: 'throw' });
    }
    return false;
  }

  #call(name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): boolean {
    if (this.#broken) return false;
    try {
      if (ok(this.#api[name](''))) return true;
      this.#fail({ kind: 'lms', element: name, code: String(this.#api.LMSGetLastError()) });
    } catch {
      this.#fail({ kind: 'lms', element: name, code: 'throw' });
    }
    return false;
  }

  /** LMSInitialize (once) and what the LMS knows of earlier sessions. */
  start(): ScormStart | undefined {
    if (this.#started) return undefined;
    this.#started = true;
    if (!this.#call('LMSInitialize')) return undefined;
    this.#sessionStart = this.#lastStepAt = this.#now();
    const badValues: string[] = [];
    // Every value read is checked against its SCORM 1.2 type; a bad one reads as empty.
    const read = (element: string): string => {
      const value = this.#get(element);
      const limit = READ_LIMIT[element];
      const vocab = READ_VOCAB[element];
      if ((limit !== undefined && value.length > limit) || (vocab && !vocab.includes(value))) {
        badValues.push(element);
        return '';
      }
      return value;
    };
    const entry = read('cmi.core.entry') as ScormStart['entry'];
    const launchData = read('cmi.launch_data');
    let launch = this.#resolve(launchData);
    if (!launch.ok && badValues.includes('cmi.launch_data'))
      launch = { ok: false, parameter: 'cmi.launch_data' };
    const start: ScormStart = {
      launch,
      entry,
      language: read('cmi.student_preference.language'),
      launchData,
      badValues,
    };
    if (!launch.ok) {
      // Nothing is recorded for a launch we cannot honour: the LMS keeps what it had.
      this.#finished = true;
      this.#call('LMSFinish');
      return start;
    }
    this.#slug = launch.launch.slug;
    this.#mode = launch.launch.mode;
    this.#steps = launch.launch.steps;
    const rawSuspend = this.#get('cmi.suspend_data');
    const suspend: SuspendRead =
      rawSuspend.length > SUSPEND_DATA_MAX
        ? { ok: false, reason: 'malformed' }
        : decodeSuspend(rawSuspend);
    const fits = (s: SuspendState) =>
      s.step <= this.#steps.length && s.written <= this.#steps.length && s.written <= s.step;
    if (suspend.ok && !fits(suspend.state)) start.suspendProblem = 'malformed';
    else if (suspend.ok && suspend.state.slug === this.#slug && suspend.state.mode === this.#mode) {
      start.resume = suspend.state;
      this.#written = suspend.state.written;
    } else if (!suspend.ok && suspend.reason !== 'empty') start.suspendProblem = suspend.reason;
    // _count is a CMIInteger; an LMS without interactions answers '' (start at 0).
    const count = this.#get('cmi.interactions._count');
    this.#next = /^\d{1,4}$/.test(count) ? Number(count) : 0;
    const status = read('cmi.core.lesson_status');
    if (status === 'not attempted' || status === '' || !start.resume)
      this.#set('cmi.core.lesson_status', 'incomplete');
    this.#set('cmi.core.exit', 'suspend');
    this.#set('cmi.core.score.min', '0');
    this.#set('cmi.core.score.max', '100');
    this.#call('LMSCommit');
    return start;
  }

  /** One change of the run: new interactions for steps done, location, resume string; the result at the end. */
  update(run: Run): void {
    if (
      !this.#started ||
      this.#finished ||
      this.#broken ||
      run.slug !== this.#slug ||
      run.mode !== this.#mode
    )
      return;
    const now = this.#now();
    const done = Math.min(run.step, run.stepCount, this.#steps.length);
    // One interaction per step done, appended once (a step is "done" when the run moved past it).
    while (this.#written < done && !this.#broken) this.#writeInteraction(this.#written, run, now);
    const stepId = this.#steps[Math.min(run.step, this.#steps.length - 1)]?.id ?? '';
    this.#set('cmi.core.lesson_location', `${run.step}:${stepId}`.slice(0, LESSON_LOCATION_MAX));
    this.#set(
      'cmi.suspend_data',
      encodeSuspend({ slug: this.#slug, mode: this.#mode, step: run.step, written: this.#written }),
    );
    if (run.status === 'finished' || run.status === 'abandoned') {
      if (run.mode === 'test' && typeof run.score === 'number') {
        this.#set('cmi.core.score.raw', String(run.score));
        this.#set('cmi.core.lesson_status', run.passed ? 'passed' : 'failed');
      } else if (run.status === 'finished') this.#set('cmi.core.lesson_status', 'completed');
      this.#set('cmi.core.exit', '');
      this.#set('cmi.core.session_time', formatTimespan(now - this.#sessionStart));
      this.#call('LMSCommit');
      this.#finished = true;
      this.#call('LMSFinish');
      return;
    }
    this.#call('LMSCommit');
  }

  #writeInteraction(index: number, run: Run, now: number): void {
    const n = this.#next;
    const step = this.#steps[index];
    const mistakes = run.mistakes.filter((m) => m.step === index);
    const rule = mistakes.find((m) => m.kind === 'rule')?.detail;
    const p = `cmi.interactions.${n}`;
    this.#set(`${p}.id`, toIdentifier(`step_${index + 1}_${step?.id ?? ''}`));
    this.#set(`${p}.type`, 'performance');
    this.#set(`${p}.result`, mistakes.length ? 'wrong' : 'correct');
    this.#set(`${p}.latency`, formatTimespan(now - this.#lastStepAt));
    if (rule) this.#set(`${p}.objectives.0.id`, toIdentifier(rule));
    this.#lastStepAt = now;
    this.#next = n + 1;
    this.#written = index + 1;
  }

  /**
   * The page is going away: the time spent, a commit, and LMSFinish with exit=suspend, which
   * ends this session and keeps the attempt suspended (SCORM 1.2 RTE: a SCO calls LMSFinish
   * once per session before it unloads; LMSs that never hear it mark the session abandoned).
   * `persisted` (the page goes into the back/forward cache and may come back): commit only.
   */
  pagehide(persisted = false): void {
    if (!this.#started || this.#finished || this.#broken) return;
    this.#set('cmi.core.session_time', formatTimespan(this.#now() - this.#sessionStart));
    this.#call('LMSCommit');
    if (persisted) return;
    this.#finished = true;
    this.#call('LMSFinish');
  }
}
