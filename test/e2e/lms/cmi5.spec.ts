import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { launchQuery, mockCmi5, type MockOptions } from '../../lms/mockCmi5';
import { doSteps } from '../training/coach';

// The site as a cmi5 AU in Chromium, against our mock LMS/LRS answering on the site's own
// loopback origin (the site's CSP allows it, and https: LRS endpoints of a launching LMS). A Normal-mode practice and a Browse-mode
// launch of the shortest walkthrough; every other AU shape is covered at unit level
// (test/lms/cmi5.test.ts). The mock's log must hold no rejection.

const w = [...WALKTHROUGHS].sort((a, b) => a.steps.length - b.steps.length)[0]!;

async function launch(
  page: Page,
  baseURL: string,
  mode: 'practice' | 'test',
  options: MockOptions,
) {
  const lms = mockCmi5(options, baseURL);
  await page.route(/\/(lrs|lms)\//, async (route) => {
    const request = route.request();
    const response = await lms.fetch(request.url(), {
      method: request.method(),
      headers: await request.allHeaders(),
      body: request.postData() ?? undefined,
    });
    await route.fulfill({
      status: response.status,
      contentType: 'application/json',
      body: await response.text(),
    });
  });
  await page.goto(`/index.html?w=${w.slug}&mode=${mode}&lang=en&${launchQuery(baseURL)}`);
  return lms;
}

test.describe.configure({ timeout: 120_000 });

test(`cmi5: ${w.slug} practice in Normal mode sends initialized, a statement per step, completed, terminated`, async ({
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

test(`cmi5: ${w.slug} in Browse mode is watched and sends only initialized and terminated`, async ({
  page,
  baseURL,
}) => {
  const lms = await launch(page, baseURL!, 'test', {
    launchMode: 'Browse',
    masteryScore: 0.8,
    languagePreference: 'zh-CN,en-US',
  });
  await expect(page).toHaveURL(/mode=watch/, { timeout: 20_000 });
  await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 100_000 });
  await expect.poll(() => lms.verbs().at(-1)).toBe('terminated');
  expect(lms.rejections).toEqual([]);
  expect(lms.verbs()).toEqual(['initialized', 'terminated']);
});
