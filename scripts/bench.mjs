#!/usr/bin/env node
// `npm run bench`: performance figures of the built site in Debian's Chromium.
// Never part of `npm test`. See bench/README.md for what each figure means.
//
//   node scripts/bench.mjs [--no-build] [--dist dist] [--runs 5] [--strict] [--out bench/results/report.json]
//
//   --no-build   measure the existing build (default: `vite build` first)
//   --dist DIR   the build to serve (default dist; built there unless --no-build)
//   --runs N     fresh-context repetitions for medians (default 5)
//   --strict     exit 1 when a target fails (default: report it, exit 0)
//   --lighthouse-runs N  Lighthouse runs per URL (default 3); --no-lighthouse skips it
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium), as for the e2e tests
//
// Writes bench/results/report.json (gitignored) and prints a table.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve-static.mjs';
import { startGzipServer } from './bench-server.mjs';
import {
  LIGHTHOUSE,
  buildFloor,
  lighthouse,
  measureInteractions,
  measureWarmOffline,
} from './bench-targets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KIB = 1024;

/** Budgets. Only --strict turns a failed budget into a failing exit code. */
const BUDGETS = {
  /** Issue 19: first view JS+CSS gzip at most 1.35× the floor app's, in each language. */
  firstViewRatio: 1.35,
};
/** CustomersPage.svelte's SEARCH_DEBOUNCE_MS: excluded from the search figures. */
const SEARCH_DEBOUNCE_MS = 200;
/** The trainer link measured: `#/learn/<slug>?mode=practice`. */
const TRAINER_SLUG = 'remove-roles';

/** Same launch options as playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Narrows both worlds: Alpine Ski House in the default world, its namesakes in the large one.
const SEARCH = 'alpine';
const TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = {
    build: true,
    dist: 'dist',
    runs: 5,
    strict: false,
    out: 'bench/results/report.json',
    lighthouse: true,
    lighthouseRuns: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`missing value for ${arg}`, 2);
      return v;
    };
    switch (arg) {
      case '--no-build':
        opts.build = false;
        break;
      case '--dist':
        opts.dist = value();
        break;
      case '--runs': {
        const v = value();
        opts.runs = Number(v);
        if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 50)
          fail(`invalid --runs ${v} (1–50)`, 2);
        break;
      }
      case '--strict':
        opts.strict = true;
        break;
      case '--no-lighthouse':
        opts.lighthouse = false;
        break;
      case '--lighthouse-runs': {
        const v = value();
        opts.lighthouseRuns = Number(v);
        if (!Number.isInteger(opts.lighthouseRuns) || opts.lighthouseRuns < 1)
          fail(`invalid --lighthouse-runs ${v}`, 2);
        break;
      }
      case '--out':
        opts.out = value();
        break;
      case '--help':
      case '-h':
        console.log(
          'usage: node scripts/bench.mjs [--no-build] [--dist dist] [--runs 5] [--lighthouse-runs 3] [--no-lighthouse] [--strict] [--out bench/results/report.json]',
        );
        process.exit(0);
        break;
      default:
        fail(`unknown argument ${arg}`, 2);
    }
  }
  return opts;
}

function fail(message, code = 1) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const round = (x, digits = 1) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);

function build(dist) {
  const require = createRequire(import.meta.url);
  let viteBin;
  try {
    const pkgPath = require.resolve('vite/package.json', { paths: [root] });
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const binRel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.vite;
    viteBin = join(dirname(pkgPath), binRel);
  } catch {
    fail('vite is not installed: run npm ci');
  }
  console.log(`bench: vite build --outDir ${dist}`);
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) fail(`vite build failed (exit ${result.status})`);
}

const gzipCache = new Map();
function gzipSizeOf(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function kindOf(path) {
  if (/\.(m?js)$/i.test(path)) return 'js';
  if (/\.css$/i.test(path)) return 'css';
  if (/\.html?$/i.test(path) || path.endsWith('/')) return 'html';
  return 'other';
}

/** Sums the gzip size of every local file the page requested, by kind. */
function transferOf(requests, servedDir) {
  const totals = { html: 0, js: 0, css: 0, other: 0 };
  const files = [];
  const seen = new Set();
  for (const pathname of requests) {
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    let rel = decodeURIComponent(pathname).replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = resolve(servedDir, rel);
    if (!file.startsWith(resolve(servedDir) + sep) || !existsSync(file) || !statSync(file).isFile())
      continue; // a 404
    const kind = kindOf(rel);
    const gzip = gzipSizeOf(file);
    totals[kind] += gzip;
    files.push({ path: rel, kind, bytes: statSync(file).size, gzip });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    ...totals,
    jsCss: totals.js + totals.css,
    total: totals.html + totals.js + totals.css + totals.other,
    files,
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

async function loadChromium() {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    fail(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  let chromium;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch {
    fail('@playwright/test is not installed: run npm ci');
  }
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  } catch (err) {
    fail(
      `could not launch Chromium at ${chromiumPath}: ${err instanceof Error ? err.message.split('\n')[0] : err}`,
    );
  }
}

/**
 * A fresh context (empty IndexedDB, storage, cache) that only reaches the local server, like
 * the e2e fixture; outside requests are counted and aborted. It records, in the page, when
 * the shell (persona switcher) and the first page of a table (20 rows) first appear.
 */
async function newContext(browser, origin, counters) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    counters.external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    const marks = (window.__benchMarks = {});
    const check = () => {
      if (marks.shell === undefined && document.querySelector('select#persona-switcher'))
        marks.shell = performance.now();
      if (
        marks.rows20 === undefined &&
        document.querySelectorAll('main table tbody tr').length >= 20
      )
        marks.rows20 = performance.now();
      // The Customers page has its first page, whatever the world's size (the pager counts it).
      if (
        marks.pager === undefined &&
        /^1–\d+ of \d+/.test(document.querySelector('main nav p')?.textContent ?? '')
      )
        marks.pager = performance.now();
      // Usable: the shell, a page heading, nothing loading.
      if (
        marks.usable === undefined &&
        marks.shell !== undefined &&
        document.querySelector('main h1') &&
        !document.querySelector('[aria-busy="true"]')
      )
        marks.usable = performance.now();
      if (
        marks.instruction === undefined &&
        document.querySelector('[data-testid="coach-instruction"]')?.textContent?.trim()
      )
        marks.instruction = performance.now();
    };
    new MutationObserver(check).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  });
  return context;
}

/** Opens a page that records the local paths it requests. */
async function openPage(context, origin) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requests.push(url.pathname);
  });
  page.on('pageerror', (err) => console.error(`bench: page error: ${err.message}`));
  return { page, requests };
}

const shell = (page) => page.locator('select#persona-switcher');

async function waitForMark(page, name) {
  const handle = await page.waitForFunction((n) => window.__benchMarks?.[n], name, {
    timeout: TIMEOUT,
  });
  return handle.jsonValue();
}

/** Waits until the page is done loading data: no busy region, a main heading. */
async function settled(page) {
  await page.waitForFunction(
    () => document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]'),
    null,
    { timeout: TIMEOUT },
  );
}

async function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolveFcp) => {
        const find = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const now = find();
        if (now !== undefined) return resolveFcp(now);
        const observer = new PerformanceObserver(() => {
          const t = find();
          if (t !== undefined) {
            observer.disconnect();
            resolveFcp(t);
          }
        });
        observer.observe({ type: 'paint', buffered: true });
        setTimeout(() => resolveFcp(null), 10_000);
      }),
  );
}

/** IndexedDB-derived DOM rows (list items, table rows, options, definition entries) and all elements. */
async function domCounts(page) {
  return page.evaluate(() => ({
    rows: document.querySelectorAll('option, li, tr, dd').length,
    elements: document.getElementsByTagName('*').length,
  }));
}

// ---------------------------------------------------------------------------------------------
// Measurements

async function measureFirstView(browser, origin, baseUrl, servedDir, counters, { waitForShell }) {
  const context = await newContext(browser, origin, counters);
  try {
    const { page, requests } = await openPage(context, origin);
    await page.goto(baseUrl);
    // Until usable (shell, page heading, nothing busy): a fixed end, so the figure does not
    // depend on how far the page got when the switcher appeared.
    if (waitForShell) await waitForMark(page, 'usable');
    else await page.waitForLoadState('load');
    return transferOf(requests, servedDir);
  } finally {
    await context.close();
  }
}

/** The first view of a browser that already holds the given scenario's world. */
async function measureSeededFirstView(context, origin, baseUrl, servedDir) {
  const { page, requests } = await openPage(context, origin);
  await page.goto(baseUrl);
  await shell(page).waitFor({ state: 'visible' });
  await settled(page);
  const transfer = transferOf(requests, servedDir);
  const counts = await domCounts(page);
  await page.close();
  return {
    jsCss: transfer.jsCss,
    js: transfer.js,
    css: transfer.css,
    files: transfer.files.map((f) => f.path),
    ...counts,
  };
}

/** Customers page of a browser that holds the world: first page (median) and a search (median). */
async function measureCustomers(context, origin, baseUrl, runs) {
  const firstPage = [];
  const search = [];
  for (let i = 0; i < runs; i++) {
    const { page } = await openPage(context, origin);
    await page.goto(`${baseUrl}#/partner-center/customers`);
    firstPage.push(await waitForMark(page, 'pager'));
    search.push(
      await page.evaluate(async (prefix) => {
        const input = document.querySelector('main input[type="search"]');
        const status = () => document.querySelector('main nav p')?.textContent ?? '';
        const before = status();
        const names = () =>
          [...document.querySelectorAll('main table tbody tr > th')].map((th) =>
            (th.textContent ?? '').trim().toLowerCase(),
          );
        return new Promise((done) => {
          let t0 = 0;
          const check = () => {
            const n = names();
            if (status() !== before && n.length > 0 && n.every((x) => x.startsWith(prefix))) {
              observer.disconnect();
              done(performance.now() - t0);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.querySelector('main'), {
            childList: true,
            subtree: true,
            characterData: true,
          });
          t0 = performance.now();
          input.value = prefix;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      }, SEARCH),
    );
    await page.close();
  }
  return {
    firstPage: { runs: firstPage.map((x) => round(x)), median: round(median(firstPage)) },
    search: { query: SEARCH, runs: search.map((x) => round(x)), median: round(median(search)) },
  };
}

async function measureLarge(browser, origin, baseUrl, servedDir, runs, counters) {
  const context = await newContext(browser, origin, counters);
  try {
    // Seeding: an empty browser opens a ?scenario=large link; until the first page of rows.
    const { page: seedPage } = await openPage(context, origin);
    await seedPage.goto(`${baseUrl}?scenario=large#/partner-center/customers`);
    const seedShell = await waitForMark(seedPage, 'shell');
    const seedRows = await waitForMark(seedPage, 'rows20');
    await seedPage.close();
    const customers = await measureCustomers(context, origin, baseUrl, runs);
    const seeded = await measureSeededFirstView(context, origin, baseUrl, servedDir);
    return {
      seed: { shellMs: round(seedShell), firstPageMs: round(seedRows) },
      ...customers,
      seededFirstView: seeded,
    };
  } finally {
    await context.close();
  }
}

async function measureDefaultSeeded(browser, origin, baseUrl, servedDir, runs, counters) {
  const context = await newContext(browser, origin, counters);
  try {
    const { page } = await openPage(context, origin);
    await page.goto(baseUrl);
    await shell(page).waitFor({ state: 'visible' });
    await settled(page);
    await page.close();
    const customers = await measureCustomers(context, origin, baseUrl, runs);
    return {
      ...customers,
      seededFirstView: await measureSeededFirstView(context, origin, baseUrl, servedDir),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

/** Locale chunks requested, by language (assets/locale-<lang>-<ns>-<hash>.js, vite.config.ts). */
function localesOf(transfer) {
  const by = {};
  for (const f of transfer.files) {
    const m = /(?:^|\/)locale-([a-z]+)-([\w-]+)-[\w-]{8}\.js$/.exec(f.path);
    if (m) (by[m[1]] ??= []).push(m[2]);
  }
  return by;
}

/** Page marks of one fresh-context load (FCP plus the marks named). */
async function loadMarks(browser, origin, url, counters, names) {
  const context = await newContext(browser, origin, counters);
  try {
    const { page } = await openPage(context, origin);
    await page.goto(url);
    const out = { fcp: await firstContentfulPaint(page) };
    for (const name of names) out[name] = await waitForMark(page, name);
    return out;
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const distDir = resolve(root, opts.dist);
  if (opts.build) build(distDir);
  if (!existsSync(join(distDir, 'index.html')))
    fail(
      `${join(distDir, 'index.html')} not found: build first (npm run build) or drop --no-build`,
    );
  const floorDir = mkdtempSync(join(tmpdir(), 'partner-sim-floor-'));
  console.log('bench: building the floor app (bench/floor)…');
  await buildFloor(root, floorDir);

  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await loadChromium();
  const site = await startServer({ dir: distDir, port: 0, host: '127.0.0.1' });
  const floor = await startServer({ dir: floorDir, port: 0, host: '127.0.0.1' });
  const siteOrigin = new URL(site.url).origin;
  const floorOrigin = new URL(floor.url).origin;
  const counters = { external: [] };
  const trainerLink = `#/learn/${TRAINER_SLUG}?mode=practice`;

  try {
    console.log(`bench: Chromium ${browser.version()}, ${opts.runs} runs per median`);

    console.log('bench: first-view transfer (en, ru, zh)…');
    const firstView = {};
    for (const lang of ['en', 'ru', 'zh']) {
      const siteT = await measureFirstView(
        browser,
        siteOrigin,
        `${site.url}?lang=${lang}`,
        distDir,
        counters,
        { waitForShell: true },
      );
      const floorT = await measureFirstView(
        browser,
        floorOrigin,
        `${floor.url}?lang=${lang}`,
        floorDir,
        counters,
        { waitForShell: true },
      );
      firstView[lang] = {
        site: siteT,
        floor: floorT,
        ratio: round(siteT.jsCss / floorT.jsCss, 2),
        locales: localesOf(siteT),
      };
    }

    console.log('bench: paint and usable times (home, trainer link, floor)…');
    const times = { home: [], floor: [], trainer: [] };
    for (let i = 0; i < opts.runs; i++) {
      times.home.push(
        await loadMarks(browser, siteOrigin, site.url, counters, ['shell', 'usable']),
      );
      times.floor.push(
        await loadMarks(browser, floorOrigin, floor.url, counters, ['shell', 'usable']),
      );
      times.trainer.push(
        await loadMarks(browser, siteOrigin, site.url + trainerLink, counters, ['instruction']),
      );
    }
    const med = (list, key) => round(median(list.map((x) => x[key])));

    console.log('bench: large scenario and default world…');
    const large = await measureLarge(browser, siteOrigin, site.url, distDir, opts.runs, counters);
    const small = await measureDefaultSeeded(
      browser,
      siteOrigin,
      site.url,
      distDir,
      opts.runs,
      counters,
    );

    console.log('bench: warm second visit (service worker)…');
    const offline = await measureWarmOffline(browser, site.url);
    const interactions = await measureInteractions(browser, site.url, opts.runs, median);

    let lighthouseReport = null;
    if (opts.lighthouse) {
      console.log(
        `bench: Lighthouse (${LIGHTHOUSE} via npm exec, mobile, ${opts.lighthouseRuns} runs each)…`,
      );
      const siteGz = await startGzipServer({ dir: distDir });
      const floorGz = await startGzipServer({ dir: floorDir });
      try {
        const lh = (url) => lighthouse(url, chromiumPath, opts.lighthouseRuns, median);
        lighthouseReport = {
          floor: await lh(`${floorGz.url}?lang=en`),
          en: await lh(`${siteGz.url}?lang=en#/`),
          zh: await lh(`${siteGz.url}?lang=zh#/`),
          trainer: await lh(`${siteGz.url}${trainerLink}`),
        };
      } finally {
        await siteGz.close();
        await floorGz.close();
      }
    }

    const homeUsable = med(times.home, 'usable');
    const trainerInstruction = med(times.trainer, 'instruction');
    const debounce = SEARCH_DEBOUNCE_MS;
    const targets = [];
    const target = (name, value, reference, limit, pass, note = '') =>
      targets.push({ name, value, reference, limit, pass, note });
    for (const lang of ['en', 'ru', 'zh']) {
      const f = firstView[lang];
      const others = Object.keys(f.locales).filter((l) => l !== lang);
      target(
        `first view JS+CSS gzip, ${lang}`,
        kib(f.site.jsCss),
        `floor ${kib(f.floor.jsCss)}`,
        `×${f.ratio} ≤ ×${BUDGETS.firstViewRatio}`,
        f.ratio <= BUDGETS.firstViewRatio,
        `${f.site.files.length} files`,
      );
      target(
        `first view fetches only ${lang} texts`,
        `${(f.locales[lang] ?? []).length} ${lang} files`,
        '',
        others.length ? `also ${others.join(', ')}` : 'none other',
        others.length === 0,
        (f.locales[lang] ?? []).join(' '),
      );
    }
    if (lighthouseReport) {
      const fl = lighthouseReport.floor.median;
      for (const key of ['en', 'zh', 'trainer']) {
        const m = lighthouseReport[key].median;
        const label = key === 'trainer' ? 'trainer link' : key;
        target(
          `Lighthouse performance, ${label}`,
          m.performance.toFixed(2),
          `floor ${fl.performance.toFixed(2)}`,
          '≥ 0.95',
          m.performance >= 0.95,
          `FCP ${ms(m.fcp)} LCP ${ms(m.lcp)} TBT ${ms(m.tbt)} SI ${ms(m.si)} CLS ${m.cls.toFixed(3)} · floor FCP ${ms(fl.fcp)} LCP ${ms(fl.lcp)} TBT ${ms(fl.tbt)} SI ${ms(fl.si)} CLS ${fl.cls.toFixed(3)}`,
        );
        target(
          `Lighthouse accessibility, ${label}`,
          m.accessibility.toFixed(2),
          '',
          '= 1.00',
          m.accessibility === 1,
        );
      }
    }
    target(
      'trainer link: first instruction',
      ms(trainerInstruction),
      `home usable ${ms(homeUsable)}`,
      `×${round(trainerInstruction / homeUsable, 2)} ≤ ×1.5`,
      trainerInstruction <= 1.5 * homeUsable,
    );
    const floorUsable = med(times.floor, 'usable');
    target(
      'home usable (fresh browser)',
      ms(homeUsable),
      `floor ${ms(floorUsable)}`,
      `×${round(homeUsable / floorUsable, 2)}`,
      null,
      `FCP ${ms(med(times.home, 'fcp'))} / floor ${ms(med(times.floor, 'fcp'))}`,
    );
    target(
      'large world: first view JS+CSS',
      kib(large.seededFirstView.jsCss),
      `default ${kib(small.seededFirstView.jsCss)}`,
      'equal',
      large.seededFirstView.jsCss === small.seededFirstView.jsCss,
    );
    target(
      'large world: first view DOM rows',
      String(large.seededFirstView.rows),
      `default ${small.seededFirstView.rows}`,
      'equal',
      large.seededFirstView.rows === small.seededFirstView.rows,
    );
    target(
      'large world: Customers first page',
      ms(large.firstPage.median),
      `default ${ms(small.firstPage.median)}`,
      `×${round(large.firstPage.median / small.firstPage.median, 2)} ≤ ×1.5`,
      large.firstPage.median <= 1.5 * small.firstPage.median,
    );
    const ls = large.search.median - debounce;
    const ss = small.search.median - debounce;
    target(
      `large world: search “${SEARCH}” (− ${debounce} ms debounce)`,
      ms(ls),
      `default ${ms(ss)}`,
      `×${round(ls / Math.max(1, ss), 2)} ≤ ×1.5`,
      ls <= 1.5 * Math.max(1, ss),
    );
    target(
      'large world: seed → first rows (1 run)',
      ms(large.seed.firstPageMs),
      `shell at ${ms(large.seed.shellMs)}`,
      '',
      null,
    );
    target(
      'warm visit offline: JS/CSS/locale requests off the worker',
      String(offline.count),
      '',
      '= 0',
      offline.count === 0,
      [...offline.fromNetwork, ...offline.failed].slice(0, 3).join(' '),
    );
    for (const [key, label] of [
      ['persona', 'persona switch'],
      ['language', 'language switch'],
      ['mailbox', 'open the mailbox'],
    ]) {
      const m = interactions[key].median;
      target(
        `warm: ${label} to painted result`,
        ms(m),
        '',
        '≤ 200 ms',
        m <= 200,
        `runs ${interactions[key].runs.map(Math.round).join(', ')}`,
      );
    }
    target(
      'no request outside the local server',
      String(counters.external.length),
      '',
      '= 0',
      counters.external.length === 0,
    );

    const report = {
      generatedAt: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      dist: relative(root, distDir) || '.',
      runs: opts.runs,
      firstView,
      times,
      large,
      default: small,
      offline,
      interactions,
      lighthouse: lighthouseReport,
      externalRequests: counters.external,
      targets,
    };

    const outFile = resolve(root, opts.out);
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');

    printReport(targets, relative(root, outFile));
    const failed = targets.filter((t) => t.pass === false);
    if (failed.length && opts.strict) {
      console.error(`bench: ${failed.length} target(s) failed (--strict)`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await site.close();
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

function printReport(targets, outFile) {
  const rows = [
    ['target', 'measured', 'reference (same run)', 'ratio / limit', ''],
    ...targets.map((t) => [
      t.name,
      t.value,
      t.reference,
      t.limit,
      t.pass === null ? 'info' : t.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('');
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  console.log('');
  for (const t of targets.filter((x) => x.note)) console.log(`${t.name}: ${t.note}`);
  console.log(`\nbench: wrote ${outFile}`);
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
