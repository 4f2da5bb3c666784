import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { act, doSteps, expectStep, trainingText } from '../training/coach';
import { PKG, readPackage, scormItem, servePackage } from './package';

// The site as a SCORM 1.2 SCO in a real LMS runtime: scorm-again plays the LMS in a harness
// page, and the course opens as its popup from the unzipped one-walkthrough package
// (dist-lms/scorm12/<slug>.zip, `npm run package`) at its manifest's launch URL with the item's
// parameters; the assertions read the LMS's committed CMI data. One walkthrough (the shortest)
// covers the paths: a practice run (suspended mid-way, relaunched, resumed, completed), a
// failed test, a passed test.

const w = [...WALKTHROUGHS].sort((a, b) => a.steps.length - b.steps.length)[0]!;
const fixtures = new URL('./fixtures/', import.meta.url);
let pkg: ReturnType<typeof readPackage>;
test.beforeAll(() => void (pkg = readPackage(`scorm12/${w.slug}.zip`)));
const SCORM_AGAIN = readFileSync(
  new URL('../../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url),
  'utf8',
);

async function openHarness(page: Page): Promise<void> {
  await page.route('**/lms-harness.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync(new URL('harness.html', fixtures), 'utf8'),
    }),
  );
  await page.route('**/__lms/harness.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(new URL('harness.js', fixtures), 'utf8'),
    }),
  );
  await page.route('**/__lms/scorm12.min.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: SCORM_AGAIN }),
  );
  await servePackage(page.context(), pkg);
  await page.goto('/lms-harness.html');
}

async function launch(page: Page, mode: 'practice' | 'test', saved?: unknown): Promise<Page> {
  const popup = page.context().waitForEvent('page');
  await page.evaluate(([q, s]) => (window as any).lms.launch(q, s), [
    `.${PKG}${scormItem(pkg, w.slug, mode)}`,
    saved ?? null,
  ] as const);
  const sco = await popup;
  await sco.waitForLoadState();
  expect(new URL(sco.url()).pathname).toBe(`${PKG}index.html`);
  return sco;
}

const cmi = (page: Page) => page.evaluate(() => (window as any).lms.data());
const calls = (page: Page) => page.evaluate(() => (window as any).lms.calls);

test.describe.configure({ timeout: 120_000 });

test(`SCORM 1.2: ${w.slug} practice is suspended, resumed on relaunch and completed`, async ({
  page,
}) => {
  await openHarness(page);
  let sco = await launch(page, 'practice');
  await expectStep(sco, w, 'en', 0);
  // Do the first step only, then close the window (pagehide commits and finishes the session).
  for (const action of w.steps[0]!.actions) await act(sco, action);
  await expectStep(sco, w, 'en', 1);
  await sco.close({ runBeforeUnload: true });
  // The window's pagehide commit reaches the LMS page as the window goes: wait for it rather
  // than read at once (last CI's relaunch flake read the data before the commit).
  await expect.poll(async () => (await calls(page)).LMSFinish).toBe(1);
  const first = await cmi(page);
  expect(first.core.lesson_status).toBe('incomplete');
  expect(first.core.exit).toBe('suspend');
  expect(first.core.lesson_location).toMatch(/^1:/);
  expect(first.suspend_data.length).toBeLessThanOrEqual(4096);
  // Closing mid-run ends the session suspended (LMSFinish with exit=suspend), once.
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 1 });

  sco = await launch(page, 'practice', { ...first, core: { ...first.core, entry: 'resume' } });
  await expectStep(sco, w, 'en', 1);
  await doSteps(sco, w, 'en', 'practice', { from: 1 });
  await expect(sco.getByTestId('coach-finished')).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('completed');
  const done = await cmi(page);
  expect(Object.values(done.interactions).map((i: any) => i.id)).toHaveLength(w.steps.length);
  for (const i of Object.values(done.interactions) as any[])
    expect(i.id).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 1 });
});

test(`SCORM 1.2: ${w.slug} test failed (gave up), then passed`, async ({ page }) => {
  await openHarness(page);
  let sco = await launch(page, 'test');
  await expectStep(sco, w, 'en', 0);
  await sco.getByRole('button', { name: trainingText('en', 'coach.giveUp') }).click();
  // Give up asks first (issue 12).
  await sco.getByRole('button', { name: trainingText('en', 'coach.giveUpYes') }).click();
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('failed');
  expect(Number((await cmi(page)).core.score.raw)).toBeLessThan(80);
  expect(await calls(page)).toMatchObject({ LMSFinish: 1 });
  await sco.close();

  sco = await launch(page, 'test');
  await doSteps(sco, w, 'en', 'test');
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('passed');
  const passed = await cmi(page);
  expect(passed.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  expect(passed.core.session_time).toMatch(/^\d+:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(await calls(page)).toMatchObject({ LMSInitialize: 1, LMSFinish: 1 });
});
