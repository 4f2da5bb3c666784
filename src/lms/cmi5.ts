import type { Mode } from '../training/progress/run';

// The cmi5 AU side of a walkthrough (cmi5 spec, "xAPI Profile for cmi5"): the launch
// parameters, the one-time auth token, LMS.LaunchData and the learner's preferences, then the
// statements of one session. Network access is injected (`fetch`), so the tests drive it against
// a mock LMS/LRS that refuses what a conformant LMS refuses.

export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  /** A step done: a cmi5 "allowed" statement (no cmi5 category). */
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CATEGORY_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const EXT_MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const EXT_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** Our own context extensions on step statements: which walkthrough, documentation step and rule. */
export const EXT_WALKTHROUGH = 'https://w3id.org/partner-sim/xapi/extensions/walkthrough';
export const EXT_DOC_STEP = 'https://w3id.org/partner-sim/xapi/extensions/doc-step';
export const EXT_RULE = 'https://w3id.org/partner-sim/xapi/extensions/rule';
export const XAPI_VERSION = '1.0.3';

export interface Cmi5Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The five launch parameters from location.search (never the hash), or the name of the first bad one. */
export function readCmi5Launch(
  search: URLSearchParams,
): { ok: true; launch: Cmi5Launch } | { ok: false; parameter: string } {
  const get = (name: string) => search.get(name) ?? '';
  const url = (name: string) => {
    try {
      const u = new URL(get(name));
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  };
  const endpoint = url('endpoint');
  if (!endpoint) return { ok: false, parameter: 'endpoint' };
  const fetchUrl = url('fetch');
  if (!fetchUrl) return { ok: false, parameter: 'fetch' };
  let actor: unknown;
  try {
    actor = JSON.parse(get('actor'));
  } catch {
    return { ok: false, parameter: 'actor' };
  }
  if (typeof actor !== 'object' || actor === null || !('account' in actor))
    return { ok: false, parameter: 'actor' };
  const registration = get('registration');
  if (!UUID.test(registration)) return { ok: false, parameter: 'registration' };
  const activityId = get('activityId');
  if (!url('activityId')) return { ok: false, parameter: 'activityId' };
  return {
    ok: true,
    launch: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetchUrl,
      actor: actor as Record<string, unknown>,
      registration,
      activityId,
    },
  };
}

export interface LaunchData {
  contextTemplate: {
    contextActivities?: Record<string, unknown>;
    extensions?: Record<string, unknown>;
  };
  launchMode: 'Normal' | 'Browse' | 'Review';
  launchMethod?: 'OwnWindow' | 'AnyWindow';
  masteryScore?: number;
  moveOn: string;
  returnURL?: string;
  launchParameters?: string;
}

const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/**
 * LMS.LaunchData as we may use it, or undefined: every field we read is checked (cmi5 10.2),
 * so a bad document stops the launch with a message instead of statements the LMS would refuse.
 */
export function checkLaunchData(value: unknown): LaunchData | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const d = value as Record<string, unknown>;
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(d.contextTemplate)) return undefined;
  const template = d.contextTemplate as Record<string, unknown>;
  if (template.contextActivities !== undefined && !isObject(template.contextActivities))
    return undefined;
  if (template.extensions !== undefined && !isObject(template.extensions)) return undefined;
  if (!['Normal', 'Browse', 'Review'].includes(d.launchMode as string)) return undefined;
  if (!MOVE_ON.includes(d.moveOn as string)) return undefined;
  if (
    d.masteryScore !== undefined &&
    (typeof d.masteryScore !== 'number' || !(d.masteryScore >= 0 && d.masteryScore <= 1))
  )
    return undefined;
  if (d.returnURL !== undefined && typeof d.returnURL !== 'string') return undefined;
  return d as unknown as LaunchData;
}

export interface LearnerPreferences {
  languagePreference?: string;
  audioPreference?: string;
}

/** ISO 8601 duration of milliseconds, as xAPI result.duration: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

export class Cmi5Error extends Error {
  constructor(
    readonly step: string,
    readonly status: number,
  ) {
    super(`cmi5 ${step}: ${status}`);
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface StepStatement {
  index: number;
  stepId: string;
  slug: string;
  /** The documentation step this UI step teaches (docs.ts id#section.step). */
  docStep: string;
  rule?: string;
  success: boolean;
  durationMs: number;
}

/**
 * One cmi5 session. Every statement waits for the one before (the LMS sees them in order);
 * terminated is the last, and nothing is sent after it.
 */
export class Cmi5Session {
  readonly launch: Cmi5Launch;
  #fetch: Fetch;
  #now: () => number;
  #uuid: () => string;
  #token: string | undefined;
  #fetched = false;
  #launchData: LaunchData | undefined;
  #startedAt = 0;
  #initialized = false;
  #terminated = false;
  #judged = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: {
    launch: Cmi5Launch;
    fetch: Fetch;
    now?: () => number;
    uuid?: () => string;
  }) {
    this.launch = options.launch;
    this.#fetch = options.fetch;
    this.#now = options.now ?? Date.now;
    this.#uuid = options.uuid ?? (() => crypto.randomUUID());
  }

  get launchData(): LaunchData | undefined {
    return this.#launchData;
  }
  /** Browse and Review: the learner watches; only initialized and terminated are sent (cmi5 10.0). */
  get judged(): boolean {
    return this.#launchData?.launchMode === 'Normal';
  }
  get terminated(): boolean {
    return this.#terminated;
  }

  #headers(json = false): Record<string, string> {
    return {
      Authorization: `Basic ${this.#token ?? ''}`,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  #agentQuery(extra: Record<string, string>): string {
    return new URLSearchParams({ ...extra, agent: JSON.stringify(this.launch.actor) }).toString();
  }

  /** The one-time token (POST to `fetch`, guarded: a second call is an error at the LMS), LMS.LaunchData and preferences. */
  async start(): Promise<{ launchData: LaunchData; preferences: LearnerPreferences }> {
    if (this.#fetched) throw new Cmi5Error('fetch twice', 0);
    this.#fetched = true;
    const tokenResponse = await this.#fetch(this.launch.fetchUrl, { method: 'POST' });
    if (!tokenResponse.ok) throw new Cmi5Error('fetch', tokenResponse.status);
    const token = (await tokenResponse.json()) as { 'auth-token'?: string; 'error-code'?: string };
    if (!token['auth-token']) throw new Cmi5Error('fetch', Number(token['error-code'] ?? 0));
    this.#token = token['auth-token'];
    const state = await this.#fetch(
      `${this.launch.endpoint}activities/state?${this.#agentQuery({ stateId: 'LMS.LaunchData', activityId: this.launch.activityId, registration: this.launch.registration })}`,
      { headers: this.#headers() },
    );
    if (!state.ok) throw new Cmi5Error('LMS.LaunchData', state.status);
    const launchData = checkLaunchData(await state.json().catch(() => undefined));
    if (!launchData) throw new Cmi5Error('LMS.LaunchData', 422);
    this.#launchData = launchData;
    const prefs = await this.#fetch(
      `${this.launch.endpoint}agents/profile?${this.#agentQuery({ profileId: 'cmi5LearnerPreferences' })}`,
      { headers: this.#headers() },
    );
    // 404: the learner has no preferences stored; any answer but JSON is treated the same.
    const read: unknown = prefs.ok ? await prefs.json().catch(() => undefined) : undefined;
    const preferences: LearnerPreferences = {};
    if (typeof read === 'object' && read !== null) {
      const { languagePreference, audioPreference } = read as Record<string, unknown>;
      if (typeof languagePreference === 'string')
        preferences.languagePreference = languagePreference.slice(0, 1000);
      if (audioPreference === 'on' || audioPreference === 'off')
        preferences.audioPreference = audioPreference;
    }
    return { launchData, preferences };
  }

  #statement(
    verb: string,
    display: string,
    extra: {
      result?: Record<string, unknown>;
      categories?: string[];
      extensions?: Record<string, unknown>;
      object?: Record<string, unknown>;
    } = {},
  ) {
    const template = this.#launchData?.contextTemplate ?? {};
    const activities = { ...(template.contextActivities ?? {}) } as Record<string, unknown[]>;
    if (extra.categories?.length)
      activities.category = [
        ...((activities.category as unknown[]) ?? []),
        ...extra.categories.map((id) => ({ id, objectType: 'Activity' })),
      ];
    return {
      id: this.#uuid(),
      timestamp: new Date(this.#now()).toISOString(),
      actor: this.launch.actor,
      verb: { id: verb, display: { 'en-US': display } },
      object: extra.object ?? { id: this.launch.activityId, objectType: 'Activity' },
      ...(extra.result ? { result: extra.result } : {}),
      context: {
        registration: this.launch.registration,
        contextActivities: activities,
        extensions: { ...(template.extensions ?? {}), ...(extra.extensions ?? {}) },
      },
    };
  }

  #send(statement: object, keepalive = false): Promise<void> {
    const next = this.#queue.then(async () => {
      const response = await this.#fetch(`${this.launch.endpoint}statements`, {
        method: 'POST',
        headers: this.#headers(true),
        body: JSON.stringify(statement),
        keepalive,
      });
      if (!response.ok) throw new Cmi5Error('statement', response.status);
    });
    // One failure fails this call; the queue goes on so terminated can still be tried.
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async initialized(): Promise<void> {
    if (this.#initialized) return;
    this.#initialized = true;
    this.#startedAt = this.#now();
    await this.#send(
      this.#statement(VERB.initialized, 'initialized', { categories: [CATEGORY_CMI5] }),
    );
  }

  /** A step done (Normal mode only): an allowed statement with the walkthrough, documentation step and rule. */
  async step(s: StepStatement): Promise<void> {
    if (!this.#initialized || this.#terminated || !this.judged) return;
    await this.#send(
      this.#statement(VERB.answered, 'answered', {
        object: {
          id: `${this.launch.activityId}/step/${encodeURIComponent(s.stepId)}`,
          objectType: 'Activity',
          definition: {
            type: 'http://adlnet.gov/expapi/activities/interaction',
            interactionType: 'performance',
          },
        },
        result: { success: s.success, duration: isoDuration(s.durationMs) },
        extensions: {
          [EXT_WALKTHROUGH]: s.slug,
          [EXT_DOC_STEP]: s.docStep,
          ...(s.rule ? { [EXT_RULE]: s.rule } : {}),
        },
      }),
    );
  }

  /**
   * The walkthrough's result (once, Normal mode only): completed for practice, passed/failed
   * against LMS.LaunchData's masteryScore for test. `outcomeMet` false (the world does not show
   * the goal, issue 11) fails the test whatever the score: that failed carries no score, as a
   * score at or above masteryScore on failed is refused (cmi5 9.3.5.0-2).
   */
  async result(mode: Mode, score0to100?: number, outcomeMet = true): Promise<void> {
    if (!this.#initialized || this.#terminated || this.#judged || !this.judged) return;
    this.#judged = true;
    const duration = isoDuration(this.#now() - this.#startedAt);
    if (mode === 'test' && typeof score0to100 === 'number') {
      const scaled = Math.min(1, Math.max(0, Math.round(score0to100) / 100));
      const mastery = this.#launchData?.masteryScore ?? 0.8;
      const passed = scaled >= mastery && outcomeMet;
      await this.#send(
        this.#statement(passed ? VERB.passed : VERB.failed, passed ? 'passed' : 'failed', {
          categories: [CATEGORY_CMI5, CATEGORY_MOVEON],
          result: {
            success: passed,
            ...(passed || scaled < mastery ? { score: { scaled } } : {}),
            duration,
          },
          extensions: { [EXT_MASTERY]: mastery },
        }),
      );
    } else if (mode !== 'test') {
      await this.#send(
        this.#statement(VERB.completed, 'completed', {
          categories: [CATEGORY_CMI5, CATEGORY_MOVEON],
          result: { completion: true, duration },
        }),
      );
    }
  }

  /** The last statement of the session, with its duration. `keepalive` on pagehide, so it survives the page. */
  async terminate(keepalive = false): Promise<void> {
    if (!this.#initialized || this.#terminated) return;
    this.#terminated = true;
    await this.#send(
      this.#statement(VERB.terminated, 'terminated', {
        categories: [CATEGORY_CMI5],
        result: { duration: isoDuration(this.#now() - this.#startedAt) },
      }),
      keepalive,
    );
  }
}
