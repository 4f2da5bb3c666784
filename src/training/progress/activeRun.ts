import type { LearnersDB } from './learnersDb';
import type { Run } from './run';

// Asked by every start (is a walkthrough running? src/training/trainingSession.svelte.ts): kept
// out of progressRepository.ts, which the first view does not load (issue 19).

/** The run the learner has open, if it is still active. */
export async function activeRun(db: LearnersDB): Promise<Run | undefined> {
  return db.transaction('r', db.settings, db.runs, async () => {
    const id = (await db.settings.get('active'))?.value;
    const run = id ? await db.runs.get(id) : undefined;
    return run?.status === 'active' ? run : undefined;
  });
}
