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

/**
 * The facts whose value differs from the goal's. A least-privilege fact (R-GDAP-11) whose roles
 * can do the task is not among them: the goal is reached, only its points are lost.
 */
export function missedOutcome(outcome: readonly OutcomeResult[] | undefined): OutcomeResult[] {
  return (outcome ?? []).filter(
    (f) => f.actual !== f.expected && !(f.leastPrivilege && f.leastPrivilege.sufficient),
  );
}

/** R-GDAP-11: the least-privilege facts of a run, and how many of them held. */
export function leastPrivilegePoints(outcome: readonly OutcomeResult[] | undefined): {
  total: number;
  held: number;
} {
  const facts = (outcome ?? []).filter((f) => f.leastPrivilege);
  return { total: facts.length, held: facts.filter((f) => f.actual === f.expected).length };
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
  // R-GDAP-11: each least-privilege fact counts as one more scored item beside the steps.
  const points = leastPrivilegePoints(outcome);
  const score = Math.round(
    (100 * (stepCount - failedSteps.length + points.held)) / (stepCount + points.total),
  );
  // A test whose outcome differs from the goal fails, whatever the step count says (issue 11):
  // a new hire who granted Global admin by mistake has not passed.
  return { score, passed: score >= PASS_MARK && outcomeMet, failedSteps, outcomeMet };
}
