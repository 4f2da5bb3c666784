import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import {
  coachMachine,
  LINGER_MS,
  NEXT_DELAY_MS,
  type CoachInput,
  type PlayResult,
  type StepAnswer,
} from './coach.machine';
import { readingMs } from './watchTiming';
import { edges, machinePaths, stateValue } from '../../../test/machinePaths';

// The coach as a machine (issue 13): the view provides the actors that touch the page and
// storage; here they are recorded, and the machine's own decisions are checked.

const STEPS = 3;
const PACE = 1200;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Play {
  input: { index: number; firstDelay: number; paceMs: number };
  aborted: boolean;
  finish(result: PlayResult): void;
}

function harness(
  input: Partial<CoachInput> = {},
  options: {
    lostUiState?: Promise<boolean> | boolean;
    read?: (args: { context: { index: number } }) => number;
  } = {},
) {
  const calls: { name: string; input: unknown }[] = [];
  const plays: Play[] = [];
  const mistakes: { kind: string; detail?: string }[] = [];
  const helpSaved: number[] = [];
  let refuseComplete = false;
  const answer = (name: string, next: (index: number) => StepAnswer | undefined) =>
    fromPromise<StepAnswer | undefined, { index: number }>(async ({ input }) => {
      calls.push({ name, input });
      return next(input.index);
    });
  const machine = coachMachine.provide({
    actors: {
      enterStep: fromPromise(async ({ input }) => {
        calls.push({ name: 'enterStep', input });
        return { startPath: `page-${input.index}` };
      }),
      completeStep: answer('completeStep', (i) =>
        refuseComplete ? undefined : { step: i + 1, finished: i + 1 >= STEPS },
      ),
      stepBack: answer('stepBack', (i) => ({ step: i - 1, finished: false })),
      rewind: answer('rewind', (i) => ({ step: i - 1, finished: false })),
      lostUiState: fromPromise<boolean, { index: number }>(async ({ input }) => {
        calls.push({ name: 'lostUiState', input });
        return (await options.lostUiState) === true;
      }),
      giveUp: answer('giveUp', (i) => ({ step: i, finished: true })),
      endAtDeadEnd: fromPromise<StepAnswer | undefined, { index: number; id: string }>(
        async ({ input }) => {
          calls.push({ name: 'endAtDeadEnd', input });
          return { step: input.index, finished: true };
        },
      ),
      showResults: fromPromise(async () => {
        calls.push({ name: 'showResults', input: undefined });
      }),
      play: fromPromise<PlayResult, Play['input']>(
        ({ input, signal }) =>
          new Promise<PlayResult>((resolve) => {
            const play: Play = { input, aborted: false, finish: resolve };
            signal.addEventListener('abort', () => (play.aborted = true));
            plays.push(play);
          }),
      ),
    },
    ...(options.read ? { delays: { READ: options.read } } : {}),
    actions: {
      recordMistake: (_, params) => void mistakes.push(params),
      saveHelp: (_, params) => void helpSaved.push(params.level),
    },
  });
  const clock = new SimulatedClock();
  const actor = createActor(machine, {
    clock,
    input: {
      mode: 'practice',
      step: 0,
      stepCount: STEPS,
      helpLevel: 0,
      finished: false,
      resumed: false,
      paceMs: PACE,
      ...input,
    },
  }).start();
  return {
    actor,
    clock,
    calls,
    plays,
    mistakes,
    helpSaved,
    refuse: () => (refuseComplete = true),
    snap: () => actor.getSnapshot(),
    named: (name: string) => calls.filter((c) => c.name === name).map((c) => c.input),
  };
}

describe('coach machine: entering and completing steps', () => {
  it('enters the first step in place, later steps may navigate to their start page', async () => {
    const h = harness();
    await flush();
    expect(h.snap().hasTag('step')).toBe(true);
    expect(h.snap().context.startPath).toBe('page-0');
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.snap().context.index).toBe(1);
    expect(h.named('enterStep')).toEqual([
      { index: 0, navigate: false },
      { index: 1, navigate: true },
    ]);
  });

  it('a late "done" about the previous step never completes the step on screen', async () => {
    const h = harness({ step: 1 });
    await flush();
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.named('completeStep')).toEqual([]);
    expect(h.snap().context.index).toBe(1);
  });

  it('the repository refusing a completion leaves the coach on the step', async () => {
    const h = harness();
    await flush();
    h.refuse();
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.named('completeStep')).toEqual([{ index: 0 }]);
    expect(h.snap().context.index).toBe(0);
    expect(h.snap().hasTag('step')).toBe(true);
    // Not asked again (the page still says done): no loop against a run stopped elsewhere.
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.named('completeStep')).toHaveLength(1);
  });

  it('the last step finishes the run; practice shows the end, a test leaves for its results', async () => {
    const practice = harness({ step: STEPS - 1 });
    await flush();
    practice.actor.send({ type: 'step.done', index: STEPS - 1 });
    await flush();
    expect(practice.snap().hasTag('finished')).toBe(true);
    expect(practice.named('showResults')).toEqual([]);

    const test = harness({ mode: 'test', step: STEPS - 1 });
    await flush();
    test.actor.send({ type: 'step.done', index: STEPS - 1 });
    await flush();
    expect(test.snap().hasTag('finished')).toBe(true);
    expect(test.named('showResults')).toHaveLength(1);
  });

  it('a run already finished opens on its end, not on a step', async () => {
    const h = harness({ step: STEPS, finished: true });
    await flush();
    expect(h.snap().hasTag('finished')).toBe(true);
    expect(h.named('enterStep')).toEqual([]);
  });

  it('Back goes to the previous step (never before the first)', async () => {
    const h = harness({ step: 0 });
    await flush();
    expect(h.snap().can({ type: 'previous' })).toBe(false);
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.snap().can({ type: 'previous' })).toBe(true);
    h.actor.send({ type: 'previous' });
    await flush();
    expect(h.named('stepBack')).toEqual([{ index: 1 }]);
    expect(h.snap().context.index).toBe(0);
  });
});

describe('coach machine: help levels (practice)', () => {
  it('each mistake raises the help one level and is stored; the help names the slip and the rule', async () => {
    const h = harness();
    await flush();
    expect(h.snap().hasTag('hint')).toBe(false);
    h.actor.send({ type: 'mistake.control', name: 'Cancel invitation' });
    expect(h.snap().hasTag('hint')).toBe(true);
    expect(h.snap().hasTag('controlName')).toBe(false);
    expect(h.snap().context.slip).toBe('Cancel invitation');
    h.actor.send({ type: 'mistake.rule', ruleId: 'R-MPR-1' });
    expect(h.snap().hasTag('controlName')).toBe(true);
    expect(h.snap().context.ruleShown).toBe('R-MPR-1');
    h.actor.send({ type: 'mistake.control', name: 'Help' });
    expect(h.snap().hasTag('highlight')).toBe(true);
    expect(h.mistakes).toEqual([
      { kind: 'wrongControl', detail: 'Cancel invitation' },
      { kind: 'rule', detail: 'R-MPR-1' },
      { kind: 'wrongControl', detail: 'Help' },
    ]);
  });

  it('Show me highlights the control at once and stores help level 3', async () => {
    const h = harness();
    await flush();
    h.actor.send({ type: 'help.showMe' });
    expect(h.snap().hasTag('highlight')).toBe(true);
    expect(h.snap().hasTag('hint')).toBe(true);
    expect(h.helpSaved).toEqual([3]);
  });

  it('a new step starts without help, slip or rule', async () => {
    const h = harness();
    await flush();
    h.actor.send({ type: 'mistake.control', name: 'Help' });
    h.actor.send({ type: 'mistake.rule', ruleId: 'R-MPR-1' });
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.snap().context.index).toBe(1);
    expect(h.snap().hasTag('hint')).toBe(false);
    expect(h.snap().context.slip).toBeUndefined();
    expect(h.snap().context.ruleShown).toBeUndefined();
  });

  it('a reload keeps the help already given on the step', async () => {
    const h = harness({ helpLevel: 2 });
    await flush();
    expect(h.snap().hasTag('controlName')).toBe(true);
    expect(h.snap().hasTag('highlight')).toBe(false);
  });
});

describe('coach machine: test mode', () => {
  it('gives no help, records mistakes in silence, has no Back, asks before giving up', async () => {
    const h = harness({ mode: 'test', helpLevel: 3 });
    await flush();
    h.actor.send({ type: 'mistake.control', name: 'Help' });
    h.actor.send({ type: 'mistake.rule', ruleId: 'R-MPR-1' });
    h.actor.send({ type: 'help.showMe' });
    for (const tag of ['hint', 'controlName', 'highlight'])
      expect(h.snap().hasTag(tag)).toBe(false);
    expect(h.mistakes).toHaveLength(2);
    expect(h.helpSaved).toEqual([]);
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.snap().can({ type: 'previous' })).toBe(false);

    h.actor.send({ type: 'giveUp.ask' });
    expect(h.snap().hasTag('confirmGiveUp')).toBe(true);
    h.actor.send({ type: 'giveUp.cancel' });
    expect(h.snap().hasTag('confirmGiveUp')).toBe(false);
    expect(h.named('giveUp')).toEqual([]);
    h.actor.send({ type: 'giveUp.ask' });
    h.actor.send({ type: 'giveUp.confirm' });
    await flush();
    expect(h.named('giveUp')).toEqual([{ index: 1 }]);
    expect(h.snap().hasTag('finished')).toBe(true);
    expect(h.named('showResults')).toHaveLength(1);
  });

  it('practice cannot give up (it is a test-only action)', async () => {
    const h = harness();
    await flush();
    expect(h.snap().can({ type: 'giveUp.ask' })).toBe(false);
  });
});

// Issue 11: the goal can no longer be reached in this run (the invitation cancelled, the link
// sent without the personal link, a persona without the role).
describe('coach machine: dead ends', () => {
  const cancelled = { id: 'invitation-cancelled', recover: 'stepBack' as const };
  const persona = { id: 'persona-lacks-role', recover: 'persona' as const };

  it('practice says so, offers Back a step, and charges nothing more while the learner gets out', async () => {
    const h = harness({ step: 1 });
    await flush();
    h.actor.send({ type: 'mistake.control', name: 'Cancel invitation' });
    h.actor.send({ type: 'deadEnd', deadEnd: cancelled });
    expect(h.snap().hasTag('deadEnd')).toBe(true);
    expect(h.snap().context.deadEnd).toEqual(cancelled);
    expect(h.snap().can({ type: 'previous' })).toBe(true);
    h.actor.send({ type: 'mistake.control', name: 'Mail' });
    h.actor.send({ type: 'mistake.rule', ruleId: 'R-MPR-4' });
    expect(h.mistakes).toEqual([{ kind: 'wrongControl', detail: 'Cancel invitation' }]);
    h.actor.send({ type: 'previous' });
    await flush();
    expect(h.snap().context.index).toBe(0);
    expect(h.snap().hasTag('deadEnd')).toBe(false);
    expect(h.snap().context.deadEnd).toBeUndefined();
  });

  it('practice: a persona dead end clears once the learner switches back, and mistakes count again', async () => {
    const h = harness();
    await flush();
    h.actor.send({ type: 'deadEnd', deadEnd: persona });
    expect(h.snap().hasTag('deadEnd')).toBe(true);
    h.actor.send({ type: 'deadEnd' });
    expect(h.snap().hasTag('deadEnd')).toBe(false);
    h.actor.send({ type: 'mistake.control', name: 'Help' });
    expect(h.mistakes).toHaveLength(1);
  });

  it('a test ends at a dead end the world keeps, with its reason, and leaves for the results', async () => {
    const h = harness({ mode: 'test', step: 1 });
    await flush();
    h.actor.send({ type: 'deadEnd', deadEnd: cancelled });
    await flush();
    expect(h.named('endAtDeadEnd')).toEqual([{ index: 1, id: 'invitation-cancelled' }]);
    expect(h.snap().hasTag('finished')).toBe(true);
    expect(h.named('showResults')).toHaveLength(1);
  });

  it('a test goes on after a switch to a persona without the role (switching back is still possible)', async () => {
    const h = harness({ mode: 'test' });
    await flush();
    h.actor.send({ type: 'deadEnd', deadEnd: persona });
    await flush();
    expect(h.named('endAtDeadEnd')).toEqual([]);
    expect(h.snap().hasTag('deadEnd')).toBe(false);
    expect(h.snap().hasTag('step')).toBe(true);
  });
});

describe('coach machine: watch playback', () => {
  it('plays each step as it begins, after its reading time; mistakes are not the learner’s', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    expect(h.snap().hasTag('playing')).toBe(true);
    expect(h.snap().hasTag('highlight')).toBe(true);
    expect(h.plays).toEqual([]);
    h.clock.increment(PACE);
    expect(h.plays.map((p) => p.input)).toEqual([{ index: 0, firstDelay: 0, paceMs: PACE }]);
    h.actor.send({ type: 'mistake.control', name: 'Help' });
    expect(h.mistakes).toEqual([]);
  });

  it('Pause stops the actions; Play starts them again', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    h.clock.increment(PACE);
    h.actor.send({ type: 'watch.pause' });
    expect(h.plays[0]!.aborted).toBe(true);
    expect(h.snap().hasTag('playing')).toBe(false);
    h.actor.send({ type: 'watch.play' });
    h.clock.increment(PACE);
    expect(h.plays).toHaveLength(2);
    expect(h.snap().hasTag('playing')).toBe(true);
  });

  it('Next replays the step at once (without the pace wait), also while playing', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    h.clock.increment(PACE);
    h.actor.send({ type: 'watch.next' });
    expect(h.plays[0]!.aborted).toBe(true);
    expect(h.plays[1]!.input.firstDelay).toBe(NEXT_DELAY_MS);
    h.actor.send({ type: 'watch.pause' });
    h.actor.send({ type: 'watch.play' });
    expect(h.plays).toHaveLength(2);
    h.clock.increment(PACE);
    expect(h.plays[2]!.input.firstDelay).toBe(0);
  });

  it('Previous while playing stops the actions, goes back and waits the reading time again', async () => {
    const h = harness({ mode: 'watch', step: 1 });
    await flush();
    h.clock.increment(PACE);
    expect(h.snap().hasTag('playing')).toBe(true);
    h.actor.send({ type: 'previous' });
    expect(h.plays[0]!.aborted).toBe(true);
    await flush();
    expect(h.named('stepBack')).toEqual([{ index: 1 }]);
    expect(h.snap().context.index).toBe(0);
    expect(h.snap().hasTag('playing')).toBe(true);
    expect(h.plays).toHaveLength(1);
    h.clock.increment(PACE - 1);
    expect(h.plays).toHaveLength(1);
    h.clock.increment(1);
    expect(h.plays.at(-1)!.input.index).toBe(0);
    expect(h.plays.at(-1)!.aborted).toBe(false);
  });

  it('stuck: after its actions the coach waits LINGER on the simulated clock, then hands over', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    h.clock.increment(PACE);
    h.plays[0]!.finish('played');
    await flush();
    expect(h.snap().hasTag('playing')).toBe(true);
    h.clock.increment(LINGER_MS - 1);
    expect(h.snap().hasTag('stuck')).toBe(false);
    h.clock.increment(1);
    expect(h.snap().hasTag('stuck')).toBe(true);
    expect(h.snap().hasTag('playing')).toBe(false);
    // The learner completes the step; the coach waits for Play on the next one.
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    expect(h.snap().hasTag('stuck')).toBe(false);
    expect(h.snap().hasTag('playing')).toBe(false);
    expect(h.plays).toHaveLength(1);
    h.actor.send({ type: 'watch.play' });
    h.clock.increment(PACE);
    expect(h.plays.at(-1)!.input.index).toBe(1);
  });

  it('a control that never appeared makes the coach stuck at once', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    h.clock.increment(PACE);
    h.plays[0]!.finish('missing');
    await flush();
    expect(h.snap().hasTag('stuck')).toBe(true);
  });

  it('the step completed while the coach lingers: the next step plays', async () => {
    const h = harness({ mode: 'watch' });
    await flush();
    h.clock.increment(PACE);
    h.plays[0]!.finish('played');
    await flush();
    h.actor.send({ type: 'step.done', index: 0 });
    await flush();
    h.clock.increment(PACE);
    h.clock.increment(LINGER_MS);
    expect(h.snap().hasTag('stuck')).toBe(false);
    expect(h.plays.at(-1)!.input.index).toBe(1);
  });
});

describe('coach machine: watch at a reading pace (issue 12)', () => {
  // The reading times of remove-roles' real instructions (locales), on the simulated clock.
  const texts = (lang: 'en' | 'zh') =>
    (
      JSON.parse(
        readFileSync(
          new URL(`../../../locales/${lang}/wt-remove-roles.json`, import.meta.url),
          'utf8',
        ),
      ) as { steps: Record<string, { instruction: string }> }
    ).steps;
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: each step stays up for its text's reading time before the coach acts`, async () => {
      const steps = Object.values(texts(lang)).map((s) => s.instruction);
      const read = (i: number) => readingMs(steps[i]!, lang, 'normal');
      const h = harness(
        { mode: 'watch' },
        { read: ({ context }) => Math.max(PACE, read(context.index)) },
      );
      await flush();
      expect(read(0)).toBeGreaterThan(PACE);
      h.clock.increment(read(0) - 1);
      expect(h.plays).toHaveLength(0);
      h.clock.increment(1);
      expect(h.plays).toHaveLength(1);
      h.plays[0]!.finish('played');
      h.actor.send({ type: 'step.done', index: 0 });
      await flush();
      h.clock.increment(read(1) - 1);
      expect(h.plays).toHaveLength(1);
      h.clock.increment(1);
      expect(h.plays.at(-1)!.input.index).toBe(1);
    });
  }
});

describe('coach machine: resuming after a reload (issue 11)', () => {
  it('a step whose dialog the reload closed resumes at the step that opens it', async () => {
    const h = harness({ step: 2, resumed: true }, { lostUiState: true });
    await flush();
    expect(h.named('lostUiState')).toEqual([{ index: 2 }]);
    expect(h.named('rewind')).toEqual([{ index: 2 }]);
    expect(h.snap().context.index).toBe(1);
    expect(h.named('enterStep')).toEqual([{ index: 1, navigate: false }]);
  });

  it('a step whose page state survived resumes where it was', async () => {
    const h = harness({ step: 2, resumed: true, helpLevel: 1 }, { lostUiState: false });
    await flush();
    expect(h.named('rewind')).toEqual([]);
    expect(h.snap().context.index).toBe(2);
    expect(h.snap().hasTag('hint')).toBe(true);
  });

  // Issue 12: a one-second timer decided before slow pages mounted (wrong rewinds) and after
  // a reloaded dialog's workflow was gone for good. The decision is now the answer itself:
  // however long it takes on the clock, nothing is decided before it, and it decides alone.
  it('waits for the answer, not for time: no step before it, whatever the clock says', async () => {
    for (const lost of [true, false]) {
      let answer!: (lost: boolean) => void;
      const h = harness(
        { step: 2, resumed: true },
        { lostUiState: new Promise<boolean>((r) => (answer = r)) },
      );
      await flush();
      h.clock.increment(60_000);
      await flush();
      expect(h.snap().value).toBe('resuming');
      expect(h.named('enterStep')).toEqual([]);
      answer(lost);
      await flush();
      await flush();
      expect(h.named('rewind')).toEqual(lost ? [{ index: 2 }] : []);
      expect(h.snap().context.index).toBe(lost ? 1 : 2);
    }
  });

  it('a failed check stays on the step', async () => {
    const h = harness({ step: 2, resumed: true }, { lostUiState: Promise.reject(new Error('x')) });
    await flush();
    expect(h.named('rewind')).toEqual([]);
    expect(h.snap().context.index).toBe(2);
  });

  it('a run that was not resumed never asks', async () => {
    const h = harness({ step: 0 });
    await flush();
    expect(h.named('lostUiState')).toEqual([]);
  });
});

// Model-based: every transition of the machine under every event, each mode (test/machinePaths).
describe('coach machine: every path', () => {
  const done = (id: string, output?: unknown) => ({ type: `xstate.done.actor.${id}`, output });
  const events = [
    { type: 'step.done', index: 0 },
    { type: 'step.done', index: 1 },
    { type: 'mistake.control', name: 'x' },
    { type: 'mistake.rule', ruleId: 'R-MPR-1' },
    { type: 'help.showMe' },
    { type: 'previous' },
    { type: 'watch.play' },
    { type: 'watch.pause' },
    { type: 'watch.next' },
    { type: 'giveUp.ask' },
    { type: 'giveUp.cancel' },
    { type: 'giveUp.confirm' },
    { type: 'deadEnd', deadEnd: { id: 'invitation-cancelled', recover: 'stepBack' } },
    { type: 'deadEnd', deadEnd: { id: 'persona-lacks-role', recover: 'persona' } },
    { type: 'deadEnd' },
    done('endAtDeadEnd', { step: 0, finished: true }),
    done('enterStep', { startPath: 'p' }),
    done('completeStep', { step: 1, finished: false }),
    done('completeStep', { step: 2, finished: true }),
    done('completeStep', undefined),
    done('stepBack', { step: 0, finished: false }),
    done('rewind', { step: 0, finished: false }),
    done('giveUp', { step: 0, finished: true }),
    done('play', 'played'),
    done('play', 'missing'),
    done('showResults'),
    { type: 'xstate.after.LINGER.coach.onStep.watch.lingering' },
    { type: 'xstate.after.READ.coach.onStep.watch.playing.reading' },
    done('lostUiState', true),
    done('lostUiState', false),
  ];
  const modes = ['watch', 'practice', 'test'] as const;
  const all = modes.flatMap((mode) =>
    [false, true].flatMap((resumed) =>
      edges(
        machinePaths(coachMachine, {
          events,
          input: {
            mode,
            step: resumed ? 1 : 0,
            stepCount: 2,
            helpLevel: 0,
            finished: false,
            resumed,
            paceMs: 1,
          } satisfies CoachInput,
          contextKeys: ['index', 'autoplay', 'finished', 'skipDelay'],
        }),
      ).map((edge) => ({ mode, edge })),
    ),
  );

  it('reaches every part of the coach in some mode', () => {
    const reached = new Set(all.map(({ edge }) => stateValue(edge.to)));
    for (const part of ['playing', 'lingering', 'stuck', 'paused', 'highlighted', 'confirming'])
      expect([...reached].some((v) => v.includes(part))).toBe(true);
    for (const s of [
      'rewinding',
      'completing',
      'steppingBack',
      'givingUp',
      'resuming',
      'endingAtDeadEnd',
    ])
      expect(reached).toContain(s);
  });

  it('test mode never shows help nor goes back; only watch plays, only a test asks to give up', () => {
    for (const { mode, edge } of all) {
      if (mode === 'test') {
        for (const tag of ['hint', 'controlName', 'highlight', 'playing', 'stuck', 'deadEnd'])
          expect(edge.to.hasTag(tag)).toBe(false);
        expect(edge.to.can({ type: 'previous' })).toBe(false);
      }
      if (mode !== 'test') expect(edge.to.hasTag('confirmGiveUp')).toBe(false);
      if (mode !== 'watch') expect(edge.to.hasTag('playing')).toBe(false);
    }
  });

  it('the step index stays within the run and a step is listened to only while on it', () => {
    for (const { edge } of all) {
      const { index, finished } = edge.to.context;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThanOrEqual(2);
      expect(edge.to.hasTag('step')).toBe(stateValue(edge.to).startsWith('{"onStep"'));
      if (edge.to.hasTag('finished')) expect(finished).toBe(true);
    }
  });
});
