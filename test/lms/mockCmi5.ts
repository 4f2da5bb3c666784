import {
  CATEGORY_CMI5,
  CATEGORY_MOVEON,
  EXT_MASTERY,
  EXT_SESSION,
  VERB,
  XAPI_VERSION,
  type LaunchData,
} from '../../src/lms/cmi5';

// A mock cmi5 LMS + LRS, as a fetch function: one registration, one AU, one session. It keeps
// every statement and refuses (HTTP 400/401/403, and a log line) what ADL's CATAPULT player
// refuses of an AU (player/service/plugins/routes/lrs.js of github.com/adlnet/CATAPULT), each
// refusal labelled with the cmi5 requirement id that check enforces (`@cmi5/requirements`,
// requirements.json of the same repository, Apache-2.0), so a failing test names the rule the
// AU broke. Two checks are stricter than CATAPULT, and say so: statement ids must be UUIDs
// (9.1.0.0-1 asks for the format, CATAPULT only for presence), and in Browse/Review nothing but
// initialized and terminated is accepted (issue 14; the spec forbids only cmi5 defined ones).

export interface MockOptions {
  launchMode: LaunchData['launchMode'];
  masteryScore?: number;
  moveOn?: string;
  languagePreference?: string;
  returnURL?: string;
  /** The AU's activity id as the LMS launches it (default: accept-invitation's test AU). */
  activityId?: string;
  /** Answer statements with this status from the Nth statement on (an LMS that goes away). */
  failFrom?: { index: number; status: number };
  /** Replace LMS.LaunchData by this document (an LMS sending bad launch data). */
  launchData?: unknown;
}

/** Where the mock answers: a loopback origin (in the browser tests, the site's own, which its CSP allows). */
const DEFAULT_BASE = 'http://127.0.0.1:9/';
export const ACTIVITY = 'https://w3id.org/partner-sim/course/accept-invitation/test';
export const REGISTRATION = '9a2f8c1e-4b7d-4e0a-9f3c-2d1e5b6a7c8d';
export const ACTOR = {
  objectType: 'Agent',
  account: { homePage: 'http://127.0.0.1:9', name: 'learner-1' },
  name: 'Learner One',
};
const SESSION = 'b1c2d3e4-0000-4000-8000-000000000001';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** CATAPULT's check of a languagePreference (11.1.0.0-1). */
export const LANGUAGE_PREFERENCE = /^[-A-Za-z0-9]+(?:,[-A-Za-z0-9]+)*$/;

export function launchQuery(base = DEFAULT_BASE, activityId = ACTIVITY): URLSearchParams {
  return new URLSearchParams({
    endpoint: `${base}lrs/`,
    fetch: `${base}lms/fetch?k=1`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId,
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mockCmi5(options: MockOptions, base = DEFAULT_BASE) {
  const ENDPOINT = `${base}lrs/`;
  const FETCH_URL = `${base}lms/fetch?k=1`;
  const activity = options.activityId ?? ACTIVITY;
  const token = 'dG9rZW4tMQ==';
  const statements: Array<Record<string, any>> = [];
  const rejections: string[] = [];
  const keepalive: string[] = [];
  let fetches = 0;
  let launchDataRead = false;
  let prefsRead = false;
  const launchData: LaunchData = {
    contextTemplate: {
      contextActivities: {
        grouping: [{ id: 'https://w3id.org/partner-sim/course', objectType: 'Activity' }],
      },
      extensions: { [EXT_SESSION]: SESSION },
    },
    launchMode: options.launchMode,
    moveOn: options.moveOn ?? 'Passed',
    ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
    ...(options.returnURL ? { returnURL: options.returnURL } : {}),
  };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const reject = (status: number, rule: string) => {
    rejections.push(rule);
    return json(status, { error: rule });
  };

  /** The context must hold the template's values unchanged (CATAPULT matchContextTemplate). */
  function matchesTemplate(context: Record<string, any>): boolean {
    const template = launchData.contextTemplate;
    for (const [kind, list] of Object.entries(template.contextActivities ?? {}))
      for (const [i, a] of (list as Array<{ id: string }>).entries())
        if (context.contextActivities?.[kind]?.[i]?.id !== a.id) return false;
    for (const [k, v] of Object.entries(template.extensions ?? {}))
      if (!same(context.extensions?.[k], v)) return false;
    return true;
  }

  function checkStatement(s: Record<string, any>): string | undefined {
    if (!prefsRead) return '11.0.0.0-3: the learner preferences are read before any statement';
    if (!launchDataRead) return '10.2.1.0-4: the context template comes from LMS.LaunchData';
    for (const prop of ['actor', 'verb', 'object'])
      if (s[prop] === undefined) return `4.1.0.0-1: a statement has ${prop}`;
    if (!s.id || !UUID.test(s.id)) return '9.1.0.0-1: a statement id in UUID format';
    if (!s.timestamp) return '9.7.0.0-1: a timestamp';
    if (!/(Z|\+00:?(?:00)?)$/.test(s.timestamp)) return '9.7.0.0-2: the timestamp in UTC';
    if (!same(s.actor, ACTOR)) return '8.1.3.0-3: the launch actor';
    if (!s.context) return '9.6.0.0-1: a context';
    if (!s.context.contextActivities || !matchesTemplate(s.context))
      return '10.2.1.0-6: the context template, unchanged';
    const verb = s.verb.id as string;
    const cats = ((s.context.contextActivities.category ?? []) as Array<{ id: string }>).map(
      (c) => c.id,
    );
    const defined = cats.includes(CATEGORY_CMI5);
    const judged = [VERB.completed, VERB.passed, VERB.failed] as string[];
    if (cats.includes(CATEGORY_MOVEON) && (!defined || !judged.includes(verb)))
      return '9.6.2.2-2: the moveon category only on completed, passed, failed';
    if (s.context.registration !== REGISTRATION) return '9.6.1.0-1: the launch registration';
    if (!s.context.extensions?.[EXT_SESSION]) return '9.6.3.1-4: the session id';
    const verbs = statements.map((x) => x.verb.id as string);
    if (statements.length === 0 && verb !== VERB.initialized)
      return '9.3.0.0-4: initialized is the first statement';
    if (verbs.includes(VERB.terminated)) return '9.3.0.0-5: terminated is the last statement';
    if (!defined) {
      // A cmi5 allowed statement: the spec lets Browse/Review send them; issue 14 does not.
      if (options.launchMode !== 'Normal')
        return `10.2.2.0-${options.launchMode === 'Browse' ? '9' : '11'} (stricter): only initialized and terminated in ${options.launchMode}`;
      return undefined;
    }
    if (s.actor.objectType !== undefined && s.actor.objectType !== 'Agent')
      return '9.2.0.0-2: the actor is an Agent';
    if (!s.actor.account?.name || !s.actor.account?.homePage)
      return '9.2.0.0-3: the actor has an account';
    if (!s.object.id) return '9.4.0.0-1: an object';
    if (s.object.id !== activity) return '8.1.5.0-6: the object is the launch activityId';
    if (options.launchMode === 'Browse' && judged.includes(verb))
      return '10.2.2.0-2: no satisfaction data in Browse';
    if (options.launchMode === 'Review' && judged.includes(verb))
      return '10.2.2.0-3: no satisfaction data in Review';
    const r = s.result;
    if (!r) {
      if (verb === VERB.completed) return '9.5.3.0-1: completed has completion true';
      if (verb === VERB.passed) return '9.5.2.0-1: passed has success true';
      if (verb === VERB.failed) return '9.5.2.0-2: failed has success false';
      if (verb === VERB.terminated) return '9.5.4.1-1: terminated has a duration';
    } else {
      if (r.completion !== undefined && verb !== VERB.completed)
        return '9.5.3.0-2: completion only on completed';
      if (verb === VERB.completed && r.completion !== true)
        return '9.5.3.0-1: completed has completion true';
      if (r.success !== undefined && verb !== VERB.passed && verb !== VERB.failed)
        return '9.5.2.0-3: success only on passed and failed';
      if (verb === VERB.passed && r.success !== true) return '9.5.2.0-1: passed has success true';
      if (verb === VERB.failed && r.success !== false) return '9.5.2.0-2: failed has success false';
      if (
        (r.completion !== undefined || r.success !== undefined) &&
        !cats.includes(CATEGORY_MOVEON)
      )
        return '9.6.2.2-1: the moveon category on completed, passed, failed';
      if (r.score) {
        if (verb !== VERB.passed && verb !== VERB.failed)
          return '9.5.1.0-2: a score only on passed and failed';
        if (r.score.raw !== undefined && (r.score.min === undefined || r.score.max === undefined))
          return '9.5.1.0-3: min and max with raw';
        if (launchData.masteryScore !== undefined) {
          if (s.context.extensions[EXT_MASTERY] !== launchData.masteryScore)
            return '9.6.3.2-2: the masteryScore extension';
        }
      }
      if (r.duration === undefined) {
        if (verb === VERB.terminated) return '9.5.4.1-1: terminated has a duration';
        if (verb === VERB.completed) return '9.5.4.1-2: completed has a duration';
        if (verb === VERB.passed) return '9.5.4.1-3: passed has a duration';
        if (verb === VERB.failed) return '9.5.4.1-4: failed has a duration';
      }
    }
    const definedVerbs = statements
      .filter((x) => x.context.contextActivities.category?.some((c: any) => c.id === CATEGORY_CMI5))
      .map((x) => x.verb.id as string);
    const mastery = launchData.masteryScore;
    const scaled = r?.score?.scaled;
    switch (verb) {
      case VERB.initialized:
        if (definedVerbs.includes(verb)) return '9.3.0.0-2: initialized once';
        return undefined;
      case VERB.terminated:
        return undefined;
      case VERB.completed:
        if (definedVerbs.includes(verb)) return '9.3.0.0-6: completed once per registration';
        return undefined;
      case VERB.passed:
        if (mastery !== undefined && typeof scaled === 'number' && scaled < mastery)
          return '9.3.4.0-2: a passed score is at least masteryScore';
        if (definedVerbs.includes(VERB.passed)) return '9.3.0.0-7: passed once per registration';
        if (definedVerbs.includes(VERB.failed)) return '9.3.0.0-3: not both passed and failed';
        return undefined;
      case VERB.failed:
        if (mastery !== undefined && typeof scaled === 'number' && scaled >= mastery)
          return '9.3.5.0-2: a failed score is below masteryScore';
        if (definedVerbs.includes(VERB.failed)) return '9.3.0.0-2: failed once';
        if (definedVerbs.includes(VERB.passed)) return '9.3.0.0-8: no failed after passed';
        return undefined;
      default:
        return `9.3.0.0-1: not a cmi5 defined verb: ${verb}`;
    }
  }

  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    const method = (init.method ?? 'GET').toUpperCase();
    if (input === FETCH_URL) {
      if (method !== 'POST') return reject(400, '8.2.1.0-2: the fetch URL takes POST');
      // A second call answers 200 with an error code, never a second token (8.2.2.0-3, 8.2.3.0-1).
      if (++fetches > 1) {
        rejections.push('8.2.3.0-1: the fetch URL is used once');
        return json(200, { 'error-code': '1', 'error-text': 'already in use' });
      }
      return json(200, { 'auth-token': token });
    }
    if (!url.href.startsWith(ENDPOINT)) return reject(404, 'network: only the LMS endpoint');
    if (method === 'OPTIONS') return json(200, {});
    if (fetches === 0) return reject(401, '8.1.2.0-2: the token is fetched first');
    if (headers.get('Authorization') !== `Basic ${token}`)
      return reject(401, '8.2.1.0-5: the fetched token as Basic auth');
    if (statements.some((s) => s.verb.id === VERB.terminated))
      return reject(401, '8.1.2.0-2: the token ends with the session');
    if (headers.get('X-Experience-API-Version') !== XAPI_VERSION)
      return reject(400, 'xAPI 1.0.3 §6.2: the version header');
    const path = url.pathname.slice(new URL(ENDPOINT).pathname.length);
    if (path === 'activities/state') {
      let agent: unknown;
      try {
        agent = JSON.parse(url.searchParams.get('agent') ?? 'null');
      } catch {
        return reject(400, 'xAPI: the agent parameter is JSON');
      }
      if (!same(agent, ACTOR)) return reject(403, '8.1.3.0-3: the launch actor');
      if (url.searchParams.get('registration') !== REGISTRATION)
        return reject(403, '8.1.4.0-3: the launch registration');
      if (url.searchParams.get('stateId') !== 'LMS.LaunchData')
        return reject(404, `unknown state ${url.searchParams.get('stateId')}`);
      if (url.searchParams.get('activityId') !== activity)
        return reject(404, '10.1.0.0-3: LMS.LaunchData of the launch activityId');
      if (method !== 'GET') return reject(403, '10.2.1.0-5: LMS.LaunchData is read only');
      launchDataRead = true;
      return json(200, options.launchData ?? launchData);
    }
    if (path === 'agents/profile') {
      let agent: unknown;
      try {
        agent = JSON.parse(url.searchParams.get('agent') ?? 'null');
      } catch {
        return reject(400, 'xAPI: the agent parameter is JSON');
      }
      if (!same(agent, ACTOR)) return reject(403, '11.0.0.0-1: the launch actor');
      if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences')
        return reject(404, '11.0.0.0-4: cmi5LearnerPreferences');
      if (method !== 'GET') return reject(403, '11.0.0.0-2: preferences are the LMS’s');
      prefsRead = true;
      if (options.languagePreference === undefined) return json(404, {});
      return json(200, { languagePreference: options.languagePreference, audioPreference: 'on' });
    }
    if (path === 'statements' && (method === 'POST' || method === 'PUT')) {
      if (options.failFrom && statements.length >= options.failFrom.index)
        return json(options.failFrom.status, {});
      const s = JSON.parse(String(init.body));
      const problem = checkStatement(s);
      if (problem) return reject(403, problem);
      statements.push(s);
      if (init.keepalive) keepalive.push(s.verb.id);
      return json(200, [s.id]);
    }
    return reject(404, `unknown ${method} ${path}`);
  };
  return {
    fetch,
    statements,
    rejections,
    keepalive,
    launchData,
    verbs: () => statements.map((s) => (s.verb.id as string).split('/').pop()),
  };
}
