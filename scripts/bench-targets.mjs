// Issue 19's targets for `npm run bench` (see bench/README.md): the floor app, Lighthouse
// (mobile, simulated throttling), the trainer link's first instruction, the warm second visit
// (offline bytes, interaction to painted result). scripts/bench.mjs calls these and prints the table.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Lighthouse is fetched on demand (npm exec), not a devDependency: it is 186 MB and 150
 * packages, which every `npm ci` of `.ci/run` would install for a script CI never runs. */
export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** Builds bench/floor (svelte, dexie, xstate, i18next in a minimal app) the way the site is built. */
export async function buildFloor(root, outDir) {
  const { build } = await import('vite');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  await build({
    configFile: false,
    root: join(root, 'bench/floor'),
    base: './',
    logLevel: 'warn',
    plugins: [svelte()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}

const LH_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
};

/** Runs a command without blocking this process (the bench's servers answer Lighthouse's page). */
function run(command, args, env) {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    child.on('error', failed);
    child.on('close', (status) => done({ status, stderr }));
  });
}

/** One Lighthouse run (default config: mobile form factor, simulated throttling). */
export async function lighthouseOnce(url, chromiumPath) {
  const dir = mkdtempSync(join(tmpdir(), 'partner-sim-lh-'));
  const out = join(dir, 'report.json');
  try {
    const result = await run(
      'npm',
      [
        'exec',
        '--yes',
        `--package=${LIGHTHOUSE}`,
        '--',
        'lighthouse',
        url,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { ...process.env, CHROME_PATH: chromiumPath },
    );
    if (result.status !== 0)
      throw new Error(`lighthouse exited ${result.status}: ${(result.stderr || '').slice(-400)}`);
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const figures = {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
    };
    for (const [name, id] of Object.entries(LH_AUDITS)) figures[name] = lhr.audits[id].numericValue;
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of each figure over `runs` Lighthouse runs of `url`. */
export async function lighthouse(url, chromiumPath, runs, median) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url, chromiumPath));
  const med = {};
  for (const key of Object.keys(all[0])) med[key] = median(all.map((r) => r[key]));
  return { url, runs: all, median: med };
}

/**
 * Warm second visit: a browser that visited once (the service worker installed) goes offline
 * and reloads. Every JS, CSS and locale file must come from the worker: the bytes that reached
 * the network (or failed to) for those kinds are the figure (target 0).
 */
export async function measureWarmOffline(browser, url, chromiumOpts = {}) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    ...chromiumOpts,
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('select#persona-switcher').waitFor({ state: 'visible' });
    // The worker precaches everything, then takes the page on the next load.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (reg.active?.state !== 'activated')
        await new Promise((done) => reg.active?.addEventListener('statechange', done));
    });
    await context.setOffline(true);
    const fromNetwork = [];
    const failed = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
    });
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await page.locator('select#persona-switcher').waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]'),
    );
    const relevant = (u) => /\.(m?js|css|json)(\?|$)/.test(new URL(u).pathname);
    const net = fromNetwork.filter(relevant);
    const bad = failed.filter(relevant);
    return { fromNetwork: net, failed: bad, count: net.length + bad.length };
  } finally {
    await context.close();
  }
}

/**
 * Interaction to the painted result on a warm visit (worker installed, world stored): time from
 * the input until the change is on screen and a frame has been painted (two animation frames
 * after the DOM shows it). Stricter than the INP metric, which stops at the first paint after
 * the event handlers even when the result arrives later.
 */
export async function measureInteractions(browser, url, runs, median) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
  });
  const out = { persona: [], language: [], mailbox: [] };
  try {
    const warm = await context.newPage();
    await warm.goto(url);
    await warm.locator('select#persona-switcher').waitFor({ state: 'visible' });
    await warm.evaluate(() => navigator.serviceWorker.ready);
    await warm.close();
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () =>
          document.querySelector('select#persona-switcher') &&
          document.querySelector('main h1') &&
          !document.querySelector('[aria-busy="true"]'),
      );
      // Page helper: act, then resolve when `done()` holds and two frames have been painted.
      const timed = (action, doneFn, arg) =>
        page.evaluate(
          ([action, doneFn, arg]) =>
            new Promise((resolveTime) => {
              const act = new Function('arg', action);
              const done = new Function('arg', doneFn);
              const t0 = performance.now();
              const check = () => {
                if (!done(arg)) return;
                observer.disconnect();
                requestAnimationFrame(() =>
                  requestAnimationFrame(() => resolveTime(performance.now() - t0)),
                );
              };
              const observer = new MutationObserver(check);
              observer.observe(document.body, {
                childList: true,
                subtree: true,
                characterData: true,
                attributes: true,
              });
              act(arg);
            }),
          [action, doneFn, arg],
        );
      out.persona.push(
        await timed(
          `const s = document.querySelector('select#persona-switcher');
           s.value = arg; s.dispatchEvent(new Event('change', { bubbles: true }));`,
          `const s = document.querySelector('select#persona-switcher');
           return s && s.getAttribute('aria-label').includes('Alex Wilber') &&
             document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]');`,
          'u-alex',
        ),
      );
      out.language.push(
        await timed(
          `const s = document.getElementById('language-switcher');
           s.value = 'ru'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
          `return document.documentElement.lang === 'ru' &&
             (document.querySelector('select#persona-switcher')?.getAttribute('aria-label') ?? '').startsWith('Персона');`,
        ),
      );
      out.mailbox.push(
        await timed(
          `document.querySelector('[data-testid="mail-badge"]').click();`,
          `return location.hash.startsWith('#/mail') && document.querySelector('main h1') &&
             !document.querySelector('[aria-busy="true"]');`,
        ),
      );
      // Back to English and the first persona for the next run.
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  } finally {
    await context.close();
  }
  const result = {};
  for (const [k, v] of Object.entries(out)) result[k] = { runs: v, median: median(v) };
  return result;
}

export const resolveIn = (root, p) => resolve(root, p);
