import type { Edition } from '../../domain/edition';
import type { LearnersDB, CheckpointRow } from './learnersDb';
import type { Mistake, Mode, OutcomeResult, Pace, Run } from './run';
import { scoreRun } from './scoring';
import type { Language } from '../../i18n/languages';
import { checkText } from '../../domain/textInput';

// Every change to a learner's progress happens here, each in one transaction.

export const LEARNER_NAME_MAX = 64;

/** A local learner name: typed text, so it is checked like every other form field. */
export function checkLearnerName(name: string) {
  return checkText(name, { required: true, max: LEARNER_NAME_MAX });
}

export async function learnerName(db: LearnersDB): Promise<string> {
  return (await db.settings.get('learner'))?.value ?? '';
}

export async function setLearnerName(
  db: LearnersDB,
  name: string,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  const problem = checkLearnerName(name);
  if (problem) return { ok: false, problem };
  await db.settings.put({ key: 'learner', value: name.trim() });
  return { ok: true };
}

// The one read every start makes lives apart, so the first view loads only it (issue 19).
export { activeRun } from './activeRun';

export interface NewRun {
  id: string;
  slug: string;
  mode: Mode;
  lang: Language;
  embed: boolean;
  pace: Pace;
  stepCount: number;
  returnPersona: string | null;
  now: number;
  /** The walkthrough's edition (issue 16); a 2020 run is stored without it, as it always was. */
  edition?: Edition;
}

/** Starts a run: it becomes the active one; an unfinished run of the same walkthrough is abandoned (its world is about to be reset). */
export async function startRun(db: LearnersDB, input: NewRun): Promise<Run> {
  return db.transaction('rw', db.settings, db.runs, db.checkpoints, async () => {
    const learner = (await db.settings.get('learner'))?.value ?? '';
    const open = await db.runs
      .where('slug')
      .equals(input.slug)
      .filter((r) => r.status === 'active' || r.status === 'paused')
      .toArray();
    for (const r of open) {
      await db.runs.update(r.id, { status: 'abandoned', ...stopClock(r, input.now) });
      await db.checkpoints.where('runId').equals(r.id).delete();
    }
    // Another walkthrough left active is paused, not lost: its world is its own.
    const previous = (await db.settings.get('active'))?.value;
    if (previous) {
      const r = await db.runs.get(previous);
      if (r?.status === 'active')
        await db.runs.update(r.id, { status: 'paused', ...stopClock(r, input.now) });
    }
    const run: Run = {
      id: input.id,
      slug: input.slug,
      mode: input.mode,
      lang: input.lang,
      embed: input.embed,
      pace: input.pace,
      learner,
      status: 'active',
      step: 0,
      stepCount: input.stepCount,
      helpLevel: 0,
      mistakes: [],
      startedAt: input.now,
      elapsedMs: 0,
      activeSince: input.now,
      returnPersona: input.returnPersona,
      ...(input.edition && input.edition !== '2020' ? { edition: input.edition } : {}),
    };
    await db.runs.add(run);
    await db.settings.put({ key: 'active', value: run.id });
    return run;
  });
}

function stopClock(run: Run, now: number): Pick<Run, 'elapsedMs' | 'activeSince'> {
  return {
    elapsedMs:
      run.elapsedMs + (run.activeSince !== undefined ? Math.max(0, now - run.activeSince) : 0),
    activeSince: undefined,
  };
}

/** Makes a paused run active again (Continue in the catalogue). */
export async function resumeRun(
  db: LearnersDB,
  runId: string,
  now: number,
  options: { embed?: boolean; lang?: Language } = {},
): Promise<Run | undefined> {
  return db.transaction('rw', db.settings, db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run || (run.status !== 'paused' && run.status !== 'active')) return undefined;
    const previous = (await db.settings.get('active'))?.value;
    if (previous && previous !== runId) {
      const r = await db.runs.get(previous);
      if (r?.status === 'active')
        await db.runs.update(r.id, { status: 'paused', ...stopClock(r, now) });
    }
    const changes: Partial<Run> = {
      status: 'active',
      activeSince: run.status === 'active' ? run.activeSince : now,
    };
    if (options.embed !== undefined) changes.embed = options.embed;
    if (options.lang !== undefined) changes.lang = options.lang;
    await db.runs.update(runId, changes);
    await db.settings.put({ key: 'active', value: runId });
    return { ...run, ...changes };
  });
}

export async function pauseRun(db: LearnersDB, runId: string, now: number): Promise<void> {
  await db.transaction('rw', db.settings, db.runs, async () => {
    const run = await db.runs.get(runId);
    if (run?.status === 'active')
      await db.runs.update(runId, { status: 'paused', ...stopClock(run, now) });
    if ((await db.settings.get('active'))?.value === runId) await db.settings.delete('active');
  });
}

export async function recordMistake(
  db: LearnersDB,
  runId: string,
  mistake: Mistake,
): Promise<Run | undefined> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || mistake.step !== run.step) return run;
    const changes = {
      mistakes: [...run.mistakes, mistake],
      helpLevel: Math.min(3, run.helpLevel + 1),
    };
    await db.runs.update(runId, changes);
    return { ...run, ...changes };
  });
}

/** The learner asked for more help (practice mode only: test mode gives none). */
export async function raiseHelp(
  db: LearnersDB,
  runId: string,
  level: number,
): Promise<Run | undefined> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.mode === 'test' || level <= run.helpLevel) return run;
    const changes = { helpLevel: Math.min(3, level) };
    await db.runs.update(runId, changes);
    return { ...run, ...changes };
  });
}

/** The step `from` is done: go to the next one, or finish the run (a test gets its score). */
export async function completeStep(
  db: LearnersDB,
  runId: string,
  from: number,
  now: number,
  outcome?: OutcomeResult[],
): Promise<Run | undefined> {
  return db.transaction('rw', db.settings, db.runs, db.checkpoints, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.step !== from) return run;
    const step = from + 1;
    if (step < run.stepCount) {
      await db.runs.update(runId, { step, helpLevel: 0 });
      return { ...run, step, helpLevel: 0 };
    }
    return finish(db, run, step, now, outcome);
  });
}

/**
 * The coach saw a `seen` outcome fact (issue 11: the agreement opened before accepting): kept
 * on the run so the end of the run, even after a reload, judges it.
 */
export async function recordSeen(
  db: LearnersDB,
  runId: string,
  factId: string,
): Promise<Run | undefined> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.seen?.includes(factId)) return run;
    const changes = { seen: [...(run.seen ?? []), factId] };
    await db.runs.update(runId, changes);
    return { ...run, ...changes };
  });
}

/**
 * Test mode: the goal can no longer be reached in this run (issue 11: the invitation was
 * cancelled, the link sent without the personal link). The attempt ends with that reason, a
 * `deadEnd` mistake naming it; the steps not done count as failed, as after giving up.
 */
export async function endAtDeadEnd(
  db: LearnersDB,
  runId: string,
  stepId: string,
  deadEndId: string,
  now: number,
  outcome?: OutcomeResult[],
): Promise<Run | undefined> {
  return db.transaction('rw', db.settings, db.runs, db.checkpoints, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.mode !== 'test') return run;
    const withReason = {
      ...run,
      mistakes: [
        ...run.mistakes,
        { step: run.step, stepId, kind: 'deadEnd' as const, detail: deadEndId, at: now },
      ],
    };
    return finish(db, withReason, run.step, now, outcome);
  });
}

/** Test mode: the learner stops; the steps not done count as failed. */
export async function giveUp(
  db: LearnersDB,
  runId: string,
  stepId: string,
  now: number,
  outcome?: OutcomeResult[],
): Promise<Run | undefined> {
  return db.transaction('rw', db.settings, db.runs, db.checkpoints, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active') return run;
    const withGiveUp = {
      ...run,
      mistakes: [...run.mistakes, { step: run.step, stepId, kind: 'gaveUp' as const, at: now }],
    };
    return finish(db, withGiveUp, run.step, now, outcome);
  });
}

async function finish(
  db: LearnersDB,
  run: Run,
  completed: number,
  now: number,
  outcome?: OutcomeResult[],
): Promise<Run> {
  const scored =
    run.mode === 'test' ? scoreRun(run.stepCount, run.mistakes, completed, outcome) : undefined;
  const finished: Run = {
    ...run,
    ...stopClock(run, now),
    step: completed,
    status: 'finished',
    finishedAt: now,
    helpLevel: 0,
    score: scored?.score,
    passed: scored?.passed,
    ...(outcome ? { outcome } : {}),
  };
  await db.runs.put(finished);
  if ((await db.settings.get('active'))?.value === run.id) await db.settings.delete('active');
  await db.checkpoints.where('runId').equals(run.id).delete();
  return finished;
}

/** Back to the previous step (watch and practice): the caller restores its checkpoint's world. */
export async function stepBack(
  db: LearnersDB,
  runId: string,
): Promise<{ run: Run; checkpoint: CheckpointRow } | undefined> {
  return db.transaction('rw', db.runs, db.checkpoints, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.step === 0 || run.mode === 'test') return undefined;
    const checkpoint = await db.checkpoints.get([runId, run.step - 1]);
    if (!checkpoint) return undefined;
    await db.checkpoints
      .where('[runId+step]')
      .between([runId, run.step], [runId, Infinity])
      .delete();
    const changes = { step: run.step - 1, helpLevel: 0 };
    await db.runs.update(runId, changes);
    return { run: { ...run, ...changes }, checkpoint };
  });
}

/**
 * After a reload: step `from` lived in UI state the reload closed (a dialog), so the run goes
 * back to the step that opens it, with the world as it is (issue 11). Later checkpoints go.
 */
export async function rewindStep(
  db: LearnersDB,
  runId: string,
  from: number,
): Promise<Run | undefined> {
  return db.transaction('rw', db.runs, db.checkpoints, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.step !== from || from === 0) return run;
    await db.checkpoints.where('[runId+step]').between([runId, from], [runId, Infinity]).delete();
    const changes = { step: from - 1, helpLevel: 0 };
    await db.runs.update(runId, changes);
    return { ...run, ...changes };
  });
}

export async function saveCheckpoint(db: LearnersDB, checkpoint: CheckpointRow): Promise<void> {
  await db.checkpoints.put(checkpoint);
}

export async function hasCheckpoint(db: LearnersDB, runId: string, step: number): Promise<boolean> {
  return (await db.checkpoints.where('[runId+step]').equals([runId, step]).count()) > 0;
}

/** The page the learner is on, to resume there. Returns the run as stored. */
export async function rememberPath(
  db: LearnersDB,
  runId: string,
  path: string,
): Promise<Run | undefined> {
  return db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run || run.status !== 'active' || run.path === path) return run;
    await db.runs.update(runId, { path });
    return { ...run, path };
  });
}

export async function listRuns(db: LearnersDB): Promise<Run[]> {
  return db.runs.orderBy('startedAt').toArray();
}

/** The learner's latest unfinished run of a walkthrough in a mode, if any. */
export async function openRunOf(
  db: LearnersDB,
  slug: string,
  mode: Mode,
): Promise<Run | undefined> {
  const runs = await db.runs
    .where('slug')
    .equals(slug)
    .filter((r) => r.mode === mode && (r.status === 'active' || r.status === 'paused'))
    .sortBy('startedAt');
  return runs.at(-1);
}

export async function getRun(db: LearnersDB, runId: string): Promise<Run | undefined> {
  return db.runs.get(runId);
}

/** Forget every result and the learner name (the worlds of walkthroughs are reset when next started). */
export async function resetProgress(db: LearnersDB): Promise<void> {
  await db.transaction('rw', db.settings, db.runs, db.checkpoints, async () => {
    await Promise.all([db.settings.clear(), db.runs.clear(), db.checkpoints.clear()]);
  });
}
