import type { router as Router } from '../app/router.svelte';
import type * as I18n from '../i18n/i18n.svelte';
import type * as Languages from '../i18n/languages';
import type { toasts as Toasts } from '../lib/ui/toasts.svelte';
import type { training as Training } from '../training/trainingSession.svelte';
import { lmsLanguage, parseLaunch, type LaunchParams } from './launch';
import { findScormApi, Scorm12Tracker, type LaunchRead, type ScormProblem } from './scorm12';

// Loaded only when main.ts sees a possible LMS launch (a parent frame or opener, or cmi5's
// parameters): a plain visit never downloads this chunk. It connects the walkthrough run on
// screen to the LMS; every failure is told to the learner and the run goes on locally.

/**
 * The app's services, handed over by main.ts rather than imported here: a lazy chunk that
 * imported them would make the bundler regroup the first view's shared chunks (its bytes and
 * file list must stay as they are for a plain visit).
 */
export interface AppServices {
  training: Pick<typeof Training, "subscribe" | "run">;
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
  if (!api) return;
  await app.i18n.loadNamespaces(['lms']);
  return startScorm(api, url, app, win);
}

async function startScorm(api: NonNullable<ReturnType<typeof findScormApi>>, url: URL, app: AppServices, win: Window): Promise<void> {
  const { training, router, toasts, i18n } = app;
  const { LANGUAGES, LANGUAGE_NAMES } = app.languages;
  const say = (kind: 'error' | 'warning' | 'info', key: string, options?: Record<string, string>) => toasts.push({ kind, message: i18n.t(`lms:${key}`, options) });
  const { walkthroughBySlug } = await app.walkthroughs();
  const known = (slug: string) => walkthroughBySlug(slug) !== undefined;
  let params: LaunchParams = parseLaunch(url.searchParams, known, LANGUAGES);
  const tracker = new Scorm12Tracker({
    api,
    launch: (launchData): LaunchRead => {
      // The item's own parameters first; cmi.launch_data (adlcp:datafromlms) for LMSs that drop them.
      if (!params.ok && !url.searchParams.has('w') && launchData) params = parseLaunch(new URLSearchParams(launchData), known, LANGUAGES);
      if (!params.ok) return params;
      const walkthrough = walkthroughBySlug(params.slug)!;
      return { ok: true, launch: { slug: params.slug, mode: params.mode, steps: walkthrough.steps } };
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
  // Language: the launch parameter, then the learner's LMS preference, then the browser (already chosen at boot).
  const fromLms = lmsLanguage(start.language, LANGUAGES);
  if (fromLms === null) say('warning', 'badLanguage', { value: start.language.slice(0, 40), language: LANGUAGE_NAMES[i18n.currentLanguage()] });
  const lang = params.lang ?? fromLms ?? undefined;
  if (lang && lang !== i18n.currentLanguage()) await i18n.setLanguage(lang);
  const { slug, mode } = params;
  training.subscribe((run) => {
    if (!run || run.slug !== slug || run.mode !== mode) return;
    const wasFinished = tracker.finished;
    tracker.update(run);
    if (!wasFinished && tracker.finished && !tracker.broken) say('info', 'finished');
  });
  win.addEventListener('pagehide', () => tracker.pagehide());
  const onScreen = training.run;
  if (onScreen && onScreen.slug === slug && onScreen.mode === mode) tracker.update(onScreen);
  router.replace(`/learn/${slug}?mode=${mode}&embed=1`);
}
