import type { router as Router } from '../app/router.svelte';
import type * as I18n from '../i18n/i18n.svelte';
import type * as Languages from '../i18n/languages';
import type { toasts as Toasts } from '../lib/ui/toasts.svelte';
import type { training as Training } from '../training/trainingSession.svelte';
import { lmsLanguage, parseLaunch, type LaunchParams } from './launch';
import { findScormApi, Scorm12Tracker, type LaunchRead, type ScormProblem } from './scorm12';
import { Cmi5Error, Cmi5Session, readCmi5Launch } from './cmi5';
import type { Run } from '../training/progress/run';
import type { Walkthrough } from '../training/types';

// Loaded only when main.ts sees a possible LMS launch (a parent frame or opener, or cmi5's
// parameters): a plain visit never downloads this chunk. It connects the walkthrough run on
// screen to the LMS; every failure is told to the learner and the run goes on locally.

/**
 * The app's services, handed over by main.ts rather than imported here: a lazy chunk that
 * imported them would make the bundler regroup the first view's shared chunks (its bytes and
 * file list must stay as they are for a plain visit).
 */
export interface AppServices {
  training: Pick<typeof Training, 'subscribe' | 'run'>;
  router: typeof Router;
  toasts: typeof Toasts;
  i18n: Pick<typeof I18n, 't' | 'currentLanguage' | 'loadNamespaces' | 'setLanguage'>;
  languages: Pick<typeof Languages, 'LANGUAGES' | 'LANGUAGE_NAMES'>;
  /** The walkthrough definitions (their own lazy chunk); a dynamic import here would pull Vite's preload helper out of the first view's chunk. */
  walkthroughs: () => Promise<typeof import('../training/walkthroughs')>;
}

function problemText(problem: ScormProblem): string {
  return problem.kind === 'lms' ? problem.code : problem.why;
}

export async function startLms(url: URL, app: AppServices, win: Window = window): Promise<void> {
  const api = findScormApi(win as never);
  const cmi5 = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((name) =>
    url.searchParams.has(name),
  );
  if (!api && !cmi5) {
    // Framed or opened with a packaged item's parameters, yet no LMS API: an LMS that lost its
    // API (another origin, a SCORM 2004 only player). Say so; the walkthrough runs locally.
    if (url.searchParams.has('w') && url.searchParams.has('mode')) {
      await app.i18n.loadNamespaces(['lms']);
      app.toasts.push({ kind: 'warning', message: app.i18n.t('lms:noLms') });
    }
    return;
  }
  await app.i18n.loadNamespaces(['lms']);
  return api ? startScorm(api, url, app, win) : startCmi5(url, app, win);
}

/** cmi5: the five launch parameters in location.search (never the hash), the walkthrough in the AU URL's own `w`/`mode`. */
async function startCmi5(url: URL, app: AppServices, win: Window): Promise<void> {
  const { training, router, toasts, i18n } = app;
  const { LANGUAGES, LANGUAGE_NAMES } = app.languages;
  const say = (kind: 'error' | 'warning' | 'info', key: string, options?: Record<string, string>) =>
    toasts.push({ kind, message: i18n.t(`lms:${key}`, options) });
  const { walkthroughBySlug } = await app.walkthroughs();
  const launch = readCmi5Launch(url.searchParams);
  const params = parseLaunch(
    url.searchParams,
    (slug) => walkthroughBySlug(slug) !== undefined,
    LANGUAGES,
    (slug) => walkthroughBySlug(slug)?.edition,
  );
  if (!launch.ok || !params.ok) {
    say('error', 'badLaunch', {
      parameter: !launch.ok ? launch.parameter : params.ok ? '' : params.parameter,
    });
    router.replace('/learn');
    return;
  }
  const session = new Cmi5Session({
    launch: launch.launch,
    fetch: (input, init) => win.fetch(input, init),
  });
  let told = false;
  const failed = (error: unknown) => {
    if (told) return;
    told = true;
    if (error instanceof Cmi5Error && error.step === 'LMS.LaunchData' && error.status === 422)
      return say('error', 'badLmsData', { element: 'LMS.LaunchData' });
    say('error', 'lmsError', {
      code: error instanceof Cmi5Error ? `${error.step} ${error.status}` : 'network',
    });
  };
  let start: Awaited<ReturnType<Cmi5Session['start']>>;
  try {
    start = await session.start();
    await session.initialized();
  } catch (error) {
    failed(error);
    router.replace(`/learn/${params.slug}?mode=${params.mode}&embed=1`);
    return;
  }
  const preferred = start.preferences.languagePreference ?? '';
  const fromLms = lmsLanguage(preferred, LANGUAGES);
  if (fromLms === null)
    say('warning', 'badLanguage', {
      value: preferred.slice(0, 40),
      language: LANGUAGE_NAMES[i18n.currentLanguage()],
    });
  const lang = params.lang ?? fromLms ?? undefined;
  if (lang && lang !== i18n.currentLanguage()) await i18n.setLanguage(lang);
  // Browse / Review: the learner watches the coach; only initialized and terminated are sent.
  const mode = session.judged ? params.mode : 'watch';
  const { slug } = params;
  let sentSteps = -1;
  // A minute of slack: the walkthrough opens (and may create its run) before this chunk loads.
  const launchedAt = Date.now() - 60_000;
  let stepAt = Date.now();
  const end = async (run: Run) => {
    try {
      // The outcome rule of scoring.ts (missedOutcome), inline: importing scoring.ts here would regroup the first view's chunks.
      const outcomeMet = (run.outcome ?? []).every((fact) => fact.actual === fact.expected);
      await session.result(params.mode, run.score, outcomeMet);
      await session.terminate();
    } catch (error) {
      failed(error);
      return;
    }
    say('info', 'finished');
    const back = start.launchData.returnURL;
    if (back && /^https?:/i.test(back)) win.location.assign(back);
  };
  const onRun = (run: Run | null, walkthrough: Walkthrough | undefined) => {
    if (!run || run.slug !== slug || run.mode !== mode || !walkthrough || session.terminated)
      return;
    // A run begun before this launch (resumed) had its earlier steps sent then; a run begun
    // now is sent from step 0, even if the first change seen is already past it.
    if (sentSteps < 0) sentSteps = run.startedAt < launchedAt ? run.step : 0;
    for (; sentSteps < Math.min(run.step, walkthrough.steps.length); sentSteps++) {
      const step = walkthrough.steps[sentSteps]!;
      const mistakes = run.mistakes.filter((m) => m.step === sentSteps);
      const now = Date.now();
      const doc = `${step.doc.doc}#${step.doc.section}${step.doc.step ? `.${step.doc.step}` : ''}`;
      session
        .step({
          index: sentSteps,
          stepId: step.id,
          slug,
          docStep: doc,
          rule: mistakes.find((m) => m.kind === 'rule')?.detail,
          success: mistakes.length === 0,
          durationMs: now - stepAt,
        })
        .catch(failed);
      stepAt = now;
    }
    if (run.status === 'finished') void end(run);
  };
  training.subscribe(onRun);
  win.addEventListener('pagehide', () => void session.terminate(true).catch(() => undefined));
  router.replace(`/learn/${slug}?mode=${mode}&embed=1`);
}

async function startScorm(
  api: NonNullable<ReturnType<typeof findScormApi>>,
  url: URL,
  app: AppServices,
  win: Window,
): Promise<void> {
  const { training, router, toasts, i18n } = app;
  const { LANGUAGES, LANGUAGE_NAMES } = app.languages;
  const say = (kind: 'error' | 'warning' | 'info', key: string, options?: Record<string, string>) =>
    toasts.push({ kind, message: i18n.t(`lms:${key}`, options) });
  const { walkthroughBySlug } = await app.walkthroughs();
  const known = (slug: string) => walkthroughBySlug(slug) !== undefined;
  const editionOf = (slug: string) => walkthroughBySlug(slug)?.edition;
  let params: LaunchParams = parseLaunch(url.searchParams, known, LANGUAGES, editionOf);
  const tracker = new Scorm12Tracker({
    api,
    launch: (launchData): LaunchRead => {
      // The item's own parameters first; cmi.launch_data (adlcp:datafromlms) for LMSs that drop them.
      if (!params.ok && !url.searchParams.has('w') && launchData)
        params = parseLaunch(new URLSearchParams(launchData), known, LANGUAGES, editionOf);
      if (!params.ok) return params;
      const walkthrough = walkthroughBySlug(params.slug)!;
      return {
        ok: true,
        launch: { slug: params.slug, mode: params.mode, steps: walkthrough.steps },
      };
    },
    onProblem: (problem) => say('error', 'lmsError', { code: problemText(problem) }),
  });
  const start = tracker.start();
  if (!start) return;
  if (!start.launch.ok || !params.ok) {
    say('error', 'badLaunch', { parameter: start.launch.ok ? '' : start.launch.parameter });
    router.replace('/learn');
    return;
  }
  if (start.suspendProblem) say('warning', 'oldResume');
  if (start.badValues.length) say('warning', 'badLmsData', { element: start.badValues.join(', ') });
  // Language: the launch parameter, then the learner's LMS preference, then the browser (already chosen at boot).
  const fromLms = lmsLanguage(start.language, LANGUAGES);
  if (fromLms === null)
    say('warning', 'badLanguage', {
      value: start.language.slice(0, 40),
      language: LANGUAGE_NAMES[i18n.currentLanguage()],
    });
  const lang = params.lang ?? fromLms ?? undefined;
  if (lang && lang !== i18n.currentLanguage()) await i18n.setLanguage(lang);
  const { slug, mode } = params;
  training.subscribe((run) => {
    if (!run || run.slug !== slug || run.mode !== mode) return;
    const wasFinished = tracker.finished;
    tracker.update(run);
    if (!wasFinished && tracker.finished && !tracker.broken) say('info', 'finished');
  });
  win.addEventListener('pagehide', (event) =>
    tracker.pagehide((event as PageTransitionEvent).persisted === true),
  );
  const onScreen = training.run;
  if (onScreen && onScreen.slug === slug && onScreen.mode === mode) tracker.update(onScreen);
  router.replace(`/learn/${slug}?mode=${mode}&embed=1`);
}
