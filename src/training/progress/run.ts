import type { Edition } from '../../domain/edition';
import type { Language } from '../../i18n/languages';
import type { EntraRole, LeastPrivilegeReason } from '../../domain/entraRoles';

// A learner's attempt at a walkthrough, as stored in the learners database.

export const MODES = ['watch', 'practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

export const PACES = ['slow', 'normal', 'fast'] as const;
export type Pace = (typeof PACES)[number];
/** Milliseconds the coach waits before each action in watch mode: readable, not sleepy. */
export const PACE_MS: Record<Pace, number> = { slow: 2200, normal: 1200, fast: 250 };

/**
 * `deadEnd`: a test ended because its goal could no longer be reached in the run (issue 11);
 * its detail is the walkthrough's dead-end id (the invitation cancelled, the link not sent).
 */
export type MistakeKind = 'wrongControl' | 'rule' | 'gaveUp' | 'deadEnd';

export interface Mistake {
  /** Index of the step the learner was on. */
  step: number;
  stepId: string;
  kind: MistakeKind;
  /** The control's visible name (wrongControl) or the rule id (rule). Text, never HTML. */
  detail?: string;
  at: number;
}

/** One fact of the walkthrough's expected outcome, as the learner's world showed it at the end. */
export interface OutcomeResult {
  id: string;
  expected: boolean;
  actual: boolean;
  /**
   * R-GDAP-11, a least-privilege fact: `actual` is whether the roles were least-privileged.
   * Roles that can do the task (`sufficient`) reach the goal even when `actual` is false; the run
   * then loses only these points, and the page says why (`reason`, `suggested`).
   */
  leastPrivilege?: { sufficient: boolean; reason: LeastPrivilegeReason; suggested: EntraRole[] };
}

export type RunStatus = 'active' | 'paused' | 'finished' | 'abandoned';

export interface Run {
  id: string;
  slug: string;
  mode: Mode;
  lang: Language;
  embed: boolean;
  pace: Pace;
  learner: string;
  status: RunStatus;
  /** The step the learner is on (== stepCount once finished). */
  step: number;
  stepCount: number;
  /** Help given on the current step: 0 none, 1 hint, 2 the control's name, 3 the control highlighted. */
  helpLevel: number;
  mistakes: Mistake[];
  startedAt: number;
  finishedAt?: number;
  /** Time spent with the run open, in ms (a paused run's clock stops). */
  elapsedMs: number;
  /** When the current stretch of activity began (to add to elapsedMs). */
  activeSince?: number;
  /** Set when a test run finishes: 0–100 and whether it reached the pass mark. */
  score?: number;
  passed?: boolean;
  /** The expected outcome against the world at the end (set when the run finishes). */
  outcome?: OutcomeResult[];
  /**
   * The ids of the walkthrough's `seen` outcome facts the coach saw during the run (a
   * documented action the world does not keep: the agreement opened before accepting).
   */
  seen?: string[];
  /** The learner's own persona, given back when the walkthrough ends. */
  returnPersona?: string | null;
  /** Where the learner last was in the walkthrough's world (route path), to resume there. */
  path?: string;
  /** The walkthrough's edition (issue 16); absent: 2020. */
  edition?: Edition;
}
