import {
  Cmi5Error,
  Cmi5Session,
  EXT_DOC_STEP,
  EXT_MASTERY,
  CATEGORY_MOVEON,
  EXT_RULE,
  EXT_WALKTHROUGH,
  isoDuration,
  readCmi5Launch,
} from '../../src/lms/cmi5';
import { ACTIVITY, ACTOR, REGISTRATION, launchQuery, mockCmi5, type MockOptions } from './mockCmi5';

// The cmi5 AU against our mock LMS/LRS: every AU shape (practice → Completed, test → Passed,
// with a pass and a fail) in Normal, Browse and Review, and the mock's log must hold no rejection.

const WALKTHROUGHS = ['accept-invitation', 'request-relationship', 'purchase-offer'];

function session(options: MockOptions) {
  const lms = mockCmi5(options);
  const read = readCmi5Launch(launchQuery());
  if (!read.ok) throw new Error(read.parameter);
  let clock = 1_700_000_000_000;
  const s = new Cmi5Session({ launch: read.launch, fetch: lms.fetch, now: () => (clock += 1500) });
  return { lms, s };
}

async function play(s: Cmi5Session, slug: string, mode: 'practice' | 'test', score: number) {
  await s.start();
  await s.initialized();
  for (let i = 0; i < 3; i++)
    await s.step({
      index: i,
      stepId: `step-${i}`,
      slug,
      docStep: `partner#accept.${i + 1}`,
      rule: i === 1 && score < 100 ? 'R-GDAP-3' : undefined,
      success: !(i === 1 && score < 100),
      durationMs: 1200,
    });
  await s.result(mode, mode === 'test' ? score : undefined);
  await s.terminate(true);
}

describe('cmi5 AU against the mock LMS/LRS', () => {
  for (const slug of WALKTHROUGHS) {
    for (const [mode, score, expected] of [
      ['practice', 100, 'completed'],
      ['test', 100, 'passed'],
      ['test', 67, 'failed'],
    ] as const) {
      it(`${slug} ${mode} (${score}) in Normal mode: initialized, steps, ${expected}, terminated — no rejection`, async () => {
        const { lms, s } = session({
          launchMode: 'Normal',
          masteryScore: mode === 'test' ? 0.8 : undefined,
          moveOn: mode === 'test' ? 'Passed' : 'Completed',
        });
        await play(s, slug, mode, score);
        expect(lms.rejections).toEqual([]);
        expect(lms.verbs()).toEqual([
          'initialized',
          'answered',
          'answered',
          'answered',
          expected,
          'terminated',
        ]);
        expect(lms.keepalive).toEqual(['http://adlnet.gov/expapi/verbs/terminated']);
        const step = lms.statements[2]!;
        expect(step.context.extensions).toMatchObject({
          [EXT_WALKTHROUGH]: slug,
          [EXT_DOC_STEP]: 'partner#accept.2',
        });
        if (score < 100) expect(step.context.extensions[EXT_RULE]).toBe('R-GDAP-3');
        expect(step.result.success).toBe(score === 100);
      });
    }
    for (const launchMode of ['Browse', 'Review'] as const) {
      it(`${slug} in ${launchMode} mode sends only initialized and terminated`, async () => {
        const { lms, s } = session({ launchMode, masteryScore: 0.8 });
        await play(s, slug, 'test', 100);
        expect(lms.rejections).toEqual([]);
        expect(lms.verbs()).toEqual(['initialized', 'terminated']);
      });
    }
  }

  describe('the mock refuses what CATAPULT refuses, labelled by requirement id (so the clean runs mean something)', () => {
    const AUTH = { Authorization: 'Basic dG9rZW4tMQ==', 'X-Experience-API-Version': '1.0.3' };
    const post = (lms: ReturnType<typeof mockCmi5>, body: unknown) =>
      lms.fetch('http://127.0.0.1:9/lrs/statements', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify(body),
      });
    /** Good statements of a passed test: initialized, 3 steps, passed, terminated. */
    async function goodStatements() {
      const { lms, s } = session({ launchMode: 'Normal', masteryScore: 0.8 });
      await play(s, 'accept-invitation', 'test', 100);
      expect(lms.rejections).toEqual([]);
      return lms.statements;
    }
    /** A fresh mock in the state after `prefix` good statements, then `bad`: the rejection it logged. */
    async function refusal(
      prefix: Array<Record<string, any>>,
      bad: Record<string, any>,
      launchMode: MockOptions['launchMode'] = 'Normal',
    ) {
      const { lms, s } = session({ launchMode, masteryScore: 0.8 });
      await s.start();
      for (const ok of prefix) expect((await post(lms, ok)).status).toBe(200);
      const response = await post(lms, bad);
      expect(response.status).toBeGreaterThanOrEqual(400);
      return lms.rejections.at(-1)?.split(':')[0];
    }
    const uuid = () => crypto.randomUUID();
    const edit = (st: Record<string, any>, change: (x: Record<string, any>) => void) => {
      const copy = structuredClone(st);
      copy.id = uuid();
      change(copy);
      return copy;
    };
    const judgedResult = (st: Record<string, any>) => st.result as Record<string, any>;

    it('statement shape, actor, context template, order', async () => {
      const [init, step, , , passed, terminated] = await goodStatements();
      const cases: Array<[string, Array<Record<string, any>>, Record<string, any>]> = [
        ['4.1.0.0-1', [], edit(init!, (x) => delete x.verb)],
        ['9.1.0.0-1', [], edit(init!, (x) => delete x.id)],
        ['9.1.0.0-1', [], edit(init!, (x) => (x.id = 'statement-1'))],
        ['9.7.0.0-1', [], edit(init!, (x) => delete x.timestamp)],
        ['9.7.0.0-2', [], edit(init!, (x) => (x.timestamp = '2024-01-01T10:00:00+02:00'))],
        ['8.1.3.0-3', [], edit(init!, (x) => (x.actor = { ...x.actor, name: 'Someone' }))],
        ['9.6.0.0-1', [], edit(init!, (x) => delete x.context)],
        ['10.2.1.0-6', [], edit(init!, (x) => (x.context.extensions = {}))],
        ['10.2.1.0-6', [], edit(init!, (x) => delete x.context.contextActivities.grouping)],
        ['9.6.1.0-1', [], edit(init!, (x) => (x.context.registration = uuid()))],
        ['9.3.0.0-4', [], edit(step!, () => undefined)],
        ['9.3.0.0-2', [init!], edit(init!, () => undefined)],
        [
          '9.6.2.2-2',
          [init!],
          edit(step!, (x) => (x.context.contextActivities.category = [{ id: CATEGORY_MOVEON }])),
        ],
        [
          '8.1.5.0-6',
          [init!],
          edit(passed!, (x) => (x.object = { id: 'https://example.com/other' })),
        ],
        ['8.1.2.0-2', [init!, terminated!], edit(step!, () => undefined)],
      ];
      for (const [id, prefix, bad] of cases) expect(await refusal(prefix, bad), id).toBe(id);
    });

    it('results: success, completion, score, duration, masteryScore, one judgement', async () => {
      const [init, , , , passed, terminated] = await goodStatements();
      const failed = edit(passed!, (x) => {
        x.verb.id = 'http://adlnet.gov/expapi/verbs/failed';
        x.result = { success: false, score: { scaled: 0.5 }, duration: 'PT1S' };
      });
      const completed = edit(passed!, (x) => {
        x.verb.id = 'http://adlnet.gov/expapi/verbs/completed';
        x.result = { completion: true, duration: 'PT1S' };
      });
      const cases: Array<[string, Array<Record<string, any>>, Record<string, any>]> = [
        ['9.3.4.0-2', [init!], edit(passed!, (x) => (judgedResult(x).score = { scaled: 0.5 }))],
        ['9.3.5.0-2', [init!], edit(failed, (x) => (judgedResult(x).score = { scaled: 0.9 }))],
        ['9.5.2.0-1', [init!], edit(passed!, (x) => (judgedResult(x).success = false))],
        ['9.5.2.0-2', [init!], edit(failed, (x) => (judgedResult(x).success = true))],
        ['9.5.3.0-1', [init!], edit(completed, (x) => (judgedResult(x).completion = false))],
        ['9.5.3.0-2', [init!], edit(passed!, (x) => (judgedResult(x).completion = true))],
        ['9.5.2.0-3', [init!], edit(completed, (x) => (judgedResult(x).success = true))],
        ['9.5.1.0-2', [init!], edit(completed, (x) => (judgedResult(x).score = { scaled: 1 }))],
        [
          '9.5.1.0-3',
          [init!],
          edit(passed!, (x) => (judgedResult(x).score = { scaled: 1, raw: 100 })),
        ],
        ['9.6.2.2-1', [init!], edit(passed!, (x) => x.context.contextActivities.category.pop())],
        ['9.6.3.2-2', [init!], edit(passed!, (x) => (x.context.extensions[EXT_MASTERY] = 0.5))],
        ['9.5.4.1-2', [init!], edit(completed, (x) => delete judgedResult(x).duration)],
        ['9.5.4.1-3', [init!], edit(passed!, (x) => delete judgedResult(x).duration)],
        ['9.5.4.1-4', [init!], edit(failed, (x) => delete judgedResult(x).duration)],
        ['9.5.4.1-1', [init!], edit(terminated!, (x) => delete x.result)],
        ['9.3.0.0-7', [init!, passed!], edit(passed!, () => undefined)],
        ['9.3.0.0-8', [init!, passed!], failed],
        ['9.3.0.0-6', [init!, completed], edit(completed, () => undefined)],
        [
          '9.3.0.0-1',
          [init!],
          edit(passed!, (x) => {
            x.verb.id = 'http://adlnet.gov/expapi/verbs/experienced';
            x.context.contextActivities.category.pop();
            delete x.result;
          }),
        ],
      ];
      for (const [id, prefix, bad] of cases) expect(await refusal(prefix, bad), id).toBe(id);
    });

    it('launch modes: no judgement in Browse/Review (10.2.2.0-2/-3), and (stricter) no step statements', async () => {
      const [init, step, , , passed] = await goodStatements();
      expect(
        await refusal(
          [init!],
          edit(passed!, () => undefined),
          'Browse',
        ),
      ).toBe('10.2.2.0-2');
      expect(
        await refusal(
          [init!],
          edit(passed!, () => undefined),
          'Review',
        ),
      ).toBe('10.2.2.0-3');
      expect(
        await refusal(
          [init!],
          edit(step!, () => undefined),
          'Browse',
        ),
      ).toBe('10.2.2.0-9 (stricter)');
      expect(
        await refusal(
          [init!],
          edit(step!, () => undefined),
          'Review',
        ),
      ).toBe('10.2.2.0-11 (stricter)');
    });

    it('the launch sequence: token first, preferences before statements, LMS.LaunchData read only', async () => {
      const [init] = await goodStatements();
      const lms = mockCmi5({ launchMode: 'Normal' });
      expect((await post(lms, init)).status).toBe(401);
      expect(lms.rejections).toEqual(['8.1.2.0-2: the token is fetched first']);
      await lms.fetch('http://127.0.0.1:9/lms/fetch?k=1', { method: 'POST' });
      const state = `http://127.0.0.1:9/lrs/activities/state?${new URLSearchParams({
        stateId: 'LMS.LaunchData',
        activityId: ACTIVITY,
        registration: REGISTRATION,
        agent: JSON.stringify(ACTOR),
      })}`;
      expect((await lms.fetch(state, { method: 'PUT', headers: AUTH, body: '{}' })).status).toBe(
        403,
      );
      expect(lms.rejections.at(-1)).toMatch(/^10\.2\.1\.0-5/);
      expect((await lms.fetch(state, { headers: AUTH })).status).toBe(200);
      await post(lms, init);
      expect(lms.rejections.at(-1)).toMatch(/^11\.0\.0\.0-3/);
      expect((await lms.fetch('http://127.0.0.1:9/lms/fetch?k=1', { method: 'POST' })).status).toBe(
        200,
      );
      expect(lms.rejections.at(-1)).toMatch(/^8\.2\.3\.0-1/);
    });
  });

  it('the one-time token: a second start() is refused before any request', async () => {
    const { lms, s } = session({ launchMode: 'Normal' });
    await s.start();
    await expect(s.start()).rejects.toBeInstanceOf(Cmi5Error);
    expect(lms.rejections).toEqual([]);
  });

  it('reads LaunchData and learner preferences (language, returnURL)', async () => {
    const { s } = session({
      launchMode: 'Normal',
      masteryScore: 0.8,
      languagePreference: 'ru-RU,en-US',
      returnURL: 'http://127.0.0.1:9/lms/back',
    });
    const { launchData, preferences } = await s.start();
    expect(launchData).toMatchObject({
      launchMode: 'Normal',
      masteryScore: 0.8,
      moveOn: 'Passed',
      returnURL: 'http://127.0.0.1:9/lms/back',
    });
    expect(preferences.languagePreference).toBe('ru-RU,en-US');
    const none = session({ launchMode: 'Normal' });
    expect((await none.s.start()).preferences).toEqual({});
  });

  it('an LMS that goes away mid-run: the failing call rejects, terminated is still tried', async () => {
    const { lms, s } = session({ launchMode: 'Normal', failFrom: { index: 2, status: 503 } });
    await s.start();
    await s.initialized();
    await s.step({ index: 0, stepId: 'a', slug: 'x', docStep: 'd', success: true, durationMs: 1 });
    await expect(
      s.step({ index: 1, stepId: 'b', slug: 'x', docStep: 'd', success: true, durationMs: 1 }),
    ).rejects.toMatchObject({ status: 503 });
    await expect(s.terminate()).rejects.toMatchObject({ status: 503 });
    expect(lms.verbs()).toEqual(['initialized', 'answered']);
  });

  it('launch parameters: each bad one named', () => {
    const q = launchQuery();
    expect(readCmi5Launch(q).ok).toBe(true);
    for (const [name, value] of [
      ['endpoint', 'javascript:alert(1)'],
      ['fetch', ''],
      ['actor', '{"mbox":'],
      ['registration', 'not-a-uuid'],
      ['activityId', 'x y'],
    ] as const) {
      const bad = new URLSearchParams(q);
      bad.set(name, value);
      expect(readCmi5Launch(bad)).toEqual({ ok: false, parameter: name });
    }
  });

  it('durations in ISO 8601', () => {
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
