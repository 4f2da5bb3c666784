import { startLms, type AppServices } from '../../src/lms/runtime';
import { EXT_DOC_STEP, EXT_RULE, EXT_WALKTHROUGH, VERB } from '../../src/lms/cmi5';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../src/i18n/languages';
import type { Mistake, Mode, Run } from '../../src/training/progress/run';
import { scoreRun } from '../../src/training/progress/scoring';
import type { Walkthrough } from '../../src/training/types';
import { WALKTHROUGHS } from '../../src/training/walkthroughs';
import { launchQuery, mockCmi5, type MockOptions } from './mockCmi5';

// The whole cmi5 AU as the site runs it (src/lms/runtime.ts: launch parameters, the one-time
// token, LMS.LaunchData, learner preferences, a run of the real walkthrough definitions, result,
// terminated, returnURL) against the mock LMS/LRS, which refuses what ADL's CATAPULT player
// refuses. The matrix is every AU of cmi5.xml (walkthrough × graded mode) × launch mode ×
// language (the learner's cmi5 languagePreference); the browser tests repeat one AU per launch
// mode. The app's services are fakes that record what the runtime asked of them.

const COURSE = 'https://w3id.org/partner-sim/course';
const TAG: Record<Language, string> = { en: 'en-US', ru: 'ru-RU', zh: 'zh-CN' };

function fakeApp(start: Language = 'en') {
  let language: Language = start;
  const listeners: Array<(run: Run | null, w: Walkthrough | undefined) => void> = [];
  const toasts: Array<{ kind: string; message: string }> = [];
  const routes: string[] = [];
  const app: AppServices = {
    training: {
      subscribe: (listener: (typeof listeners)[number]) => (
        listeners.push(listener),
        () => undefined
      ),
      run: null,
    } as unknown as AppServices['training'],
    router: { replace: (path: string) => void routes.push(path) } as AppServices['router'],
    toasts: {
      push: (t: { kind: string; message: string }) => void toasts.push(t),
    } as unknown as AppServices['toasts'],
    i18n: {
      t: ((key: string, options?: Record<string, string>) =>
        `${key}${options ? JSON.stringify(options) : ''}`) as AppServices['i18n']['t'],
      currentLanguage: () => language,
      loadNamespaces: async () => undefined,
      setLanguage: async (l: Language) => void (language = l),
    } as AppServices['i18n'],
    languages: { LANGUAGES, LANGUAGE_NAMES },
    walkthroughs: () => import('../../src/training/walkthroughs'),
  };
  const emit = (run: Run, w: Walkthrough) => listeners.forEach((l) => l(run, w));
  return { app, emit, toasts, routes, language: () => language };
}

function fakeWindow(fetch: (input: string, init?: RequestInit) => Promise<Response>) {
  const handlers: Array<() => void> = [];
  const assigned: string[] = [];
  const win: Record<string, unknown> = {
    fetch,
    opener: null,
    addEventListener: (type: string, fn: () => void) => type === 'pagehide' && handlers.push(fn),
    location: { assign: (url: string) => void assigned.push(url) },
  };
  win.parent = win;
  return { win: win as unknown as Window, pagehide: () => handlers.forEach((h) => h()), assigned };
}

function run(w: Walkthrough, mode: Mode, step: number, mistakes: Mistake[] = []): Run {
  const finished = step >= w.steps.length;
  const scored = finished && mode === 'test' ? scoreRun(w.steps.length, mistakes, step) : undefined;
  return {
    id: 'run',
    slug: w.slug,
    mode,
    lang: 'en',
    embed: true,
    pace: 'normal',
    learner: 'l',
    status: finished ? 'finished' : 'active',
    step,
    stepCount: w.steps.length,
    helpLevel: 0,
    mistakes,
    startedAt: Date.now(),
    elapsedMs: 0,
    score: scored?.score,
    passed: scored?.passed,
  };
}

async function launchAu(
  w: Walkthrough,
  mode: 'practice' | 'test',
  options: Omit<MockOptions, 'activityId'>,
  query: Record<string, string> = {},
) {
  const activityId = `${COURSE}/${w.slug}/${mode}/lms-generated`;
  const lms = mockCmi5({ ...options, activityId });
  const url = new URL('https://partner-sim.example/index.html');
  url.searchParams.set('w', w.slug);
  url.searchParams.set('mode', mode);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  for (const [k, v] of launchQuery(undefined, activityId)) url.searchParams.set(k, v);
  const app = fakeApp();
  const win = fakeWindow(lms.fetch);
  await startLms(url, app.app, win.win);
  return { lms, ...app, ...win };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await settle();
};

describe('cmi5: every AU × launch mode × language against the mock LMS/LRS', () => {
  for (const w of WALKTHROUGHS) {
    for (const mode of ['practice', 'test'] as const) {
      for (const lang of LANGUAGES) {
        // One failing test per walkthrough (a mistake on every step, in ru): both test verbs are covered.
        const failing = mode === 'test' && lang === 'ru';
        it(`${w.slug} ${mode} Normal ${lang}: 7.1.1.0-1 initialized first, 7.1.3.0-1 a step statement each, ${mode === 'practice' ? '9.3.3.0-1 completed' : failing ? '9.3.5.0-1 failed' : '9.3.4.0-1 passed'}, 9.3.8.0-2 terminated last, 10.2.6.0-1 returnURL`, async () => {
          const au = await launchAu(w, mode, {
            launchMode: 'Normal',
            moveOn: mode === 'test' ? 'Passed' : 'Completed',
            masteryScore: mode === 'test' ? 0.8 : undefined,
            languagePreference: `${TAG[lang]},en-US`,
            returnURL: 'https://lms.example/course/1',
          });
          expect(au.toasts).toEqual([]);
          expect(au.language()).toBe(lang);
          expect(au.routes).toEqual([`/learn/${w.slug}?mode=${mode}&embed=1`]);
          const mistakes: Mistake[] = failing
            ? w.steps.map((s, i) => ({
                step: i,
                stepId: s.id,
                kind: 'rule',
                detail: 'R-X-1',
                at: 1,
              }))
            : [];
          for (let step = 1; step <= w.steps.length; step++)
            au.emit(
              run(
                w,
                mode,
                step,
                mistakes.filter((m) => m.step < step),
              ),
              w,
            );
          await until(() => au.assigned.length > 0);
          expect(au.lms.rejections).toEqual([]);
          const expected = mode === 'practice' ? 'completed' : failing ? 'failed' : 'passed';
          expect(au.lms.verbs()).toEqual([
            'initialized',
            ...w.steps.map(() => 'answered'),
            expected,
            'terminated',
          ]);
          const steps = au.lms.statements.slice(1, -2);
          steps.forEach((s, i) => {
            expect(s.context.extensions[EXT_WALKTHROUGH]).toBe(w.slug);
            expect(s.context.extensions[EXT_DOC_STEP]).toMatch(
              new RegExp(`^${w.steps[i]!.doc.doc}#`),
            );
            expect(s.context.extensions[EXT_RULE]).toBe(failing ? 'R-X-1' : undefined);
          });
          if (mode === 'test')
            expect(au.lms.statements.at(-2)!.result.score.scaled).toBe(failing ? 0 : 1);
          expect(au.assigned).toEqual(['https://lms.example/course/1']);
          // pagehide after the end sends nothing more (terminated was the last).
          au.pagehide();
          await settle();
          expect(au.lms.verbs().at(-1)).toBe('terminated');
          expect(au.lms.rejections).toEqual([]);
        });
      }
      for (const launchMode of ['Browse', 'Review'] as const) {
        const lang = LANGUAGES[(WALKTHROUGHS.indexOf(w) + (mode === 'test' ? 1 : 0)) % 3]!;
        for (const language of [lang]) {
          it(`${w.slug} ${mode} ${launchMode} ${language}: 10.2.2.0-${launchMode === 'Browse' ? '8/-9' : '10/-11'} watched, only initialized and terminated`, async () => {
            const au = await launchAu(w, mode, {
              launchMode,
              moveOn: mode === 'test' ? 'Passed' : 'Completed',
              masteryScore: mode === 'test' ? 0.8 : undefined,
              languagePreference: TAG[language],
            });
            expect(au.toasts).toEqual([]);
            expect(au.language()).toBe(language);
            expect(au.routes).toEqual([`/learn/${w.slug}?mode=watch&embed=1`]);
            // Runs of the launched (graded) mode are not this session's: nothing is sent for them.
            au.emit(run(w, mode, 1), w);
            for (let step = 1; step <= w.steps.length; step++) au.emit(run(w, 'watch', step), w);
            await until(() => au.lms.verbs().at(-1) === 'terminated');
            expect(au.lms.rejections).toEqual([]);
            expect(au.lms.verbs()).toEqual(['initialized', 'terminated']);
            expect(au.lms.statements[1]!.result.duration).toMatch(/^PT/);
          });
        }
      }
    }
  }
});

describe('cmi5 runtime: what the LMS sends is honoured or refused with a message', () => {
  const w = [...WALKTHROUGHS].sort((a, b) => a.steps.length - b.steps.length)[0]!;

  it('10.2.4.0-2: passed/failed follow LMS.LaunchData’s masteryScore, not the course’s 0.8', async () => {
    const au = await launchAu(w, 'test', { launchMode: 'Normal', masteryScore: 1 });
    const mistake: Mistake = { step: 0, stepId: w.steps[0]!.id, kind: 'wrongControl', at: 1 };
    for (let step = 1; step <= w.steps.length; step++) au.emit(run(w, 'test', step, [mistake]), w);
    await until(() => au.lms.verbs().at(-1) === 'terminated');
    expect(au.lms.rejections).toEqual([]);
    expect(au.lms.verbs().at(-2)).toBe('failed');
  });

  it('a test whose outcome was missed fails without a score (9.3.5.0-2 refuses a failed score ≥ masteryScore)', async () => {
    const au = await launchAu(w, 'test', { launchMode: 'Normal', masteryScore: 0.8 });
    for (let step = 1; step <= w.steps.length; step++) {
      const r = run(w, 'test', step);
      if (step === w.steps.length) r.outcome = [{ id: 'x', expected: true, actual: false }];
      au.emit(r, w);
    }
    await until(() => au.lms.verbs().at(-1) === 'terminated');
    expect(au.lms.rejections).toEqual([]);
    const failed = au.lms.statements.at(-2)!;
    expect(failed.verb.id).toBe(VERB.failed);
    expect(failed.result.score).toBeUndefined();
  });

  it('8.1.0.0-7 / 8.1.0.0-8: the launch parameters in any order, URL-encoded; the walkthrough’s lang parameter wins over languagePreference', async () => {
    const au = await launchAu(
      w,
      'practice',
      {
        launchMode: 'Normal',
        moveOn: 'Completed',
        languagePreference: 'ru-RU',
      },
      { lang: 'zh' },
    );
    expect(au.language()).toBe('zh');
    expect(au.lms.rejections).toEqual([]);
  });

  it('11.1.0.0-1: a malformed languagePreference is told in the learner’s language and the current one kept', async () => {
    const au = await launchAu(w, 'practice', {
      launchMode: 'Normal',
      moveOn: 'Completed',
      languagePreference: 'ru RU;<b>',
    });
    expect(au.language()).toBe('en');
    expect(au.toasts.map((t) => t.message)).toEqual([
      expect.stringMatching(/^lms:badLanguage.*English/),
    ]);
    expect(au.lms.verbs()).toEqual(['initialized']);
  });

  it('an unknown walkthrough or mode: nothing is sent, the catalogue opens, the learner is told which parameter', async () => {
    for (const [name, value] of [
      ['w', 'no-such-walkthrough'],
      ['mode', 'watch'],
    ] as const) {
      const au = await launchAu(w, 'practice', { launchMode: 'Normal' }, { [name]: value });
      expect(au.lms.statements).toEqual([]);
      expect(au.routes).toEqual(['/learn']);
      expect(au.toasts).toEqual([
        { kind: 'error', message: `lms:badLaunch${JSON.stringify({ parameter: name })}` },
      ]);
    }
  });

  it('bad LMS.LaunchData (no moveOn, masteryScore out of range, unknown launchMode): told, nothing sent, the walkthrough runs locally', async () => {
    for (const launchData of [
      { contextTemplate: {}, launchMode: 'Normal' },
      { contextTemplate: {}, launchMode: 'Normal', moveOn: 'Passed', masteryScore: 80 },
      { contextTemplate: {}, launchMode: 'Watch', moveOn: 'Passed' },
      'not json',
    ]) {
      const au = await launchAu(w, 'test', { launchMode: 'Normal', launchData });
      expect(au.lms.statements).toEqual([]);
      expect(au.toasts).toEqual([
        {
          kind: 'error',
          message: `lms:badLmsData${JSON.stringify({ element: 'LMS.LaunchData' })}`,
        },
      ]);
      expect(au.routes).toEqual([`/learn/${w.slug}?mode=test&embed=1`]);
    }
  });

  it('an LMS that goes away mid-run: told once, the run goes on, terminated still tried on pagehide with keepalive', async () => {
    const au = await launchAu(w, 'practice', {
      launchMode: 'Normal',
      moveOn: 'Completed',
      failFrom: { index: 2, status: 503 },
    });
    for (let step = 1; step < w.steps.length; step++) au.emit(run(w, 'practice', step), w);
    await settle();
    au.pagehide();
    await until(() => au.toasts.length > 0);
    await settle();
    expect(au.toasts).toEqual([
      { kind: 'error', message: `lms:lmsError${JSON.stringify({ code: 'statement 503' })}` },
    ]);
    expect(au.lms.verbs()).toEqual(['initialized', 'answered']);
  });

  it('terminated on pagehide goes with keepalive (9.3.8.0-1), and nothing follows it', async () => {
    const au = await launchAu(w, 'practice', { launchMode: 'Normal', moveOn: 'Completed' });
    au.emit(run(w, 'practice', 1), w);
    au.pagehide();
    await until(() => au.lms.verbs().at(-1) === 'terminated');
    for (let step = 2; step <= w.steps.length; step++) au.emit(run(w, 'practice', step), w);
    await settle();
    expect(au.lms.rejections).toEqual([]);
    expect(au.lms.keepalive).toEqual([VERB.terminated]);
    expect(au.lms.verbs().at(-1)).toBe('terminated');
  });
});

describe('SCORM 1.2 runtime: finding the LMS, the language, values read', () => {
  const w = [...WALKTHROUGHS].sort((a, b) => a.steps.length - b.steps.length)[0]!;
  const itemUrl = (query: string) => new URL(`https://lms.example/pkg/index.html${query}`);

  it('no API up the frames or on the opener: a packaged item’s launch is told it runs locally; a plain visit hears nothing', async () => {
    const noApi = fakeWindow(async () => new Response('{}'));
    const item = fakeApp();
    await startLms(itemUrl(`?w=${w.slug}&mode=test&lang=ru`), item.app, noApi.win);
    expect(item.toasts).toEqual([{ kind: 'warning', message: 'lms:noLms' }]);
    const plain = fakeApp();
    await startLms(itemUrl(''), plain.app, noApi.win);
    expect(plain.toasts).toEqual([]);
    expect(plain.routes).toEqual([]);
  });

  it('language: the item’s lang, else cmi.student_preference.language; values of the wrong type are named to the learner', async () => {
    const { Scorm12API } = await import('scorm-again');
    const withApi = (preference: string) => {
      const api = new Scorm12API({ autocommit: false, logLevel: 5 });
      api.loadFromJSON({ student_preference: { language: preference } } as never, '');
      const win = fakeWindow(async () => new Response('{}'));
      (win.win as unknown as Record<string, unknown>).API = api;
      return { api, win: win.win };
    };
    const ru = withApi('ru-RU');
    const a = fakeApp();
    await startLms(itemUrl(`?w=${w.slug}&mode=practice`), a.app, ru.win);
    expect(a.language()).toBe('ru');
    expect(a.toasts).toEqual([]);
    expect(ru.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');

    const b = fakeApp();
    await startLms(itemUrl(`?w=${w.slug}&mode=practice&lang=zh`), b.app, withApi('ru').win);
    expect(b.language()).toBe('zh');

    const c = fakeApp();
    await startLms(itemUrl(`?w=${w.slug}&mode=practice`), c.app, withApi('klingon!').win);
    expect(c.language()).toBe('en');
    expect(c.toasts.map((t) => t.message)).toEqual([expect.stringMatching(/^lms:badLanguage/)]);

    const d = fakeApp();
    const long = withApi('en');
    const get = long.api.LMSGetValue.bind(long.api);
    long.api.LMSGetValue = (e: string) => (e === 'cmi.core.entry' ? 'sometimes' : get(e));
    await startLms(itemUrl(`?w=${w.slug}&mode=practice`), d.app, long.win);
    expect(d.toasts).toEqual([
      {
        kind: 'warning',
        message: `lms:badLmsData${JSON.stringify({ element: 'cmi.core.entry' })}`,
      },
    ]);
  });
});
