import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { launchQuery, mockCmi5, type MockOptions } from '../../lms/mockCmi5';
import { coachProgress, doSteps, trainingText } from '../training/coach';
import { PKG, cmi5Au, readPackage, routeToMock, servePackage } from './package';

// The site as a cmi5 AU in Chromium, served from the unzipped dist-lms/partner-sim-cmi5.zip at
// its cmi5.xml AU URL, against our mock LMS/LRS (test/lms/mockCmi5.ts: it refuses what ADL's
// CATAPULT player refuses, by requirement id) answering on the site's own loopback origin (the
// site's CSP allows it, and https: LRS endpoints of a launching LMS). One AU per launch mode:
// Normal (a practice run to the end), Browse and Review (watched; terminated on pagehide). Every
// AU × launch mode × language runs at unit level (test/lms/runtime.test.ts). The mock's log
// must hold no rejection.

const w = [...WALKTHROUGHS].sort((a, b) => a.steps.length - b.steps.length)[0]!;
let pkg: ReturnType<typeof readPackage>;
test.beforeAll(() => void (pkg = readPackage('partner-sim-cmi5.zip')));

async function launch(
  page: Page,
  baseURL: string,
  mode: 'practice' | 'test',
  options: MockOptions,
) {
  await servePackage(page.context(), pkg);
  const activityId = `https://lms.example/au/${w.slug}/${mode}`;
  const lms = mockCmi5({ ...options, activityId }, baseURL);
  await routeToMock(page.context(), () => lms);
  // The LMS appends its launch parameters to the AU URL of cmi5.xml (cmi5 8.1).
  await page.goto(`${PKG}${cmi5Au(pkg, w.slug, mode)}&${launchQuery(baseURL, activityId)}`);
  return lms;
}

test.describe.configure({ timeout: 90_000 });

test(`cmi5 Normal: ${w.slug} practice sends initialized, a statement per step, completed, terminated (7.1.1.0-1, 7.1.3.0-1, 9.3.3.0-1, 9.3.8.0-2)`, async ({
  page,
  baseURL,
}) => {
  const lms = await launch(page, baseURL!, 'practice', {
    launchMode: 'Normal',
    moveOn: 'Completed',
    languagePreference: 'en-US',
  });
  await doSteps(page, w, 'en', 'practice');
  await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => lms.verbs().at(-1)).toBe('terminated');
  expect(lms.rejections).toEqual([]);
  expect(lms.verbs()).toEqual([
    'initialized',
    ...w.steps.map(() => 'answered'),
    'completed',
    'terminated',
  ]);
});

for (const [launchMode, lang, preference] of [
  ['Browse', 'zh', 'zh-CN,en-US'],
  ['Review', 'ru', 'ru-RU'],
] as const) {
  test(`cmi5 ${launchMode}: ${w.slug} test is watched in ${lang} (11.0.0.0-3 languagePreference) and sends only initialized, then terminated on pagehide (10.2.2.0-${launchMode === 'Browse' ? '8' : '10'})`, async ({
    page,
    baseURL,
  }) => {
    const lms = await launch(page, baseURL!, 'test', {
      launchMode,
      masteryScore: 0.8,
      languagePreference: preference,
    });
    // Watch mode: its Pause button is the sign. (Not the URL's mode=watch: the coach plays at
    // once and leaves the #/learn URL, so a slow poll could miss it: the flake of last CI.)
    await expect(page.getByRole('button', { name: trainingText(lang, 'coach.pause') })).toBeVisible(
      { timeout: 20_000 },
    );
    await expect(coachProgress(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
    await expect.poll(() => lms.verbs()).toEqual(['initialized']);
    // The learner leaves mid-watch: pagehide sends terminated, nothing else. The event is
    // dispatched on the live page: a keepalive request of a page being unloaded never reaches
    // Playwright's routing (its keepalive flag is checked at unit level).
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect.poll(() => lms.verbs()).toEqual(['initialized', 'terminated']);
    expect(lms.rejections).toEqual([]);
  });
}
