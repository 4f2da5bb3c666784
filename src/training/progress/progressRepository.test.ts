import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LearnersDB } from './learnersDb';
import * as progress from './progressRepository';
import type { NewRun } from './progressRepository';

// Progress survives a reload because every change is one transaction in the learners database.

let db: LearnersDB;
let n = 0;
beforeEach(async () => {
  db = new LearnersDB(`learners-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const newRun = (over: Partial<NewRun> = {}): NewRun => ({
  id: 'run_a',
  slug: 'remove-roles',
  mode: 'test',
  lang: 'en',
  embed: false,
  pace: 'normal',
  stepCount: 4,
  returnPersona: 'u-megan',
  now: 1000,
  ...over,
});

describe('learner progress', () => {
  it('refuses a bad learner name and stores nothing', async () => {
    expect(await progress.setLearnerName(db, '   ')).toEqual({ ok: false, problem: 'required' });
    expect(await progress.setLearnerName(db, 'x'.repeat(65))).toEqual({
      ok: false,
      problem: 'tooLong',
    });
    expect(await progress.learnerName(db)).toBe('');
    // Text stays text (issue 17): angle brackets are characters of a name, stored verbatim.
    expect(await progress.setLearnerName(db, 'Sizes <small> to <large>')).toEqual({ ok: true });
    expect(await progress.learnerName(db)).toBe('Sizes <small> to <large>');
    expect(await progress.setLearnerName(db, '  Ирина Петрова ')).toEqual({ ok: true });
    expect(await progress.learnerName(db)).toBe('Ирина Петрова');
  });

  it('starts a run as the active one, with the learner name, and resumes it from storage', async () => {
    await progress.setLearnerName(db, 'Lee');
    const run = await progress.startRun(db, newRun());
    expect(run).toMatchObject({
      status: 'active',
      step: 0,
      learner: 'Lee',
      returnPersona: 'u-megan',
    });
    // What a reload finds: a new database object on the same storage.
    const reopened = new LearnersDB(db.name);
    expect((await progress.activeRun(reopened))?.id).toBe('run_a');
    reopened.close();
  });

  it('moves step by step, records mistakes on the current step only, and scores at the end', async () => {
    await progress.startRun(db, newRun());
    await progress.recordMistake(db, 'run_a', {
      step: 0,
      stepId: 'a',
      kind: 'wrongControl',
      at: 1,
    });
    expect((await progress.getRun(db, 'run_a'))?.helpLevel).toBe(1);
    await progress.completeStep(db, 'run_a', 0, 2000);
    // A stale mistake for a step already left is ignored.
    await progress.recordMistake(db, 'run_a', {
      step: 0,
      stepId: 'a',
      kind: 'wrongControl',
      at: 2,
    });
    // Completing the same step twice (two tabs, a double event) moves once.
    await progress.completeStep(db, 'run_a', 0, 2000);
    expect((await progress.getRun(db, 'run_a'))?.step).toBe(1);
    await progress.recordMistake(db, 'run_a', {
      step: 1,
      stepId: 'b',
      kind: 'rule',
      detail: 'R-MPR-1',
      at: 3,
    });
    for (const from of [1, 2, 3]) await progress.completeStep(db, 'run_a', from, 5000);
    const done = await progress.getRun(db, 'run_a');
    expect(done).toMatchObject({
      status: 'finished',
      step: 4,
      score: 50,
      passed: false,
      finishedAt: 5000,
      elapsedMs: 4000,
    });
    expect(done?.mistakes.map((m) => m.step)).toEqual([0, 1]);
    expect(await progress.activeRun(db)).toBeUndefined();
  });

  it('a practice run finishes without a score', async () => {
    await progress.startRun(db, newRun({ mode: 'practice', stepCount: 1 }));
    const done = await progress.completeStep(db, 'run_a', 0, 1500);
    expect(done).toMatchObject({ status: 'finished', score: undefined, passed: undefined });
  });

  it('giving up fails the rest of the test', async () => {
    await progress.startRun(db, newRun());
    await progress.completeStep(db, 'run_a', 0, 1100);
    const done = await progress.giveUp(db, 'run_a', 'b', 1200);
    expect(done).toMatchObject({ status: 'finished', step: 1, score: 25, passed: false });
  });

  // Issue 11: a test whose goal is out of reach ends there, the reason stored as its last mistake.
  it('a dead end ends a test with its reason and fails the rest; practice runs are not ended', async () => {
    await progress.startRun(db, newRun());
    await progress.completeStep(db, 'run_a', 0, 1100);
    const done = await progress.endAtDeadEnd(db, 'run_a', 'b', 'invitation-cancelled', 1200, [
      { id: 'dap-granted', expected: true, actual: false },
    ]);
    expect(done).toMatchObject({ status: 'finished', step: 1, score: 25, passed: false });
    expect(done?.mistakes.at(-1)).toMatchObject({
      kind: 'deadEnd',
      step: 1,
      stepId: 'b',
      detail: 'invitation-cancelled',
    });
    expect(done?.outcome).toEqual([{ id: 'dap-granted', expected: true, actual: false }]);
    await progress.startRun(db, newRun({ id: 'run_p', mode: 'practice' }));
    expect(
      await progress.endAtDeadEnd(db, 'run_p', 'a', 'invitation-cancelled', 1300),
    ).toMatchObject({ status: 'active' });
  });

  // Issue 11: a documented action the world does not keep (the agreement read) is kept on the run.
  it('records a seen fact once, on an active run only', async () => {
    await progress.startRun(db, newRun());
    await progress.recordSeen(db, 'run_a', 'read-agreement');
    await progress.recordSeen(db, 'run_a', 'read-agreement');
    expect((await progress.getRun(db, 'run_a'))?.seen).toEqual(['read-agreement']);
    await progress.giveUp(db, 'run_a', 'a', 1200);
    await progress.recordSeen(db, 'run_a', 'other');
    expect((await progress.getRun(db, 'run_a'))?.seen).toEqual(['read-agreement']);
  });

  it('pausing stops the clock; starting the same walkthrough again abandons the old run; another one is paused', async () => {
    await progress.startRun(db, newRun());
    await progress.pauseRun(db, 'run_a', 4000);
    expect(await progress.getRun(db, 'run_a')).toMatchObject({ status: 'paused', elapsedMs: 3000 });
    expect(await progress.activeRun(db)).toBeUndefined();
    await progress.resumeRun(db, 'run_a', 10_000);
    await progress.startRun(db, newRun({ id: 'run_b', slug: 'add-user', now: 11_000 }));
    expect(await progress.getRun(db, 'run_a')).toMatchObject({ status: 'paused', elapsedMs: 4000 });
    await progress.startRun(db, newRun({ id: 'run_c', now: 12_000 }));
    expect((await progress.getRun(db, 'run_a'))?.status).toBe('abandoned');
    expect((await progress.getRun(db, 'run_b'))?.status).toBe('paused');
    expect((await progress.activeRun(db))?.id).toBe('run_c');
  });

  it('help can be raised in practice but never in a test', async () => {
    await progress.startRun(db, newRun({ mode: 'practice' }));
    await progress.raiseHelp(db, 'run_a', 3);
    expect((await progress.getRun(db, 'run_a'))?.helpLevel).toBe(3);
    await progress.startRun(db, newRun({ id: 'run_t', mode: 'test' }));
    await progress.raiseHelp(db, 'run_t', 3);
    expect((await progress.getRun(db, 'run_t'))?.helpLevel).toBe(0);
  });

  it('steps back to the checkpoint of the previous step, except in a test', async () => {
    await progress.startRun(db, newRun({ mode: 'practice' }));
    const world = { meta: { key: 'world' } } as never;
    await progress.saveCheckpoint(db, {
      runId: 'run_a',
      step: 0,
      world,
      snapshots: [],
      path: 'admin-center',
      persona: 'u-enrico',
    });
    await progress.completeStep(db, 'run_a', 0, 1500);
    await progress.saveCheckpoint(db, {
      runId: 'run_a',
      step: 1,
      world,
      snapshots: [],
      path: 'x',
      persona: 'u-enrico',
    });
    const back = await progress.stepBack(db, 'run_a');
    expect(back?.run.step).toBe(0);
    expect(back?.checkpoint.path).toBe('admin-center');
    expect(await progress.hasCheckpoint(db, 'run_a', 1)).toBe(false);
    expect(await progress.stepBack(db, 'run_a')).toBeUndefined();
  });

  it('reset forgets every result and the name', async () => {
    await progress.setLearnerName(db, 'Lee');
    await progress.startRun(db, newRun());
    await progress.resetProgress(db);
    expect(await progress.listRuns(db)).toEqual([]);
    expect(await progress.learnerName(db)).toBe('');
  });
});

describe('a trainer link finds the open run', () => {
  it('the latest active or paused run of that walkthrough and mode, never a finished one', async () => {
    // One walkthrough has one world copy, so starting it again abandons its open run: finish the test first.
    await progress.startRun(db, newRun({ id: 't1', mode: 'test', stepCount: 1, now: 1 }));
    await progress.completeStep(db, 't1', 0, 2);
    await progress.startRun(db, newRun({ id: 'p1', mode: 'practice', now: 3 }));
    await progress.pauseRun(db, 'p1', 4);
    expect((await progress.openRunOf(db, 'remove-roles', 'practice'))?.id).toBe('p1');
    expect(await progress.openRunOf(db, 'remove-roles', 'test')).toBeUndefined();
    expect(await progress.openRunOf(db, 'add-user', 'practice')).toBeUndefined();
  });
});

// One source of truth for a run (issue 13): every change answers with the run as stored, so the
// training session shows what the database holds and never a copy it patched itself.
describe('every change answers with the stored run', () => {
  it('help and the remembered page are stored before they are shown', async () => {
    await progress.startRun(db, newRun({ mode: 'practice' }));
    expect((await progress.raiseHelp(db, 'run_a', 3))?.helpLevel).toBe(3);
    expect((await progress.raiseHelp(db, 'run_a', 1))?.helpLevel).toBe(3);
    expect((await progress.rememberPath(db, 'run_a', 'mail'))?.path).toBe('mail');
    expect(await progress.getRun(db, 'run_a')).toMatchObject({ helpLevel: 3, path: 'mail' });
    // A test gives no help: the answer is the unchanged run.
    await progress.startRun(db, newRun({ id: 'run_t', slug: 'accept-mca' }));
    expect((await progress.raiseHelp(db, 'run_t', 2))?.helpLevel).toBe(0);
  });

  it('a reload that closed a dialog rewinds the run one step, from the step it is on only', async () => {
    await progress.startRun(db, newRun({ mode: 'practice' }));
    await progress.completeStep(db, 'run_a', 0, 1100);
    await progress.completeStep(db, 'run_a', 1, 1200);
    await progress.raiseHelp(db, 'run_a', 2);
    // A stale rewind (the run is no longer on step 1) changes nothing.
    expect((await progress.rewindStep(db, 'run_a', 1))?.step).toBe(2);
    const rewound = await progress.rewindStep(db, 'run_a', 2);
    expect(rewound).toMatchObject({ step: 1, helpLevel: 0 });
    expect(await progress.getRun(db, 'run_a')).toMatchObject({ step: 1, helpLevel: 0 });
    await progress.completeStep(db, 'run_a', 1, 1300);
    await progress.completeStep(db, 'run_a', 2, 1400);
    await progress.completeStep(db, 'run_a', 3, 1500);
    expect((await progress.rewindStep(db, 'run_a', 3))?.status).toBe('finished');
  });
});
