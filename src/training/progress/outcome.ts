import type { AppDB } from '../../db/AppDB';
import type { DeadEnd, OutcomeFact, Walkthrough } from '../types';
import type { EntraRole } from '../../domain/entraRoles';
import type { OutcomeResult } from './run';
import { R_GDAP_11_scoreRoles } from '../../domain/entraRoles';

/**
 * Reads each fact of the walkthrough's expected outcome from its world (issue 11: the score
 * judges what was done, not that the steps went by). A fact that cannot be read counts as
 * not reached, never as reached.
 *
 * `seen` is the ids of the facts the coach saw during the run (a documented action the world
 * does not keep, e.g. the agreement opened before accepting). While a run records none (the
 * argument is omitted), those facts are left out rather than counted either way.
 */
export async function readOutcome(
  walkthrough: Walkthrough,
  db: AppDB,
  seen?: readonly string[],
): Promise<OutcomeResult[] | undefined> {
  if (!walkthrough.outcome?.length) return undefined;
  const results: OutcomeResult[] = [];
  for (const fact of walkthrough.outcome) {
    let actual: boolean;
    if (fact.leastPrivilege) {
      results.push(await leastPrivilegeResult(fact.id, fact.leastPrivilege, db));
      continue;
    }
    if (fact.seen) {
      if (seen === undefined) continue;
      actual = seen.includes(fact.id);
    } else {
      try {
        actual = fact.actual ? (await fact.actual(db)) === true : !fact.expected;
      } catch {
        actual = !fact.expected;
      }
    }
    results.push({ id: fact.id, expected: fact.expected, actual });
  }
  return results;
}

/** R-GDAP-11: the chosen roles scored for the task; unreadable roles count as none chosen. */
async function leastPrivilegeResult(
  id: string,
  fact: NonNullable<OutcomeFact['leastPrivilege']>,
  db: AppDB,
): Promise<OutcomeResult> {
  let roles: readonly EntraRole[];
  try {
    roles = await fact.roles(db);
  } catch {
    roles = [];
  }
  const score = R_GDAP_11_scoreRoles(fact.task, roles);
  return {
    id,
    expected: true,
    actual: score.leastPrivileged,
    leastPrivilege: {
      sufficient: score.sufficient,
      reason: score.reason,
      suggested: [...score.suggested],
    },
  };
}

/**
 * The facts a coach should watch for on this step: those whose workflow runs here. The coach
 * records a fact's id once `runningWorkflow(seen.machine)` shows `seen.flag` true.
 */
export function factsToWatch(
  walkthrough: Walkthrough,
): { id: string; machine: string; flag: string }[] {
  return (walkthrough.outcome ?? []).flatMap((f) =>
    f.seen ? [{ id: f.id, machine: f.seen.machine, flag: f.seen.flag }] : [],
  );
}

/**
 * The dead end the learner is in on step `index` (issue 11), if any: the first of the
 * walkthrough's dead ends that applies to the step and whose condition holds. A condition
 * that cannot be read is not a dead end (the coach keeps the step's own instruction).
 */
export async function deadEndAt(
  walkthrough: Walkthrough,
  index: number,
  db: AppDB,
  personaId: string | undefined,
): Promise<DeadEnd | undefined> {
  const step = walkthrough.steps[index];
  if (!step) return undefined;
  for (const end of walkthrough.deadEnds ?? []) {
    const from = walkthrough.steps.findIndex((s) => s.id === end.from);
    const until =
      end.until === undefined
        ? walkthrough.steps.length - 1
        : walkthrough.steps.findIndex((s) => s.id === end.until);
    if (from < 0 || until < 0 || index < from || index > until) continue;
    try {
      if ((await end.when(db, { personaId, step })) === true) return end;
    } catch {
      // unreadable: not a dead end
    }
  }
  return undefined;
}
