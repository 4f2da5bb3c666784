import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import type { OutcomeResult } from './run';

/**
 * Reads each fact of the walkthrough's expected outcome from its world (issue 11: the score
 * judges what was done, not that the steps went by). A fact that cannot be read counts as
 * not reached, never as reached.
 */
export async function readOutcome(
  walkthrough: Walkthrough,
  db: AppDB,
): Promise<OutcomeResult[] | undefined> {
  if (!walkthrough.outcome?.length) return undefined;
  const results: OutcomeResult[] = [];
  for (const fact of walkthrough.outcome) {
    let actual: boolean;
    try {
      actual = (await fact.actual(db)) === true;
    } catch {
      actual = !fact.expected;
    }
    results.push({ id: fact.id, expected: fact.expected, actual });
  }
  return results;
}
