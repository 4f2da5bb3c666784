import { assign, fromPromise, setup } from 'xstate';
import type { Mode } from '../progress/run';

// The coach of one run, as a machine (issue 13): which step it is on, entering it (persona,
// page, checkpoint), completion, help levels, watch playback and the stuck / resume waits.
// Pure: everything that touches the page, the world or storage is an actor or action the view
// provides (Coach.svelte), so the rules of the coach are tested here without a browser.
//
// Tags the view renders from: `step` (a step is on screen, its controls listen), `hint`,
// `controlName`, `highlight` (help levels; never in test mode), `playing`, `stuck` (watch),
// `confirmGiveUp` (test), `deadEnd` (the goal is out of reach: the coach says so), `finished`.

/** Help on a step: 0 none, 1 the hint, 2 the control's name, 3 the control highlighted. */
export const MAX_HELP = 3;

/** Watch: how long the coach waits, after its last action, for the page to complete the step. */
export const LINGER_MS = 8000;
/** Watch "Next": the coach acts almost at once instead of waiting one pace. */
export const NEXT_DELAY_MS = 50;

export interface CoachInput {
  mode: Mode;
  /** The run's step (from the progress repository). */
  step: number;
  stepCount: number;
  /** The run's stored help level on this step (a reload keeps the help already given). */
  helpLevel: number;
  finished: boolean;
  /** The run was opened from storage (a reload, Continue): UI state such as a dialog is gone. */
  resumed: boolean;
  /** Watch: milliseconds before each action (the run's pace). */
  paceMs: number;
}

export interface Persona {
  name: string;
  organization: string;
}

export interface CoachContext {
  mode: Mode;
  index: number;
  stepCount: number;
  /** The run is over (completed or given up). */
  finished: boolean;
  /** The help level the step starts at (the stored one on resume, else 0). */
  startHelp: number;
  resumed: boolean;
  paceMs: number;
  /** A step was entered already: later steps may navigate to their start page. */
  entered: boolean;
  /** Watch: play each step as it begins (Pause turns it off, Play and Next on). */
  autoplay: boolean;
  /** Watch: the next play starts without the pace wait (Next). */
  skipDelay: boolean;
  /** Who the learner acts as since this step changed the persona, if it did. */
  persona?: Persona;
  /** Where this step began: a link back there after a slip is recovery, not a mistake. */
  startPath: string;
  /** The repository refused to complete this step (the run stopped elsewhere): not asked again. */
  refused?: number;
  /** Practice: the control used by mistake on this step, named in the help. */
  slip?: string;
  /** Practice: the rule a refusal on this step broke. */
  ruleShown?: string;
  /** The dead end the learner is in on this step (issue 11), while it holds. */
  deadEnd?: DeadEndSeen;
}

/** A dead end as the view found it in the world: its id and the way back. */
export interface DeadEndSeen {
  id: string;
  recover: 'stepBack' | 'persona';
}

export type CoachEvent =
  /** The step's completion condition holds (the view watches the world, the page, the workflows). */
  | { type: 'step.done'; index: number }
  | { type: 'mistake.control'; name?: string }
  | { type: 'mistake.rule'; ruleId: string }
  | { type: 'help.showMe' }
  /** Watch Previous and practice Back: the world as it was when the previous step began. */
  | { type: 'previous' }
  | { type: 'watch.play' }
  | { type: 'watch.pause' }
  | { type: 'watch.next' }
  | { type: 'giveUp.ask' }
  | { type: 'giveUp.cancel' }
  | { type: 'giveUp.confirm' }
  /**
   * The view's reading of the walkthrough's dead ends on this step (issue 11): the one that
   * holds now, or none (`deadEnd` omitted) once the learner is back on track.
   */
  | { type: 'deadEnd'; deadEnd?: DeadEndSeen };

/** What the progress repository answered: the run's step now, and whether the run finished. */
export interface StepAnswer {
  step: number;
  finished: boolean;
}

export type PlayResult = 'played' | 'missing';

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`${name} actor not provided`);
};

export const coachMachine = setup({
  types: {
    context: {} as CoachContext,
    events: {} as CoachEvent,
    input: {} as CoachInput,
  },
  actors: {
    /** Persona, start page, checkpoint: returns who the learner now is (if changed) and where the step begins. */
    enterStep: fromPromise<
      { persona?: Persona; startPath: string },
      { index: number; navigate: boolean }
    >(notProvided('enterStep')),
    completeStep: fromPromise<StepAnswer | undefined, { index: number }>(
      notProvided('completeStep'),
    ),
    stepBack: fromPromise<StepAnswer | undefined, { index: number }>(notProvided('stepBack')),
    /** After a reload: the run goes back to the step that opened what the reload closed. */
    rewind: fromPromise<StepAnswer | undefined, { index: number }>(notProvided('rewind')),
    /**
     * After a reload: did it close what the previous step opened (a dialog, a draft)? Decided
     * from what the reload kept (the workflow's persisted snapshot), never from how far the
     * page got in mounting after some delay (issue 12: a timer rewound slow pages wrongly).
     */
    lostUiState: fromPromise<boolean, { index: number }>(notProvided('lostUiState')),
    /** Watch: performs the step's actions; aborted (its signal) when the state is left. */
    play: fromPromise<PlayResult, { index: number; firstDelay: number; paceMs: number }>(
      notProvided('play'),
    ),
    giveUp: fromPromise<StepAnswer | undefined, { index: number }>(notProvided('giveUp')),
    /** Test: the goal is out of reach; the attempt ends with that reason. */
    endAtDeadEnd: fromPromise<StepAnswer | undefined, { index: number; id: string }>(
      notProvided('endAtDeadEnd'),
    ),
    /** Test: a finished test leaves for its results page. */
    showResults: fromPromise<void, void>(notProvided('showResults')),
  },
  actions: {
    /** Stores a mistake on the run (the repository also raises the stored help level). */
    recordMistake: (_, _params: { kind: 'wrongControl' | 'rule'; detail?: string }) => {},
    /** Stores the help level the learner asked for. */
    saveHelp: (_, _params: { level: number }) => {},
  },
  guards: {
    isWatch: ({ context }) => context.mode === 'watch',
    isPractice: ({ context }) => context.mode === 'practice',
    isTest: ({ context }) => context.mode === 'test',
    isFinishedRun: (_, params: { finished: boolean }) => params.finished,
    // Previous / Back: never in a test (a test is taken in one go), never before the first step.
    canGoBack: ({ context }) => context.mode !== 'test' && context.index > 0,
    // Only the step on screen completes: a late answer about the previous step never counts.
    isThisStep: ({ context, event }) =>
      event.type === 'step.done' &&
      event.index === context.index &&
      context.refused !== event.index,
    answered: (_, params: { answer: StepAnswer | undefined }) => params.answer !== undefined,
    // A dead end the world can't undo in a test (no Back a step there): the attempt ends. A
    // persona without the role is not one: switching back is still possible in a test.
    endsTheTest: ({ context, event }) =>
      context.mode === 'test' && event.type === 'deadEnd' && event.deadEnd?.recover === 'stepBack',
    // Once in a dead end, what the learner does to get out (Back a step, switching persona) is
    // recovery: the slip that led there was recorded when it happened.
    notInDeadEnd: ({ context }) => context.deadEnd === undefined,
  },
  delays: {
    LINGER: LINGER_MS,
    /** Watch: how long the step's text stays up before the coach acts (the view reads the text). */
    READ: ({ context }) => context.paceMs,
  },
}).createMachine({
  id: 'coach',
  context: ({ input }) => ({
    mode: input.mode,
    index: input.step,
    stepCount: input.stepCount,
    finished: input.finished,
    startHelp: input.mode === 'test' ? 0 : Math.max(0, Math.min(MAX_HELP, input.helpLevel)),
    resumed: input.resumed,
    paceMs: input.paceMs,
    entered: false,
    autoplay: true,
    skipDelay: false,
    startPath: '',
  }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: ({ context }) => context.finished, target: 'finished' },
        { guard: ({ context }) => context.resumed, target: 'resuming' },
        { target: 'entering' },
      ],
    },
    // Issue 11: a reload with a dialog open resumes at the step that opens the dialog, so
    // reopening it is that step's action and no mistake.
    resuming: {
      invoke: {
        id: 'lostUiState',
        src: 'lostUiState',
        input: ({ context }) => ({ index: context.index }),
        onDone: [
          { guard: ({ event }) => event.output, target: 'rewinding' },
          { target: 'entering' },
        ],
        // Unknown: stay on the step (the learner can still go Back a step in practice).
        onError: { target: 'entering' },
      },
    },
    rewinding: {
      invoke: {
        id: 'rewind',
        src: 'rewind',
        input: ({ context }) => ({ index: context.index }),
        onDone: {
          target: 'entering',
          actions: assign(({ context, event }) =>
            event.output ? { index: event.output.step, startHelp: 0 } : { index: context.index },
          ),
        },
        onError: { target: 'entering' },
      },
    },
    entering: {
      entry: assign({
        slip: undefined,
        ruleShown: undefined,
        persona: undefined,
        refused: undefined,
        deadEnd: undefined,
      }),
      invoke: {
        id: 'enterStep',
        src: 'enterStep',
        input: ({ context }) => ({ index: context.index, navigate: context.entered }),
        onDone: {
          target: 'onStep',
          actions: assign(({ event }) => ({
            entered: true,
            persona: event.output.persona,
            startPath: event.output.startPath,
          })),
        },
        onError: { target: 'onStep', actions: assign({ entered: true }) },
      },
    },
    onStep: {
      tags: ['step'],
      type: 'parallel',
      on: {
        'step.done': { guard: 'isThisStep', target: 'completing' },
        previous: { guard: 'canGoBack', target: 'steppingBack' },
      },
      states: {
        help: {
          initial: 'choose',
          states: {
            choose: {
              always: [
                { guard: 'isTest', target: 'off' },
                { guard: 'isWatch', target: 'watching' },
                { guard: ({ context }) => context.startHelp >= 3, target: 'highlighted' },
                { guard: ({ context }) => context.startHelp === 2, target: 'controlName' },
                { guard: ({ context }) => context.startHelp === 1, target: 'hint' },
                { target: 'none' },
              ],
            },
            // Test mode: no help of any kind (mistakes are still recorded, in silence).
            off: {},
            // Watch: the coach acts itself; the ring follows its actions.
            watching: { tags: ['highlight'] },
            // Practice: each mistake raises the help one level; Show me jumps to the highlight.
            none: { on: { 'mistake.control': 'hint', 'mistake.rule': 'hint' } },
            hint: {
              tags: ['hint'],
              on: { 'mistake.control': 'controlName', 'mistake.rule': 'controlName' },
            },
            controlName: {
              tags: ['hint', 'controlName'],
              on: { 'mistake.control': 'highlighted', 'mistake.rule': 'highlighted' },
            },
            highlighted: { tags: ['hint', 'controlName', 'highlight'] },
          },
          on: {
            'help.showMe': {
              guard: 'isPractice',
              target: '.highlighted',
              actions: { type: 'saveHelp', params: { level: MAX_HELP } },
            },
          },
        },
        // Practice and test: every mistake is stored (watch has none: the coach acts). Practice
        // help names the slip or the rule; a test shows nothing, but the context is not read there.
        mistakes: {
          initial: 'choose',
          states: {
            choose: { always: [{ guard: 'isWatch', target: 'off' }, { target: 'listening' }] },
            off: {},
            listening: {
              on: {
                'mistake.control': {
                  guard: 'notInDeadEnd',
                  actions: [
                    assign({ slip: ({ event }) => event.name }),
                    {
                      type: 'recordMistake',
                      params: ({ event }) => ({
                        kind: 'wrongControl' as const,
                        detail: event.name,
                      }),
                    },
                  ],
                },
                'mistake.rule': {
                  guard: 'notInDeadEnd',
                  actions: [
                    assign({ ruleShown: ({ event }) => event.ruleId }),
                    {
                      type: 'recordMistake',
                      params: ({ event }) => ({ kind: 'rule' as const, detail: event.ruleId }),
                    },
                  ],
                },
              },
            },
          },
        },
        watch: {
          initial: 'choose',
          states: {
            choose: {
              always: [
                { guard: ({ context }) => context.mode !== 'watch', target: 'off' },
                { guard: ({ context }) => context.autoplay, target: 'playing' },
                { target: 'paused' },
              ],
            },
            off: {},
            playing: {
              tags: ['playing'],
              exit: assign({ skipDelay: false }),
              initial: 'choose',
              states: {
                choose: {
                  always: [
                    { guard: ({ context }) => context.skipDelay, target: 'acting' },
                    { target: 'reading' },
                  ],
                },
                // Issue 12: the step stays up for the time its text takes to read (READ, given
                // by the view from the text, the language and the pace) before the coach acts.
                reading: { after: { READ: 'acting' } },
                acting: {
                  invoke: {
                    id: 'play',
                    src: 'play',
                    input: ({ context }) => ({
                      index: context.index,
                      paceMs: context.paceMs,
                      firstDelay: context.skipDelay ? NEXT_DELAY_MS : 0,
                    }),
                    onDone: [
                      {
                        guard: ({ event }) => event.output === 'played',
                        target: '#coach.onStep.watch.lingering',
                      },
                      { target: '#coach.onStep.watch.stuck' },
                    ],
                    onError: { target: '#coach.onStep.watch.stuck' },
                  },
                },
              },
              on: { 'watch.pause': { target: 'paused', actions: assign({ autoplay: false }) } },
            },
            // The coach did everything; the page may still be completing the step (a save).
            lingering: {
              tags: ['playing'],
              after: { LINGER: 'stuck' },
              on: { 'watch.pause': { target: 'paused', actions: assign({ autoplay: false }) } },
            },
            paused: {
              on: { 'watch.play': { target: 'playing', actions: assign({ autoplay: true }) } },
            },
            // Still on this step: the coach could not do it here; the learner takes over.
            stuck: {
              tags: ['stuck'],
              entry: assign({ autoplay: false }),
              on: { 'watch.play': { target: 'playing', actions: assign({ autoplay: true }) } },
            },
          },
          on: {
            'watch.next': {
              guard: 'isWatch',
              target: '.playing',
              reenter: true,
              actions: assign({ autoplay: true, skipDelay: true }),
            },
          },
        },
        // Issue 11: the goal can no longer be reached in this run. Practice and watch say so and
        // offer the way back (Back a step, the persona to switch to); a test ends with the reason.
        deadEnd: {
          initial: 'none',
          states: {
            none: {},
            shown: { tags: ['deadEnd'] },
          },
          on: {
            deadEnd: [
              { guard: 'endsTheTest', target: '#coach.endingAtDeadEnd' },
              {
                guard: ({ context, event }) =>
                  context.mode !== 'test' && event.deadEnd !== undefined,
                target: '.shown',
                actions: assign({ deadEnd: ({ event }) => event.deadEnd }),
              },
              { target: '.none', actions: assign({ deadEnd: undefined }) },
            ],
          },
        },
        giveUp: {
          initial: 'closed',
          states: {
            closed: {
              on: { 'giveUp.ask': { guard: 'isTest', target: 'confirming' } },
            },
            // Giving up ends the test for good: it asks first (issue 12).
            confirming: {
              tags: ['confirmGiveUp'],
              on: {
                'giveUp.cancel': { target: 'closed' },
                'giveUp.confirm': { target: '#coach.givingUp' },
              },
            },
          },
        },
      },
    },
    completing: {
      invoke: {
        id: 'completeStep',
        src: 'completeStep',
        input: ({ context }) => ({ index: context.index }),
        onDone: [
          {
            guard: {
              type: 'isFinishedRun',
              params: ({ event }) => ({ finished: event.output?.finished === true }),
            },
            target: 'finished',
            actions: assign(({ event }) => ({ index: event.output!.step, finished: true })),
          },
          {
            guard: ({ context, event }) =>
              event.output !== undefined && event.output.step !== context.index,
            target: 'entering',
            actions: assign(({ event }) => ({ index: event.output!.step, startHelp: 0 })),
          },
          // The repository refused (the run stopped elsewhere, another tab): stay, and do not ask again.
          { target: 'onStep', actions: assign(({ context }) => ({ refused: context.index })) },
        ],
        onError: { target: 'onStep' },
      },
    },
    steppingBack: {
      invoke: {
        id: 'stepBack',
        src: 'stepBack',
        input: ({ context }) => ({ index: context.index }),
        onDone: [
          {
            guard: { type: 'answered', params: ({ event }) => ({ answer: event.output }) },
            target: 'entering',
            actions: assign(({ event }) => ({ index: event.output!.step, startHelp: 0 })),
          },
          { target: 'onStep' },
        ],
        onError: { target: 'onStep' },
      },
    },
    endingAtDeadEnd: {
      invoke: {
        id: 'endAtDeadEnd',
        src: 'endAtDeadEnd',
        input: ({ context, event }) => ({
          index: context.index,
          id: event.type === 'deadEnd' ? (event.deadEnd?.id ?? '') : '',
        }),
        onDone: [
          {
            guard: { type: 'answered', params: ({ event }) => ({ answer: event.output }) },
            target: 'finished',
            actions: assign({ finished: true }),
          },
          { target: 'onStep' },
        ],
        onError: { target: 'onStep' },
      },
    },
    givingUp: {
      invoke: {
        id: 'giveUp',
        src: 'giveUp',
        input: ({ context }) => ({ index: context.index }),
        onDone: { target: 'finished', actions: assign({ finished: true }) },
        onError: { target: 'onStep' },
      },
    },
    finished: {
      tags: ['finished'],
      initial: 'choose',
      states: {
        choose: { always: [{ guard: 'isTest', target: 'leaving' }, { target: 'shown' }] },
        // Watch and practice: the coach says so and offers the next things to do.
        shown: {},
        leaving: {
          invoke: { id: 'showResults', src: 'showResults', onDone: 'left', onError: 'left' },
        },
        left: { type: 'final' },
      },
    },
  },
});
