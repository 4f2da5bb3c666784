import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { htmlLang, type Lang } from '../helpers';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { launchQuery, mockCmi5 } from '../../lms/mockCmi5';
import { coach, coachProgress, trainingText } from '../training/coach';
import { PKG, readPackage, routeToMock, servePackage, text } from './package';

// Issue 14: every AU of the course's cmi5.xml, launched in Normal mode, and one AU per language
// in Browse mode, against the mock LMS/LRS (test/lms/mockCmi5.ts refuses what CATAPULT refuses, by
// requirement id), one fresh mock and tab per launch. The languages rotate over the launches
// (each walkthrough's two AUs are in different languages; every language sees both modes; the
// three Browse launches are three different AUs). Browse is the LMS's launch parameter, not the
// AU's: every AU in Browse (28 more launches, ~45 % of this spec) proved no AU-specific path,
// and every walkthrough's watch mode runs whole in training/walkthroughs.spec.ts. A Today
// walkthrough (issue 16) launches once, its practice AU in Normal mode. The full AU × mode × language matrix runs at unit level
// (test/lms/runtime.test.ts), and one launch costs a page load, so the matrix here would cost
// three times as much for no new path. Each launch must send
// `initialized` first and show the walkthrough's first step (Normal) or watch it (Browse) in
// the learner's language; the learner then leaves (pagehide) and `terminated` must follow, with
// nothing else in between, and the mock's log must hold no rejection. Whole runs to completed /
// passed are proven per launch mode in cmi5.spec.ts and at unit level for every AU.

interface Au {
  id: string;
  url: string;
  slug: string;
  mode: 'practice' | 'test';
  moveOn: string;
  masteryScore?: number;
}

const unxml = (s: string) => s.replace(/&amp;/g, '&');

function courseAus(cmi5Xml: string): Au[] {
  return [...cmi5Xml.matchAll(/<au\s([^>]*)>[\s\S]*?<url>([^<]*)<\/url>[\s\S]*?<\/au>/g)].map(
    ([, attrs, url]) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1];
      const id = attr('id')!;
      const [slug, mode] = id.split('/').slice(-2) as [string, Au['mode']];
      const mastery = attr('masteryScore');
      return {
        id,
        url: unxml(url!),
        slug,
        mode,
        moveOn: attr('moveOn')!,
        ...(mastery ? { masteryScore: Number(mastery) } : {}),
      };
    },
  );
}

const LANGS: Lang[] = ['en', 'ru', 'zh'];
const PREFERENCE: Record<Lang, string> = { en: 'en-US', ru: 'ru-RU', zh: 'zh-CN' };

let pkg: ReturnType<typeof readPackage>;
let aus: Au[];
test.beforeAll(() => {
  pkg = readPackage('partner-sim-cmi5.zip');
  aus = courseAus(text(pkg, 'cmi5.xml'));
});

// The six shares (language × launch mode) run side by side, each its own context and IndexedDB.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

test('cmi5.xml of the zip has an AU for every walkthrough in practice and in test', () => {
  const ids = aus.map((a) => `${a.slug}/${a.mode}`).sort();
  expect(ids).toEqual(WALKTHROUGHS.flatMap((w) => [`${w.slug}/practice`, `${w.slug}/test`]).sort());
});

async function launchEach(first: Page, baseURL: string, lang: Lang, only: 'Normal' | 'Browse') {
  let lms: ReturnType<typeof mockCmi5> | undefined;
  const context = first.context();
  await servePackage(context, pkg);
  await routeToMock(context, () => lms!);
  let browsed = 0;
  for (const [i, au] of aus.entries()) {
    const w = WALKTHROUGHS.find((x) => x.slug === au.slug)!;
    for (const [m, launchMode] of (['Normal', 'Browse'] as const).entries()) {
      if (LANGS[(2 * i + m) % LANGS.length] !== lang || launchMode !== only) continue;
      // Issue 16: a Today walkthrough's AUs launch the same player in another world; one launch
      // (its practice AU, Normal) proves it, the rest of its matrix is the unit test's.
      if (w.edition === 'today' && (au.mode !== 'practice' || launchMode !== 'Normal')) continue;
      // Browse: one AU per language (see the comment at the top).
      if (launchMode === 'Browse' && browsed++ > 0) continue;
      const what = `${au.slug}/${au.mode} ${launchMode} ${lang}`;
      await test.step(what, async () => {
        // A new tab per launch, as an LMS opens one: the AU keeps its launch session in the
        // tab's sessionStorage (a reload must not fetch the one-time token again).
        const page = await context.newPage();
        lms = mockCmi5(
          {
            launchMode,
            moveOn: au.moveOn,
            ...(au.masteryScore !== undefined ? { masteryScore: au.masteryScore } : {}),
            languagePreference: PREFERENCE[lang],
            activityId: au.id,
          },
          baseURL,
        );
        // The LMS appends its launch parameters to the AU URL of cmi5.xml (cmi5 8.1).
        await page.goto(`${PKG}${au.url}&${launchQuery(baseURL, au.id)}`);
        if (launchMode === 'Normal')
          await expect(coachProgress(page), what).toHaveText(
            trainingText(lang, 'coach.stepOf', { n: 1, total: w.steps.length }),
            { timeout: 20_000 },
          );
        // Browse = watch: the coach runs its steps itself (and leaves the #/learn URL at
        // once), so the sign is the watch mode's label and its play/pause control, which no
        // other mode has. (Seen under load: a watch launch after a Normal one of the same
        // walkthrough sometimes shows Play, i.e. paused, instead of Pause; see the report.)
        else {
          // The walkthrough opens in the AU URL's mode first; the LMS runtime then turns it
          // to watch once initialized is sent: give that switch time.
          await expect(coach(page), what).toContainText(trainingText(lang, 'modes.watch'), {
            timeout: 20_000,
          });
          await expect(page.getByTestId('coach-play'), what).toBeVisible();
        }
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
        await expect.poll(() => lms!.verbs(), what).toEqual(['initialized']);
        // The learner leaves: pagehide sends terminated (see cmi5.spec.ts on why it is
        // dispatched on the live page).
        await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
        await expect.poll(() => lms!.verbs(), what).toEqual(['initialized', 'terminated']);
        expect(lms!.rejections, what).toEqual([]);
        await page.close();
      });
    }
  }
}

for (const lang of LANGS) {
  for (const launchMode of ['Normal', 'Browse'] as const) {
    test(`cmi5 sweep (${lang}, ${launchMode}): its share of the AUs sends initialized, then terminated on pagehide, and nothing is rejected`, async ({
      page,
      baseURL,
    }) => {
      await launchEach(page, baseURL!, lang, launchMode);
    });
  }
}
