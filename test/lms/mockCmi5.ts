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
// every statement and refuses (HTTP 400/401/403, and a log line) what a conformant LMS refuses
// (the checks ADL's CATAPULT test suite makes of an AU). Each refusal names the cmi5 spec
// section it enforces ("cmi5 §…"), so a failing test says which rule the AU broke.

export interface MockOptions {
  launchMode: LaunchData['launchMode'];
  masteryScore?: number;
  moveOn?: string;
  languagePreference?: string;
  returnURL?: string;
  /** Answer statements with this status from the Nth statement on (an LMS that goes away). */
  failFrom?: { index: number; status: number };
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

export function launchQuery(base = DEFAULT_BASE): URLSearchParams {
  return new URLSearchParams({
    endpoint: `${base}lrs/`,
    fetch: `${base}lms/fetch?k=1`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
}

export function mockCmi5(options: MockOptions, base = DEFAULT_BASE) {
  const ENDPOINT = `${base}lrs/`;
  const FETCH_URL = `${base}lms/fetch?k=1`;
  const token = 'dG9rZW4tMQ==';
  const statements: Array<Record<string, any>> = [];
  const rejections: string[] = [];
  const keepalive: string[] = [];
  let fetches = 0;
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

  function checkStatement(s: Record<string, any>): string | undefined {
    const verb = s.verb?.id as string;
    const cats = ((s.context?.contextActivities?.category ?? []) as Array<{ id: string }>).map(
      (c) => c.id,
    );
    const defined = cats.includes(CATEGORY_CMI5);
    const verbs = statements.map((x) => x.verb.id as string);
    if (!s.id || !s.timestamp) return 'cmi5 §9.1, §9.7: id and timestamp';
    if (JSON.stringify(s.actor) !== JSON.stringify(ACTOR))
      return 'cmi5 §9.2: actor is the launch actor';
    if (s.context?.registration !== REGISTRATION)
      return 'cmi5 §9.6.1: context.registration is the launch registration';
    if (s.context?.extensions?.[EXT_SESSION] !== SESSION)
      return 'cmi5 §9.6.3.1: the session id of the context template';
    if (verbs.includes(VERB.terminated)) return 'cmi5 §9.3.8: nothing after terminated';
    if (statements.length === 0 && verb !== VERB.initialized)
      return 'cmi5 §9.3.2: initialized first';
    if (verb === VERB.initialized && verbs.includes(VERB.initialized))
      return 'cmi5 §9.3.2: initialized once';
    const definedVerbs: string[] = [
      VERB.initialized,
      VERB.completed,
      VERB.passed,
      VERB.failed,
      VERB.terminated,
    ];
    if (definedVerbs.includes(verb)) {
      if (!defined) return 'cmi5 §9.6.2.1: a cmi5 defined statement has the cmi5 category';
      if (s.object?.id !== ACTIVITY) return 'cmi5 §9.4: object is the AU';
    } else if (defined) return 'cmi5 §9.6.2.1: an allowed statement has no cmi5 category';
    if ([VERB.completed, VERB.passed, VERB.failed].includes(verb as never)) {
      if (options.launchMode !== 'Normal')
        return 'cmi5 §10.2.2: no completed/passed/failed outside Normal launch mode';
      if (!cats.includes(CATEGORY_MOVEON)) return 'cmi5 §9.6.2.2: moveon category';
      if (!s.result?.duration) return 'cmi5 §9.5.4.1: duration';
      if (verb === VERB.completed) {
        if (verbs.includes(VERB.completed)) return 'cmi5 §9.3.3: completed once per registration';
        if (s.result.completion !== true) return 'cmi5 §9.5.3: completion true';
      } else {
        if (verbs.includes(VERB.passed)) return 'cmi5 §9.3.4: nothing judged after passed';
        const scaled = s.result.score?.scaled;
        const mastery = options.masteryScore;
        if (typeof scaled !== 'number' || scaled < 0 || scaled > 1)
          return 'cmi5 §9.5.1: score.scaled 0–1';
        if (mastery !== undefined) {
          if (s.context.extensions[EXT_MASTERY] !== mastery)
            return 'cmi5 §9.6.3.2: the masteryScore extension';
          if (verb === VERB.passed && scaled < mastery)
            return 'cmi5 §9.3.4: passed needs score ≥ masteryScore';
          if (verb === VERB.failed && scaled >= mastery)
            return 'cmi5 §9.3.5: failed needs score < masteryScore';
        }
        if (s.result.success !== (verb === VERB.passed))
          return 'cmi5 §9.5.2: success true for passed, false for failed';
      }
    }
    if (verb === VERB.terminated && !s.result?.duration)
      return 'cmi5 §9.5.4.1: terminated carries the duration';
    return undefined;
  }

  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const headers = new Headers(init.headers);
    if (input === FETCH_URL) {
      if (init.method !== 'POST') return reject(400, 'cmi5 §8.2.1: the fetch URL takes POST');
      // A second call must answer an error (cmi5 §8.2.3.1: the token URL is good once).
      if (++fetches > 1) {
        rejections.push('cmi5 §8.2.3.1: fetch URL used twice');
        return json(200, { 'error-code': '1', 'error-text': 'already in use' });
      }
      return json(200, { 'auth-token': token });
    }
    if (!url.href.startsWith(ENDPOINT)) return reject(404, 'network: only the LMS endpoint');
    if (headers.get('Authorization') !== `Basic ${token}`)
      return reject(401, 'cmi5 §8.2.2: the fetched token as Basic auth');
    if (headers.get('X-Experience-API-Version') !== XAPI_VERSION)
      return reject(400, 'xAPI 6.2: version header');
    const path = url.pathname.slice(new URL(ENDPOINT).pathname.length);
    if (init.method === 'OPTIONS') return json(200, {});
    if (path === 'activities/state') {
      const agent = url.searchParams.get('agent');
      if (
        url.searchParams.get('stateId') !== 'LMS.LaunchData' ||
        url.searchParams.get('activityId') !== ACTIVITY ||
        url.searchParams.get('registration') !== REGISTRATION ||
        JSON.stringify(JSON.parse(agent ?? 'null')) !== JSON.stringify(ACTOR)
      ) {
        return reject(400, 'cmi5 §10.2: LMS.LaunchData by activityId, agent, registration');
      }
      if (statements.length) return reject(400, 'cmi5 §10.2: LaunchData read before initialized');
      return json(200, launchData);
    }
    if (path === 'agents/profile') {
      if (url.searchParams.get('profileId') !== 'cmi5LearnerPreferences')
        return reject(400, 'cmi5 §11: cmi5LearnerPreferences');
      if (options.languagePreference === undefined) return json(404, {});
      return json(200, { languagePreference: options.languagePreference, audioPreference: 'on' });
    }
    if (path === 'statements' && init.method === 'POST') {
      if (options.failFrom && statements.length >= options.failFrom.index)
        return json(options.failFrom.status, {});
      const s = JSON.parse(String(init.body));
      const problem = checkStatement(s);
      if (problem) return reject(403, problem);
      statements.push(s);
      if (init.keepalive) keepalive.push(s.verb.id);
      return json(200, [s.id]);
    }
    return reject(404, `unknown ${init.method ?? 'GET'} ${path}`);
  };
  return {
    fetch,
    statements,
    rejections,
    keepalive,
    verbs: () => statements.map((s) => (s.verb.id as string).split('/').pop()),
  };
}
