import { openDatabase, openOrInMemory, type OpenedDatabase } from '../db/open';
import { getDb } from '../db/instance';
import { randomId } from '../domain/ids';
import { session } from '../app/session.svelte';
import { router } from '../app/router.svelte';
import { currentWorld, showWorld } from '../app/world.svelte';
import { currentLanguage, loadNamespaces, setLanguage, t } from '../i18n/i18n.svelte';
import { toasts } from '../lib/ui/toasts.svelte';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { LearnersDB, LEARNERS_DB_NAME } from './progress/learnersDb';
import { activeRun } from './progress/activeRun';
import type { Mistake, Mode, Pace, Run } from './progress/run';
import { worldProfile } from '../app/profile.svelte';
import type { PersonaRef, Walkthrough } from './types';
import type { Edition } from '../domain/edition';

// The one walkthrough run of this tab: which world is shown, which step the learner is on,
// and every change to the run (each stored at once, so a reload resumes where it was). The
// progress repository is the one source of truth: `run` is only ever set to the run it
// answered with, never to a copy patched here (issue 13). The coach machine
// (coach/coach.machine.ts) decides when to call each change; this class carries it out.

// Only the boot's question (is a walkthrough running?) is in the first view (issue 19): the
// progress repository, the walkthrough worlds and the outcome load with the first walkthrough
// action (a trainer's link starts loading them with the boot, src/main.ts).
export const loadProgress = () => import('./progress/progressRepository');
export const loadTrainingWorld = () => import('./trainingWorld');

async function readOutcome(...args: Parameters<typeof import('./progress/outcome').readOutcome>) {
  return (await import('./progress/outcome')).readOutcome(...args);
}

/** The definitions load on demand: a learner who never opens a walkthrough never downloads them. */
async function walkthroughBySlug(slug: string): Promise<Walkthrough | undefined> {
  return (await import('./walkthroughs')).walkthroughBySlug(slug);
}

export const TRAINING_NAMESPACES = (slug?: string) =>
  slug ? ['training', `wt-${slug}`] : ['training'];

async function openLearners(): Promise<LearnersDB> {
  return (await openOrInMemory((options) => new LearnersDB(LEARNERS_DB_NAME, options))).db;
}

export async function resolvePersona(ref: PersonaRef): Promise<string | undefined> {
  if (typeof ref === 'string') return ref;
  const user = await getDb().users.where('email').equals(ref.email.toLowerCase()).first();
  return user?.id;
}

export interface StartOptions {
  lang?: Language;
  embed?: boolean;
  pace?: Pace;
}

export interface OpenOptions extends StartOptions {
  /** Start afresh even if the learner has this walkthrough open in this mode. */
  restart?: boolean;
}

/** Told of every change to the run on screen (an LMS tracker listens; see src/lms). */
export type RunListener = (run: Run | null, walkthrough: Walkthrough | undefined) => void;

class TrainingSession {
  #run = $state.raw<Run | null>(null);
  #listeners = new Set<RunListener>();
  /** The definition of the run's walkthrough. */
  walkthrough = $state.raw<Walkthrough | undefined>();

  /** The run on screen (also after it finished, until the learner closes it). */
  get run(): Run | null {
    return this.#run;
  }
  set run(run: Run | null) {
    this.#run = run;
    for (const listener of this.#listeners) listener(run, this.walkthrough);
  }

  /**
   * Launched by an LMS (a SCORM API can only be up a parent frame or on an opener; cmi5 puts its
   * launch parameters in the query): load the LMS tracker (src/lms). A plain visit downloads none of it.
   */
  connectLms(url: URL): void {
    if (window.parent === window && !window.opener && !url.searchParams.has('endpoint')) return;
    // An LMS opens `index.html?w=<slug>&mode=<mode>` without a hash: go to the walkthrough before
    // the first page renders, so the run's remembered page is not overwritten by the home page.
    const slug = url.searchParams.get('w');
    if (slug && !location.hash)
      router.replace(
        `/learn/${encodeURIComponent(slug)}?mode=${encodeURIComponent(url.searchParams.get('mode') ?? 'practice')}&embed=1`,
      );
    const app = {
      training: this,
      router,
      toasts,
      i18n: { t, currentLanguage, loadNamespaces, setLanguage },
      languages: { LANGUAGES, LANGUAGE_NAMES },
      walkthroughs: () => import('./walkthroughs'),
    };
    void import('../lms/runtime')
      .then((lms) => lms.startLms(url, app))
      .catch((error) => console.error(error));
  }

  /** Every later change of the run, without a Svelte effect (the LMS runtime is plain code). Returns the unsubscribe. */
  subscribe(listener: RunListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  #learners: LearnersDB | undefined;
  #scenario = 'default';
  /** The run opened from storage (a reload, Continue): its page state, such as a dialog, is gone. */
  #resumedRun: string | undefined;

  /** Whether the run on screen was opened from storage rather than started in this page. */
  get resumed(): boolean {
    return this.#run !== null && this.#run.id === this.#resumedRun;
  }

  /** Read-only, for the PWA update prompt: an update is never offered while a test runs (it would reload the page mid-test). */
  get testRunning(): boolean {
    return this.run?.mode === 'test' && this.run.status === 'active';
  }

  // An embedded run stays embedded once it ends (issue 12): the iframe has no simulator around it.
  get embed(): boolean {
    return this.run?.embed === true;
  }

  async learners(): Promise<LearnersDB> {
    this.#learners ??= await openLearners();
    return this.#learners;
  }

  /** At start: the active walkthrough's world if one is running (a reload resumes it), else the learner's own. */
  async boot(
    scenario: string,
    edition?: Edition,
  ): Promise<{ opened: OpenedDatabase; training: boolean }> {
    this.#scenario = scenario;
    // The learner's own world opens while the learners database is asked for a running
    // walkthrough (issue 19: one after the other cost the first view 120–330 ms). Nearly every
    // start shows it; when a walkthrough is running, it was opened for nothing, harmlessly.
    const own = openDatabase(scenario, edition);
    own.catch(() => undefined); // awaited below unless a walkthrough's world is shown
    try {
      const run = await activeRun(await this.learners());
      const walkthrough = run ? await walkthroughBySlug(run.slug) : undefined;
      if (run && walkthrough) {
        // The coach loads its texts itself: i18n may not be initialised yet at boot.
        const opened = await (await loadTrainingWorld()).openTrainingWorld(walkthrough, false);
        this.walkthrough = walkthrough;
        this.#resumedRun = run.id;
        this.run = run;
        return { opened, training: true };
      }
    } catch (error) {
      console.warn('training progress unavailable', error);
    }
    return { opened: await own, training: false };
  }

  /**
   * The resumed walkthrough's world has a record that doesn't fit (issue 17): its run is set
   * aside and the learner's own world opens instead, so no page renders the bad record. Once
   * the app is shown, `restartBadRun` starts that walkthrough again on a fresh copy.
   */
  async leaveBadWorld(): Promise<{ opened: OpenedDatabase; training: false }> {
    this.#badRun = this.run ?? undefined;
    this.walkthrough = undefined;
    this.#resumedRun = undefined;
    this.run = null;
    return { opened: await openDatabase(this.#scenario), training: false };
  }

  /** A walkthrough whose world didn't fit (at start, or found after the first paint) starts again on a fresh copy; the old run is abandoned. */
  async restartBadRun(run: Run | undefined = this.#badRun): Promise<Run | undefined> {
    this.#badRun = undefined;
    if (!run) return undefined;
    return this.start(run.slug, run.mode, { embed: run.embed, pace: run.pace });
  }

  /** The run set aside at start by `leaveBadWorld`, if any. */
  get badRun(): Run | undefined {
    return this.#badRun;
  }
  #badRun: Run | undefined;

  /**
   * A trainer's link: the run already on screen stays; else the learner's open run of the same
   * walkthrough and mode resumes (a second click loses nothing); else a fresh one starts.
   */
  open(slug: string, mode: Mode, options: OpenOptions = {}): Promise<Run | undefined> {
    // The same link opened again before the first open is done (a double click, a re-rendered
    // page) joins it instead of starting a second fresh run beside it.
    const key = JSON.stringify([slug, mode, options]);
    if (this.#opening?.key === key) return this.#opening.done;
    const done = this.#open(slug, mode, options).finally(() => {
      if (this.#opening?.done === done) this.#opening = undefined;
    });
    this.#opening = { key, done };
    return done;
  }
  #opening: { key: string; done: Promise<Run | undefined> } | undefined;

  async #open(slug: string, mode: Mode, options: OpenOptions): Promise<Run | undefined> {
    const current = this.run;
    const walkthrough = this.walkthrough;
    if (
      !options.restart &&
      current?.status === 'active' &&
      current.slug === slug &&
      current.mode === mode &&
      currentWorld.isTraining &&
      walkthrough
    ) {
      router.replace(current.path ?? walkthrough.steps[current.step]?.start ?? walkthrough.start);
      return current;
    }
    const progress = await loadProgress();
    const open = options.restart
      ? undefined
      : await progress.openRunOf(await this.learners(), slug, mode);
    return open
      ? this.resume(open.id, { embed: options.embed, lang: options.lang })
      : this.start(slug, mode, options);
  }

  /** Starts a walkthrough on a fresh copy of its world. */
  async start(slug: string, mode: Mode, options: StartOptions = {}): Promise<Run | undefined> {
    const [walkthrough, learners] = await Promise.all([walkthroughBySlug(slug), this.learners()]);
    if (!walkthrough) return undefined;
    // The slowest part of a trainer's link ("Preparing a fresh copy of the world…") starts
    // first, and the language and texts load meanwhile (issue 19).
    // The world on screen (the learner's own, or a walkthrough's copy of it) gives the profile.
    const profile = worldProfile.current;
    const world = loadTrainingWorld().then((m) => m.openTrainingWorld(walkthrough, true, profile));
    world.catch(() => undefined); // awaited below; a failed language switch must not leave it unhandled
    // Stored, so a reload in the walkthrough keeps the trainer's language.
    if (options.lang) await setLanguage(options.lang);
    // After the switch: the training texts load in the run's language.
    const [opened] = await Promise.all([world, loadNamespaces(TRAINING_NAMESPACES(slug))]);
    const returnPersona =
      this.run && currentWorld.isTraining ? (this.run.returnPersona ?? null) : session.personaId;
    const progress = await loadProgress();
    const run = await progress.startRun(learners, {
      id: randomId('run'),
      slug,
      mode,
      lang: currentLanguage(),
      embed: options.embed ?? false,
      pace: options.pace ?? 'normal',
      stepCount: walkthrough.steps.length,
      returnPersona,
      now: Date.now(),
      edition: walkthrough.edition,
    });
    await this.#show(walkthrough, run, opened, walkthrough.steps[0]?.start ?? walkthrough.start);
    return run;
  }

  /** Continues a paused run where it was left. */
  async resume(runId: string, options: StartOptions = {}): Promise<Run | undefined> {
    const learners = await this.learners();
    const progress = await loadProgress();
    const saved = await progress.getRun(learners, runId);
    const walkthrough = saved ? await walkthroughBySlug(saved.slug) : undefined;
    if (!saved || !walkthrough) return undefined;
    const run = await progress.resumeRun(learners, runId, Date.now(), {
      embed: options.embed,
      lang: options.lang,
    });
    if (!run) return undefined;
    this.#resumedRun = run.id;
    if (options.lang) await setLanguage(options.lang);
    const [opened] = await Promise.all([
      loadTrainingWorld().then((m) => m.openTrainingWorld(walkthrough, false)),
      loadNamespaces(TRAINING_NAMESPACES(run.slug)),
    ]);
    await this.#show(
      walkthrough,
      run,
      opened,
      run.path ?? walkthrough.steps[run.step]?.start ?? walkthrough.start,
    );
    return run;
  }

  /** Puts the run on screen: its world, the persona of its step, its page. */
  async #show(
    walkthrough: Walkthrough,
    run: Run,
    opened: OpenedDatabase,
    path: string,
  ): Promise<void> {
    this.walkthrough = walkthrough;
    this.run = run;
    void showWorld(opened, true);
    await this.enterStep(walkthrough, run.step);
    router.replace(path);
  }

  /** Acts as the step's persona (without touching the learner's own stored choice). Returns whether it changed. */
  async enterStep(walkthrough: Walkthrough, index: number): Promise<boolean> {
    const step = walkthrough.steps[index];
    if (!step) return false;
    const id = await resolvePersona(step.persona);
    if (!id || id === session.personaId) return false;
    session.select(id, false);
    return true;
  }

  /** Who the learner now acts as, for the coach to say so. */
  async personaName(): Promise<{ name: string; organization: string } | undefined> {
    const user = session.personaId ? await getDb().users.get(session.personaId) : undefined;
    const tenant = user ? await getDb().tenants.get(user.tenantId) : undefined;
    return user && tenant ? { name: user.displayName, organization: tenant.name } : undefined;
  }

  /** Leaves the walkthrough for the learner's own world; an unfinished run stays paused for later. */
  async exit(): Promise<void> {
    const run = this.run;
    if (run?.status === 'active')
      await (await loadProgress()).pauseRun(await this.learners(), run.id, Date.now());
    this.run = null;
    const opened = await openDatabase(this.#scenario);
    if (run?.returnPersona) session.select(run.returnPersona);
    else session.init(null);
    void showWorld(opened, false);
  }

  async completeStep(from: number): Promise<Run | undefined> {
    const run = this.run;
    if (!run || run.status !== 'active') return undefined;
    // The last step: the world's facts are read before the run closes, so the score judges them.
    const last =
      this.walkthrough && from === run.stepCount - 1
        ? await readOutcome(this.walkthrough, getDb(), run.seen ?? [])
        : undefined;
    const progress = await loadProgress();
    const updated = await progress.completeStep(
      await this.learners(),
      run.id,
      from,
      Date.now(),
      last,
    );
    if (updated) this.run = updated;
    return updated;
  }

  async mistake(kind: Mistake['kind'], detail: string | undefined): Promise<void> {
    const run = this.run;
    const walkthrough = this.walkthrough;
    if (!run || run.status !== 'active' || !walkthrough || run.mode === 'watch') return;
    const stepId = walkthrough.steps[run.step]?.id ?? '';
    const progress = await loadProgress();
    const updated = await progress.recordMistake(await this.learners(), run.id, {
      step: run.step,
      stepId,
      kind,
      detail,
      at: Date.now(),
    });
    if (updated && this.run?.id === updated.id) this.run = updated;
  }

  async askForHelp(level: number): Promise<void> {
    const run = this.run;
    if (!run || run.mode === 'test') return;
    const progress = await loadProgress();
    const updated = await progress.raiseHelp(await this.learners(), run.id, level);
    if (updated && this.run?.id === updated.id) this.run = updated;
  }

  async giveUp(): Promise<Run | undefined> {
    const run = this.run;
    const walkthrough = this.walkthrough;
    if (!run || !walkthrough) return undefined;
    const outcome = await readOutcome(walkthrough, getDb(), run.seen ?? []);
    const progress = await loadProgress();
    const updated = await progress.giveUp(
      await this.learners(),
      run.id,
      walkthrough.steps[run.step]?.id ?? '',
      Date.now(),
      outcome,
    );
    if (updated) this.run = updated;
    return updated;
  }

  /** The coach saw a documented action the world does not keep (the agreement opened; issue 11). */
  async sawFact(factId: string): Promise<void> {
    const run = this.run;
    if (!run || run.status !== 'active' || run.seen?.includes(factId)) return;
    const progress = await loadProgress();
    const updated = await progress.recordSeen(await this.learners(), run.id, factId);
    if (updated && this.run?.id === updated.id) this.run = updated;
  }

  /** Test mode: the goal can no longer be reached in this run; the attempt ends with that reason (issue 11). */
  async endAtDeadEnd(deadEndId: string): Promise<Run | undefined> {
    const run = this.run;
    const walkthrough = this.walkthrough;
    if (!run || !walkthrough) return undefined;
    const outcome = await readOutcome(walkthrough, getDb(), run.seen ?? []);
    const progress = await loadProgress();
    const updated = await progress.endAtDeadEnd(
      await this.learners(),
      run.id,
      walkthrough.steps[run.step]?.id ?? '',
      deadEndId,
      Date.now(),
      outcome,
    );
    if (updated) this.run = updated;
    return updated;
  }

  /** Saves the world as the current step begins, once per step (the target of Previous). */
  async checkpoint(step: number): Promise<void> {
    const run = this.run;
    if (!run || run.status !== 'active' || run.mode === 'test') return;
    const learners = await this.learners();
    const [progress, world] = await Promise.all([loadProgress(), loadTrainingWorld()]);
    if (await progress.hasCheckpoint(learners, run.id, step)) return;
    await progress.saveCheckpoint(
      learners,
      await world.takeCheckpoint(getDb(), run.id, step, router.location.path, session.personaId),
    );
  }

  /** Previous: the world, persona and page as they were when the previous step began. */
  async stepBack(): Promise<boolean> {
    const run = this.run;
    if (!run) return false;
    const progress = await loadProgress();
    const back = await progress.stepBack(await this.learners(), run.id);
    if (!back) return false;
    await (await loadTrainingWorld()).restoreCheckpoint(getDb(), back.checkpoint);
    this.run = back.run;
    if (back.checkpoint.persona) session.select(back.checkpoint.persona, false);
    // Re-key the shell: pages and their workflows start again from the restored world.
    void showWorld({ db: getDb(), persistent: currentWorld.persistent }, true);
    router.replace(back.checkpoint.path || (this.walkthrough?.start ?? ''));
    return true;
  }

  async rememberPath(path: string): Promise<void> {
    const run = this.run;
    if (run?.status !== 'active' || run.path === path) return;
    const progress = await loadProgress();
    const updated = await progress.rememberPath(await this.learners(), run.id, path);
    if (updated && this.run?.id === updated.id) this.run = updated;
  }

  /** After a reload: back to the step that opens what the reload closed (a dialog; issue 11). */
  async rewindStep(from: number): Promise<Run | undefined> {
    const run = this.run;
    if (!run || run.status !== 'active') return undefined;
    const progress = await loadProgress();
    const updated = await progress.rewindStep(await this.learners(), run.id, from);
    if (updated && this.run?.id === updated.id) this.run = updated;
    return updated;
  }
}

export const training = new TrainingSession();
