import { Scorm12API } from 'scorm-again';
import type { Mistake, Mode, Run } from '../training/progress/run';
import { scoreRun } from '../training/progress/scoring';
import {
  checkValue,
  decodeSuspend,
  encodeSuspend,
  findScormApi,
  formatTimespan,
  isCMIIdentifier,
  isCMITimespan,
  Scorm12Tracker,
  type Scorm12Api,
  type ScormProblem,
} from './scorm12';

// The adapter against scorm-again's SCORM 1.2 runtime, as the LMS: what is asserted is the CMI
// data the LMS holds after commit, not what our code meant to send.

const STEPS = [{ id: 'open-requests' }, { id: 'accept.invitation' }, { id: 'check result' }];

function lms(initial?: Record<string, unknown>) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (initial) api.loadFromJSON(initial as never, '');
  const calls = { initialize: 0, finish: 0, commit: 0 };
  const wrapped: Scorm12Api = {
    LMSInitialize: (a) => (calls.initialize++, api.LMSInitialize(a)),
    LMSFinish: (a) => (calls.finish++, api.LMSFinish(a)),
    LMSCommit: (a) => (calls.commit++, api.LMSCommit(a)),
    LMSGetValue: (e) => api.LMSGetValue(e),
    LMSSetValue: (e, v) => api.LMSSetValue(e, v),
    LMSGetLastError: () => api.LMSGetLastError(),
  };
  const data = () => (api.renderCommitCMI(true) as { cmi: Record<string, any> }).cmi;
  return { api, wrapped, calls, data };
}

function run(mode: Mode, step: number, mistakes: Mistake[] = [], finished = false): Run {
  const scored = finished && mode === 'test' ? scoreRun(STEPS.length, mistakes, step) : undefined;
  return {
    id: 'run-1',
    slug: 'accept-invitation',
    mode,
    lang: 'en',
    embed: true,
    pace: 'normal',
    learner: 'l',
    status: finished ? 'finished' : 'active',
    step,
    stepCount: STEPS.length,
    helpLevel: 0,
    mistakes,
    startedAt: 0,
    elapsedMs: 0,
    score: scored?.score,
    passed: scored?.passed,
  };
}

function tracker(api: Scorm12Api, mode: Mode, problems: ScormProblem[] = []) {
  let clock = 1_000;
  const t = new Scorm12Tracker({
    api,
    launch: () => ({ ok: true, launch: { slug: 'accept-invitation', mode, steps: STEPS } }),
    onProblem: (p) => problems.push(p),
    now: () => (clock += 65_432),
  });
  return t;
}

const interactions = (cmi: Record<string, any>) =>
  Object.values(cmi.interactions ?? {}) as Array<Record<string, any>>;

describe('SCORM 1.2 adapter against scorm-again', () => {
  it('a practice run: incomplete and suspended while running, completed and finished once at the end', () => {
    const { wrapped, calls, data } = lms();
    const t = tracker(wrapped, 'practice');
    const start = t.start();
    expect(start?.resume).toBeUndefined();
    expect(data().core.lesson_status).toBe('incomplete');
    expect(data().core.exit).toBe('suspend');
    t.update(run('practice', 1));
    expect(data().core.lesson_location).toBe('1:accept.invitation');
    // Into the back/forward cache (the page may come back): commit, the session stays open.
    t.pagehide(true);
    expect(calls.finish).toBe(0);
    t.update(run('practice', 3, [], true));
    t.update(run('practice', 3, [], true));
    t.pagehide();
    const cmi = data();
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.core.exit).toBe('');
    expect(calls).toMatchObject({ initialize: 1, finish: 1 });
    const list = interactions(cmi);
    expect(list.map((i) => i.id)).toEqual([
      'step_1_open-requests',
      'step_2_accept_invitation',
      'step_3_check_result',
    ]);
    for (const i of list) {
      expect(isCMIIdentifier(i.id)).toBe(true);
      expect(i.type).toBe('performance');
      expect(i.result).toBe('correct');
    }
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspend(cmi.suspend_data)).toMatchObject({
      ok: true,
      state: { step: 3, written: 3 },
    });
  });

  it('a failed test then a passed one: status, score 0–100, the rule a refusal cited, session_time as HHHH:MM:SS.SS', () => {
    const failedLms = lms();
    const failed = tracker(failedLms.wrapped, 'test');
    failed.start();
    const mistakes: Mistake[] = [
      { step: 1, stepId: 'accept.invitation', kind: 'rule', detail: 'R-GDAP.3', at: 1 },
    ];
    failed.update(run('test', 3, mistakes, true));
    const f = failedLms.data();
    expect(f.core.lesson_status).toBe('failed');
    expect(f.core.score).toMatchObject({ raw: '67', min: '0', max: '100' });
    const wrong = interactions(f)[1]!;
    expect(wrong.result).toBe('wrong');
    expect(Object.values(wrong.objectives).map((o: any) => o.id)).toEqual(['R-GDAP_3']);
    // The adapter sends the strict 4-digit-hour form; scorm-again normalises what it stores.
    expect(f.core.session_time).toMatch(/^\d+:\d{2}:\d{2}(\.\d{1,2})?$/);

    const passedLms = lms();
    const sent: string[] = [];
    const spy: Scorm12Api = {
      ...passedLms.wrapped,
      LMSSetValue: (e, v) => (sent.push(`${e}=${v}`), passedLms.wrapped.LMSSetValue(e, v)),
    };
    const passed = tracker(spy, 'test');
    passed.start();
    passed.update(run('test', 3, [], true));
    expect(passedLms.data().core.lesson_status).toBe('passed');
    expect(passedLms.data().core.score.raw).toBe('100');
    const time = sent.find((s) => s.startsWith('cmi.core.session_time='))!.split('=')[1]!;
    expect(time).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(
      sent
        .filter((s) => /interactions\.\d+\.latency/.test(s))
        .every((s) => isCMITimespan(s.split('=')[1]!)),
    ).toBe(true);
  });

  it('a relaunch reads entry=resume and the suspend string, and appends interactions after the ones written', () => {
    const first = lms();
    const t1 = tracker(first.wrapped, 'practice');
    t1.start();
    t1.update(run('practice', 2));
    t1.pagehide();
    // Leaving mid-run ends the session suspended: LMSFinish once, exit=suspend, still incomplete.
    expect(first.calls.finish).toBe(1);
    t1.update(run('practice', 3, [], true));
    t1.pagehide();
    expect(first.calls.finish).toBe(1);
    const saved = first.data();
    expect(saved.core).toMatchObject({ exit: 'suspend', lesson_status: 'incomplete' });
    expect(saved.core.session_time).toMatch(/^\d+:\d{2}:\d{2}/);
    const again = lms({
      core: {
        entry: 'resume',
        lesson_status: saved.core.lesson_status,
        lesson_location: saved.core.lesson_location,
      },
      suspend_data: saved.suspend_data,
      interactions: saved.interactions,
    });
    const t2 = tracker(again.wrapped, 'practice');
    const start = t2.start();
    expect(start?.entry).toBe('resume');
    expect(start?.resume).toMatchObject({
      slug: 'accept-invitation',
      mode: 'practice',
      step: 2,
      written: 2,
    });
    t2.update(run('practice', 3, [], true));
    expect(interactions(again.data()).map((i) => i.id)).toEqual([
      'step_1_open-requests',
      'step_2_accept_invitation',
      'step_3_check_result',
    ]);
    expect(again.data().core.lesson_status).toBe('completed');
  });

  it('a launch we cannot honour records nothing and ends the LMS session once', () => {
    const { wrapped, calls, data } = lms();
    const t = new Scorm12Tracker({
      api: wrapped,
      launch: (d) =>
        d
          ? { ok: true, launch: { slug: 'x', mode: 'test', steps: STEPS } }
          : { ok: false, parameter: 'w' },
    });
    expect(t.start()?.launch).toEqual({ ok: false, parameter: 'w' });
    t.update(run('test', 1));
    expect(data().core.lesson_status).toBe('not attempted');
    expect(calls.finish).toBe(1);
  });

  it('a suspend_data from another version is reported and ignored, never guessed', () => {
    const { wrapped } = lms({ suspend_data: 'ps9|accept-invitation|practice|2|2' });
    const start = tracker(wrapped, 'practice').start();
    expect(start?.suspendProblem).toBe('version');
    expect(start?.resume).toBeUndefined();
    const other = lms({ suspend_data: '{"weird":1}' });
    expect(tracker(other.wrapped, 'practice').start()).toMatchObject({
      suspendProblem: 'malformed',
    });
  });

  it('every value read from the LMS is checked: too long or off-vocabulary is ignored, named, and overwrites nothing', () => {
    const stored = {
      core: { entry: 'restart', lesson_status: 'completed', lesson_location: '1:x' },
      launch_data: `?w=accept-invitation&mode=test&x=${'y'.repeat(4100)}`,
      student_data: {},
      suspend_data: `ps1|accept-invitation|practice|2|2|${'z'.repeat(4090)}`,
    };
    // scorm-again itself refuses an entry outside its vocabulary on load: give it through a wrapper.
    const { wrapped, data } = lms({ suspend_data: stored.suspend_data });
    const answers: Record<string, string> = {
      'cmi.core.entry': stored.core.entry,
      'cmi.launch_data': stored.launch_data,
      'cmi.student_preference.language': 'x'.repeat(300),
      'cmi.core.lesson_status': 'done',
    };
    const api: Scorm12Api = {
      ...wrapped,
      LMSGetValue: (e) => answers[e] ?? wrapped.LMSGetValue(e),
    };
    let launchDataSeen = 'unset';
    const t = new Scorm12Tracker({
      api,
      launch: (d) => ((launchDataSeen = d), { ok: false, parameter: 'w' }),
    });
    const start = t.start()!;
    expect(launchDataSeen).toBe('');
    expect(start.launch).toEqual({ ok: false, parameter: 'cmi.launch_data' });
    expect(start.badValues).toEqual([
      'cmi.core.entry',
      'cmi.launch_data',
      'cmi.student_preference.language',
    ]);
    expect(start.entry).toBe('');
    expect(start.language).toBe('');
    // A launch we cannot honour writes nothing: the LMS keeps its suspend_data.
    expect(data().suspend_data).toBe(stored.suspend_data);

    const resumed = lms({ suspend_data: stored.suspend_data });
    const r = tracker(resumed.wrapped, 'practice').start()!;
    expect(r.suspendProblem).toBe('malformed');
    expect(r.resume).toBeUndefined();
    const past = lms({ suspend_data: 'ps1|accept-invitation|practice|9|9' });
    expect(tracker(past.wrapped, 'practice').start()).toMatchObject({
      suspendProblem: 'malformed',
    });
    const odd = lms();
    const oddApi: Scorm12Api = {
      ...odd.wrapped,
      LMSGetValue: (e) => (e === 'cmi.core.lesson_status' ? 'done' : odd.wrapped.LMSGetValue(e)),
    };
    expect(tracker(oddApi, 'practice').start()?.badValues).toEqual(['cmi.core.lesson_status']);
  });

  it('an LMS that returns errors or throws mid-run: one problem reported, then silence (the run goes on locally)', () => {
    const { wrapped } = lms();
    const problems: ScormProblem[] = [];
    let gone = false;
    const flaky: Scorm12Api = {
      ...wrapped,
      LMSCommit: (a) => (gone ? 'false' : wrapped.LMSCommit(a)),
      LMSGetLastError: () => (gone ? '101' : wrapped.LMSGetLastError()),
    };
    const t = tracker(flaky, 'practice', problems);
    t.start();
    gone = true;
    t.update(run('practice', 1));
    t.update(run('practice', 2));
    expect(problems).toEqual([{ kind: 'lms', element: 'LMSCommit', code: '101' }]);
    expect(t.broken).toBe(true);
    const throwing = new Scorm12Tracker({
      api: {
        ...wrapped,
        LMSInitialize: () => {
          throw new Error('gone');
        },
      },
      launch: () => ({ ok: false, parameter: 'w' }),
      onProblem: (p) => problems.push(p),
    });
    expect(throwing.start()).toBeUndefined();
    expect(problems.at(-1)).toEqual({ kind: 'lms', element: 'LMSInitialize', code: 'throw' });
  });
});

describe('strict SCORM 1.2 validators (stricter than scorm-again)', () => {
  it('suspend_data over 4096 characters is refused by us, though scorm-again accepts it', () => {
    const { api } = lms();
    api.LMSInitialize('');
    const long = 'x'.repeat(4097);
    expect(api.LMSSetValue('cmi.suspend_data', long)).toBe('true');
    expect(() => checkValue('cmi.suspend_data', long)).toThrow(/4096/);
    expect(() => checkValue('cmi.suspend_data', 'x'.repeat(4096))).not.toThrow();
    expect(() =>
      encodeSuspend({ slug: 'x'.repeat(4090), mode: 'test', step: 0, written: 0 }),
    ).toThrow();
  });

  it('interaction ids with spaces or periods are refused by us, though scorm-again accepts them', () => {
    const { api } = lms();
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.interactions.0.id', 'step 1.a')).toBe('true');
    expect(() => checkValue('cmi.interactions.0.id', 'step 1.a')).toThrow(/CMIIdentifier/);
    expect(() => checkValue('cmi.interactions.0.objectives.0.id', 'R-1.2')).toThrow();
    expect(() => checkValue('cmi.interactions.0.id', 'step_1-a')).not.toThrow();
    expect(() => checkValue('cmi.core.lesson_status', 'done')).toThrow();
    expect(() => checkValue('cmi.core.score.raw', '101')).toThrow();
    expect(() => checkValue('cmi.core.session_time', '1:02:03')).toThrow();
  });

  it('formats time spans as HHHH:MM:SS.SS', () => {
    expect(formatTimespan(0)).toBe('0000:00:00.00');
    expect(formatTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(formatTimespan(-5)).toBe('0000:00:00.00');
    expect(isCMITimespan(formatTimespan(1e13))).toBe(true);
  });

  it('finds the API up the parent chain or on the opener, and not past a cross-origin frame', () => {
    const { wrapped } = lms();
    const top: any = { API: wrapped };
    top.parent = top;
    const mid: any = { parent: top };
    const leaf: any = { parent: mid };
    expect(findScormApi(leaf)).toBe(wrapped);
    const popup: any = { parent: null, opener: leaf };
    expect(findScormApi(popup)).toBe(wrapped);
    const blocked: any = {
      get parent() {
        throw new DOMException('cross-origin');
      },
    };
    expect(findScormApi(blocked)).toBeUndefined();
    const plain: any = {};
    plain.parent = plain;
    expect(findScormApi(plain)).toBeUndefined();
  });
});
