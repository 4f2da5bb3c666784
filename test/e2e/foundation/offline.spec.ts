import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { mailBadge, openPath, switchPersona } from '../helpers';
import { distDir, fromRoot, joinPath } from '../node-env.mjs';
import { walkthroughBySlug } from '../../../src/training/walkthroughs';
import { doSteps, runLink } from '../training/coach';

// The config blocks service workers for speed; this spec is about them.
test.use({ serviceWorkers: 'allow' });

// Issue 19: after one visit the site works offline from its sub-path; the manifest and the
// service worker's scope are that sub-path; every request stays under the sub-path.
test('offline after one visit under /partner-sim/ in Chinese; scopes match the sub-path', async ({
  page,
  context,
  baseURL,
}) => {
  // Installing the worker precaches the whole site (~1.3 MB) before the offline part can start.
  test.slow();
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requested.push(url.pathname);
  });

  await openPath(page, '', { base: '/partner-sim/', lang: 'zh' });
  await expect(page.getByRole('heading', { level: 1, name: '仪表板' })).toBeVisible();

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/partner-sim/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await page.evaluate(
    async (href) => (await fetch(new URL(href, location.href))).json(),
    manifestHref ?? '',
  );
  expect(new URL(manifest.scope, new URL(manifestHref ?? '', page.url())).pathname).toBe(
    '/partner-sim/',
  );
  expect(manifest.name_localized.zh).toBe('合作伙伴关系模拟器');
  // Installable: raster icons of 192 and 512 px, plain and maskable, each an image of its size.
  const pngs = (manifest.icons as { src: string; sizes: string; type: string; purpose: string }[])
    .filter((icon) => icon.type === 'image/png')
    .map((icon) => ({
      ...icon,
      href: new URL(icon.src, new URL(manifestHref ?? '', page.url())).href,
    }));
  expect(pngs.map((icon) => `${icon.purpose} ${icon.sizes}`).sort()).toEqual([
    'any 192x192',
    'any 512x512',
    'maskable 192x192',
    'maskable 512x512',
  ]);
  for (const icon of pngs) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, icon.href);
    expect(size, icon.src).toBe(icon.sizes);
  }

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '仪表板' })).toBeVisible();
  // Chunks loaded later (another portal, mail) come from the precache too.
  await switchPersona(page, 'u-patti');
  await expect(page.getByTestId('portal-name')).toHaveText('Microsoft 365 管理中心');
  await mailBadge(page).click();
  await expect(page.getByRole('list', { name: '收件箱' })).toBeVisible();
  await context.setOffline(false);
  expect(requested.filter((p) => !p.startsWith('/partner-sim/'))).toEqual([]);
});

// Issue 19: a walkthrough's test completes with the network off after one visit, and a new
// version published meanwhile waits: it is offered only once the test has ended (accepting it
// reloads the page, which would end the attempt). The tests of this file run one after the
// other, so rewriting the served sw.js here cannot reach another test's worker.
test('a test completes offline; a new version waiting meanwhile is offered only after it ends', async ({
  page,
  context,
}) => {
  test.slow();
  const walkthrough = walkthroughBySlug('remove-roles')!;
  const swFile = joinPath(fromRoot(distDir), 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  try {
    await openPath(page, '', { lang: 'en' });
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    // A navigation after the install: the worker now controls the page.
    await page.goto(runLink(walkthrough, 'test', 'en'));
    await expect(page.getByTestId('coach-instruction')).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A new version is published while the test runs; the browser finds it and it waits.
    writeFileSync(swFile, `${original}\n// the next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect
      .poll(
        () =>
          page.evaluate(
            async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    await expect(page.getByTestId('pwa-update')).toHaveCount(0);

    await doSteps(page, walkthrough, 'en', 'test');
    await expect(page).toHaveURL(/\/results\//);
    await expect(page.getByTestId('pwa-update')).toBeVisible();
  } finally {
    writeFileSync(swFile, original);
    await context.setOffline(false);
  }
});
