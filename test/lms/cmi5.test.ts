import {
  Cmi5Error,
  Cmi5Session,
  EXT_DOC_STEP,
  EXT_RULE,
  EXT_WALKTHROUGH,
  isoDuration,
  readCmi5Launch,
} from '../../src/lms/cmi5';
import { launchQuery, mockCmi5, type MockOptions } from './mockCmi5';

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

  it('the mock refuses what a conformant LMS refuses (so the clean runs above mean something)', async () => {
    const { lms, s } = session({ launchMode: 'Normal', masteryScore: 0.8 });
    await s.start();
    // A statement before initialized, by hand, through the same token.
    const bad = await lms.fetch('http://127.0.0.1:9/lrs/statements', {
      method: 'POST',
      headers: { Authorization: 'Basic dG9rZW4tMQ==', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify({
        id: 'x',
        timestamp: 't',
        actor: {},
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      }),
    });
    expect(bad.status).toBe(403);
    expect(lms.rejections).toEqual(['cmi5 §9.2: actor is the launch actor']);
    await s.initialized();
    // A pass below the mastery score.
    const passedLow: Record<string, any> = {
      ...lms.statements[0],
      id: 'y',
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      result: { success: true, score: { scaled: 0.5 }, duration: 'PT1S' },
    };
    passedLow.context = {
      ...passedLow.context,
      contextActivities: {
        category: [
          { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
          { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' },
        ],
      },
      extensions: {
        ...passedLow.context.extensions,
        'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8,
      },
    };
    await lms.fetch('http://127.0.0.1:9/lrs/statements', {
      method: 'POST',
      headers: { Authorization: 'Basic dG9rZW4tMQ==', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify(passedLow),
    });
    expect(lms.rejections.at(-1)).toBe('cmi5 §9.3.4: passed needs score ≥ masteryScore');
    await s.terminate();
    await lms.fetch('http://127.0.0.1:9/lrs/statements', {
      method: 'POST',
      headers: { Authorization: 'Basic dG9rZW4tMQ==', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify({ ...lms.statements[0], id: 'z' }),
    });
    expect(lms.rejections.at(-1)).toBe('cmi5 §9.3.8: nothing after terminated');
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
