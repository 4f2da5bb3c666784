import type { Mistake, OutcomeResult } from './run';

/** A test passes at 80 %. */
export const PASS_MARK = 80;

export interface Score {
  /** 0–100: the share of steps done without a mistake. */
  score: number;
  passed: boolean;
  /** Step indexes with at least one mistake (or never reached, after giving up). */
  failedSteps: number[];
  /** Every fact of the expected outcome held (true when the walkthrough names none). */
  outcomeMet: boolean;
}

/** The facts whose value differs from the goal's. */
export function missedOutcome(outcome: readonly OutcomeResult[] | undefined): OutcomeResult[] {
  return (outcome ?? []).filter((f) => f.actual !== f.expected);
}

/**
 * A step counts when it was completed without any mistake; giving up fails the step it happened
 * on and every step after it. Help asked for does not exist in test mode, so it is not counted.
 */
export function scoreRun(
  stepCount: number,
  mistakes: readonly Mistake[],
  completedSteps: number,
  outcome?: readonly OutcomeResult[],
): Score {
  const outcomeMet = missedOutcome(outcome).length === 0;
  if (stepCount <= 0) return { score: 0, passed: false, failedSteps: [], outcomeMet };
  const failed = new Set<number>();
  for (const m of mistakes) if (m.step >= 0 && m.step < stepCount) failed.add(m.step);
  for (let i = Math.max(0, completedSteps); i < stepCount; i++) failed.add(i);
  const failedSteps = [...failed].sort((a, b) => a - b);
  const score = Math.round((100 * (stepCount - failedSteps.length)) / stepCount);
  // A test whose outcome differs from the goal fails, whatever the step count says (issue 11):
  // a new hire who granted Global admin by mistake has not passed.
  return { score, passed: score >= PASS_MARK && outcomeMet, failedSteps, outcomeMet };
}
