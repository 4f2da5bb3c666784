#!/usr/bin/env node
// `npm run bench`: performance figures of the built site in Debian's Chromium.
// Never part of `npm test`. See bench/README.md for what each figure means.
//
//   node scripts/bench.mjs [--no-build] [--dist dist] [--runs 5] [--strict] [--out bench/results/report.json]
//
//   --no-build   measure the existing build (default: `vite build` first)
//   --dist DIR   the build to serve (default dist; built there unless --no-build)
//   --runs N     fresh-context repetitions for medians (default 5)
//   --strict     exit 1 when a budget fails (default: report it, exit 0)
//   CHROMIUM_PATH  browser binary (default /usr/bin/chromium), as for the e2e tests
//
// Writes bench/results/report.json (gitignored) and prints a table.

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KIB = 1024;

/** Budgets. Only --strict turns a failed budget into a failing exit code. */
const BUDGETS = {
  firstViewJsCssGzip: 115 * KIB,
};

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

const SEARCH = 'alpine bakery';
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
      case '--out':
        opts.out = value();
        break;
      case '--help':
      case '-h':
        console.log(
          'usage: node scripts/bench.mjs [--no-build] [--dist dist] [--runs 5] [--strict] [--out bench/results/report.json]',
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

/** A page with the built site's HTML but no script or stylesheet: the floor for transfer and FCP. */
function makeBarePage(distDir) {
  const dir = mkdtempSync(join(tmpdir(), 'partner-sim-bare-'));
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload|preload)["']?[^>]*>\s*/gi, '');
  if (/<script\b/i.test(html))
    fail('could not strip the scripts from index.html for the bare page');
  writeFileSync(join(dir, 'index.html'), html);
  for (const asset of ['favicon.svg']) {
    if (existsSync(join(distDir, asset))) copyFileSync(join(distDir, asset), join(dir, asset));
  }
  return dir;
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
      if (marks.shell === undefined && document.querySelector('select[aria-label^="Persona: "]'))
        marks.shell = performance.now();
      if (
        marks.rows20 === undefined &&
        document.querySelectorAll('main table tbody tr').length >= 20
      )
        marks.rows20 = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
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

const shell = (page) => page.locator('select[aria-label^="Persona: "]');

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
    if (waitForShell) await shell(page).waitFor({ state: 'visible' });
    else await page.waitForLoadState('load');
    return transferOf(requests, servedDir);
  } finally {
    await context.close();
  }
}

async function measureFcp(browser, origin, url, counters, { waitForShell }) {
  const context = await newContext(browser, origin, counters);
  try {
    const { page } = await openPage(context, origin);
    await page.goto(url);
    const fcp = await firstContentfulPaint(page);
    const shellAt = waitForShell ? await waitForMark(page, 'shell') : null;
    return { fcp, shell: shellAt };
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

async function measureLarge(browser, origin, baseUrl, servedDir, runs, counters) {
  const context = await newContext(browser, origin, counters);
  try {
    // Seeding: an empty browser opens a ?scenario=large link; until the first page of rows.
    const { page: seedPage } = await openPage(context, origin);
    await seedPage.goto(`${baseUrl}?scenario=large#/partner-center/customers`);
    const seedShell = await waitForMark(seedPage, 'shell');
    const seedRows = await waitForMark(seedPage, 'rows20');
    await seedPage.close();

    // The already seeded world: navigation → first page of customers, and a search.
    const firstPage = [];
    const search = [];
    for (let i = 0; i < runs; i++) {
      const { page } = await openPage(context, origin);
      await page.goto(`${baseUrl}#/partner-center/customers`);
      firstPage.push(await waitForMark(page, 'rows20'));
      await page.waitForFunction(
        () => /^1–20 of /.test(document.querySelector('main nav p')?.textContent ?? ''),
        null,
        { timeout: TIMEOUT },
      );
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

    const seeded = await measureSeededFirstView(context, origin, baseUrl, servedDir);
    return {
      seed: { shellMs: round(seedShell), firstPageMs: round(seedRows) },
      firstPage: { runs: firstPage.map((x) => round(x)), median: round(median(firstPage)) },
      search: { query: SEARCH, runs: search.map((x) => round(x)), median: round(median(search)) },
      seededFirstView: seeded,
    };
  } finally {
    await context.close();
  }
}

async function measureDefaultSeeded(browser, origin, baseUrl, servedDir, counters) {
  const context = await newContext(browser, origin, counters);
  try {
    const { page } = await openPage(context, origin);
    await page.goto(baseUrl);
    await shell(page).waitFor({ state: 'visible' });
    await settled(page);
    await page.close();
    return await measureSeededFirstView(context, origin, baseUrl, servedDir);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const distDir = resolve(root, opts.dist);
  if (opts.build) build(distDir);
  if (!existsSync(join(distDir, 'index.html')))
    fail(
      `${join(distDir, 'index.html')} not found: build first (npm run build) or drop --no-build`,
    );

  const browser = await loadChromium();
  const bareDir = makeBarePage(distDir);
  const site = await startServer({ dir: distDir, port: 0, host: '127.0.0.1' });
  const bare = await startServer({ dir: bareDir, port: 0, host: '127.0.0.1' });
  const siteOrigin = new URL(site.url).origin;
  const bareOrigin = new URL(bare.url).origin;
  const counters = { external: [] };

  try {
    console.log(`bench: Chromium ${browser.version()}, ${opts.runs} runs per median`);

    console.log('bench: first-view transfer…');
    const siteTransfer = await measureFirstView(browser, siteOrigin, site.url, distDir, counters, {
      waitForShell: true,
    });
    const bareTransfer = await measureFirstView(browser, bareOrigin, bare.url, bareDir, counters, {
      waitForShell: false,
    });

    console.log('bench: first contentful paint…');
    const siteFcp = [];
    const siteShell = [];
    const bareFcp = [];
    for (let i = 0; i < opts.runs; i++) {
      const s = await measureFcp(browser, siteOrigin, site.url, counters, { waitForShell: true });
      siteFcp.push(s.fcp);
      siteShell.push(s.shell);
      bareFcp.push(
        (await measureFcp(browser, bareOrigin, bare.url, counters, { waitForShell: false })).fcp,
      );
    }

    console.log('bench: large scenario…');
    const large = await measureLarge(browser, siteOrigin, site.url, distDir, opts.runs, counters);
    const defaultSeeded = await measureDefaultSeeded(
      browser,
      siteOrigin,
      site.url,
      distDir,
      counters,
    );

    const fcpSite = median(siteFcp);
    const fcpBare = median(bareFcp);
    const scaling = {
      default: defaultSeeded,
      large: large.seededFirstView,
      equalBytes: defaultSeeded.jsCss === large.seededFirstView.jsCss,
      equalRows: defaultSeeded.rows === large.seededFirstView.rows,
    };
    const budgets = [
      {
        name: 'first-view JS+CSS gzip',
        limit: BUDGETS.firstViewJsCssGzip,
        value: siteTransfer.jsCss,
        unit: 'bytes',
        pass: siteTransfer.jsCss <= BUDGETS.firstViewJsCssGzip,
      },
      {
        name: 'first-view JS+CSS equal (default vs large world)',
        limit: defaultSeeded.jsCss,
        value: large.seededFirstView.jsCss,
        unit: 'bytes',
        pass: scaling.equalBytes,
      },
      {
        name: 'first-view DOM rows equal (default vs large world)',
        limit: defaultSeeded.rows,
        value: large.seededFirstView.rows,
        unit: 'rows',
        pass: scaling.equalRows,
      },
      {
        name: 'no request outside the local server',
        limit: 0,
        value: counters.external.length,
        unit: 'requests',
        pass: counters.external.length === 0,
      },
    ];

    const report = {
      generatedAt: new Date().toISOString(),
      chromium: browser.version(),
      node: process.version,
      dist: relative(root, distDir) || '.',
      runs: opts.runs,
      firstView: {
        site: siteTransfer,
        bare: bareTransfer,
        ratio: round(siteTransfer.total / Math.max(1, bareTransfer.total), 2),
      },
      fcp: {
        site: { runs: siteFcp.map((x) => round(x)), median: round(fcpSite) },
        bare: { runs: bareFcp.map((x) => round(x)), median: round(fcpBare) },
        ratio: fcpSite !== null && fcpBare ? round(fcpSite / fcpBare, 2) : null,
        shellReady: { runs: siteShell.map((x) => round(x)), median: round(median(siteShell)) },
      },
      large: { seed: large.seed, firstPage: large.firstPage, search: large.search },
      scaling,
      externalRequests: counters.external,
      budgets,
    };

    const outFile = resolve(root, opts.out);
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');

    printReport(report, relative(root, outFile));
    const failed = budgets.filter((b) => !b.pass);
    if (failed.length && opts.strict) {
      console.error(`bench: ${failed.length} budget(s) failed (--strict)`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await site.close();
    await bare.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

function printReport(r, outFile) {
  const rows = [
    ['first view: JS (gzip)', kib(r.firstView.site.js), ''],
    ['first view: CSS (gzip)', kib(r.firstView.site.css), ''],
    [
      'first view: JS+CSS (gzip)',
      kib(r.firstView.site.jsCss),
      `budget ≤ ${kib(BUDGETS.firstViewJsCssGzip)}`,
    ],
    [
      'first view: all files (gzip)',
      kib(r.firstView.site.total),
      `${r.firstView.site.files.length} files`,
    ],
    ['bare page: all files (gzip)', kib(r.firstView.bare.total), `site/bare ×${r.firstView.ratio}`],
    [
      'FCP site (median)',
      ms(r.fcp.site.median),
      `runs ${r.fcp.site.runs.map((x) => Math.round(x ?? NaN)).join(', ')}`,
    ],
    ['FCP bare page (median)', ms(r.fcp.bare.median), `site/bare ×${r.fcp.ratio ?? 'n/a'}`],
    ['shell ready (median)', ms(r.fcp.shellReady.median), 'persona switcher in the DOM'],
    ['large: seed → shell (1 run)', ms(r.large.seed.shellMs), 'empty browser, ?scenario=large'],
    ['large: seed → first rows (1 run)', ms(r.large.seed.firstPageMs), 'Customers, 20 rows'],
    [
      'large: customers first page (median)',
      ms(r.large.firstPage.median),
      `runs ${r.large.firstPage.runs.map(Math.round).join(', ')}`,
    ],
    [
      'large: search narrows (median)',
      ms(r.large.search.median),
      `“${r.large.search.query}”, incl. 200 ms debounce`,
    ],
    [
      'first view JS+CSS default / large',
      `${kib(r.scaling.default.jsCss)} / ${kib(r.scaling.large.jsCss)}`,
      r.scaling.equalBytes ? 'equal' : 'DIFFERENT',
    ],
    [
      'first view DOM rows default / large',
      `${r.scaling.default.rows} / ${r.scaling.large.rows}`,
      r.scaling.equalRows ? 'equal' : 'DIFFERENT',
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  console.log('');
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  console.log('');
  for (const b of r.budgets) {
    const fmt = (v) => (b.unit === 'bytes' ? kib(v) : `${v} ${b.unit}`);
    console.log(
      `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${fmt(b.value)} (${b.name.includes('equal') ? 'expected' : 'limit'} ${fmt(b.limit)})`,
    );
  }
  console.log(`\nbench: wrote ${outFile}`);
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
