#!/usr/bin/env node
// `npm test`: every check in sequence, each tool's own output streamed, counts collected.
//
//   format        prettier --check .                     1 check
//   lint          eslint . (eslint.config.js)            1 check
//   typecheck     svelte-check --fail-on-warnings        1 check (a warning fails it)
//   keys          scripts/find-missing-keys.mjs          1 check (a static key en lacks fails it)
//   locales       scripts/check-locales.mjs              one per (namespace, language)
//   architecture  vitest run test/architecture.test.ts   one per test (import directions)
//   unit          vitest run (unit + component)          one per test; a file that fails to load counts 1
//   e2e           vite build (1 check), npm run package (1 check: the LMS zips the LMS e2e tests
//                 serve), then playwright test (one per test; skipped listed apart)
//
// A stage that crashes without writing its report counts as 1 failed; so does a tool that
// exits non-zero while its report shows no failure (e.g. vitest "no test files", an error
// outside tests, a Playwright globalSetup error). Later stages still run; only e2e is skipped
// (and counted failed) when the build failed. The last line is `N passed, N failed` (plus
// `, N skipped` when some were). Exit 1 if anything failed or nothing ran at all.
//
//   TEST_STAGES=format,lint,typecheck,keys,locales,architecture,unit,e2e   run only some
//   stages ("build" = build only)
//
// Time on a 2-core CI machine: eslint and svelte-check each use one core, so lint runs beside
// the other static checks (format, typecheck, keys, locales, architecture), each lane's output
// held back and printed whole when the lane ends; unit (vitest, every core), the builds and
// e2e (Playwright, 2 workers) each have the machine to themselves.

import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');
const ALL_STAGES = [
  'format',
  'lint',
  'typecheck',
  'keys',
  'locales',
  'architecture',
  'unit',
  'e2e',
];
// Run in its own stage (its count apart), so the unit stage leaves it out.
const ARCHITECTURE_TEST = 'test/architecture.test.ts';

function selectedStages() {
  const raw = process.env.TEST_STAGES?.trim();
  if (!raw) return new Set(ALL_STAGES);
  const wanted = new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const unknown = [...wanted].filter((s) => !ALL_STAGES.includes(s) && s !== 'build');
  if (unknown.length) {
    console.error(
      `test-all: unknown TEST_STAGES entr${unknown.length > 1 ? 'ies' : 'y'} ${unknown.join(', ')} (known: ${ALL_STAGES.join(', ')}, build)`,
    );
    process.exit(2);
  }
  return wanted;
}

/** A lane's held-back output (see lanes()); outside a lane, output goes straight out. */
const laneOutput = new AsyncLocalStorage();
function out(text) {
  const held = laneOutput.getStore();
  if (held) held.push(text);
  else process.stdout.write(text);
}

/** Runs a command (stdio inherited, or held in a lane); resolves with its exit code (or -1 if it could not start). */
function run(command, args, extraEnv = {}) {
  return new Promise((done) => {
    const printable = [
      command.startsWith(root) ? command.slice(root.length + 1) : command,
      ...args,
    ].join(' ');
    out(`\n$ ${printable}\n`);
    const held = laneOutput.getStore();
    let child;
    try {
      child = spawn(command, args, {
        cwd: root,
        stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        env: { ...process.env, ...extraEnv },
      });
    } catch (err) {
      out(`test-all: cannot start ${printable}: ${err.message}\n`);
      done(-1);
      return;
    }
    if (held) {
      child.stdout.on('data', (chunk) => held.push(chunk.toString()));
      child.stderr.on('data', (chunk) => held.push(chunk.toString()));
    }
    child.on('error', (err) => {
      out(`test-all: cannot start ${printable}: ${err.message}\n`);
      done(-1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : -1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function banner(title) {
  const line = '='.repeat(Math.max(8, 72 - title.length - 4));
  out(`\n== ${title} ${line}\n`);
}

/** Runs each lane (a list of stage functions, in order) beside the others; prints each lane's output whole when it ends. */
async function lanes(...list) {
  await Promise.all(
    list.map(async (stages) => {
      const held = [];
      await laneOutput.run(held, async () => {
        for (const stage of stages) await stage();
      });
      process.stdout.write(held.join(''));
    }),
  );
}

/** @type {{ stage: string, passed: number, failed: number, skipped: number, seconds: number, note: string }[]} */
const rows = [];

function record(stage, started, { passed = 0, failed = 0, skipped = 0, note = '' }) {
  rows.push({ stage, passed, failed, skipped, seconds: (Date.now() - started) / 1000, note });
}

/** Non-zero exit with no failure in the report still fails the stage once. */
function exitAdjust(code, counts) {
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.note = [counts.note, `exit code ${code} with no failure in the report`]
      .filter(Boolean)
      .join('; ');
  }
  return counts;
}

/** A stage that is one check: passed when the command exits 0. */
async function singleCheck(stage, title, command, args) {
  banner(title);
  const t = Date.now();
  const code = await run(command, args);
  record(stage, t, code === 0 ? { passed: 1 } : { failed: 1, note: `exit code ${code}` });
}

const format = () =>
  singleCheck('format', 'format (prettier --check)', bin('prettier'), ['--check', '.']);

const lint = () => singleCheck('lint', 'lint (eslint)', bin('eslint'), ['.']);

// --fail-on-warnings: a warning (a11y, a stale reactive read, an unused CSS selector) fails the
// stage; --threshold warning still prints them all.
const typecheck = () =>
  singleCheck('typecheck', 'typecheck (svelte-check)', bin('svelte-check'), [
    '--tsconfig',
    './tsconfig.json',
    '--fail-on-warnings',
    '--output',
    'human',
  ]);

const keys = () =>
  singleCheck('keys', 'keys (scripts/find-missing-keys.mjs)', process.execPath, [
    'scripts/find-missing-keys.mjs',
  ]);

async function locales() {
  banner('locales (scripts/check-locales.mjs)');
  const t = Date.now();
  const report = join(resultsDir, 'locales.json');
  rmSync(report, { force: true });
  const code = await run(process.execPath, ['scripts/check-locales.mjs', '--json', report]);
  const json = readJson(report);
  if (!json || typeof json.passed !== 'number' || typeof json.failed !== 'number') {
    record('locales', t, { failed: 1, note: `no report (exit code ${code})` });
    return;
  }
  record('locales', t, exitAdjust(code, { passed: json.passed, failed: json.failed }));
}

/** A vitest run as one stage: one count per test; `args` picks the files. */
async function vitest(stage, title, args) {
  banner(title);
  const t = Date.now();
  const report = join(resultsDir, `vitest-${stage}.json`);
  rmSync(report, { force: true });
  const code = await run(bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const json = readJson(report);
  if (!json || typeof json.numPassedTests !== 'number') {
    record(stage, t, { failed: 1, note: `no report (exit code ${code})` });
    return;
  }
  // A file that fails to load (syntax/import error, crash in module scope) has status
  // "failed" but no failed assertion: count each such file as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  const counts = {
    passed: json.numPassedTests,
    failed: (json.numFailedTests ?? 0) + brokenFiles,
    skipped,
    note: brokenFiles ? `${brokenFiles} file(s) failed to load` : '',
  };
  if (json.numTotalTests === 0 && brokenFiles === 0) counts.note = 'no tests found';
  record(stage, t, exitAdjust(code, counts));
}

const architecture = () =>
  vitest('architecture', 'architecture (vitest, import directions)', [ARCHITECTURE_TEST]);

const unit = () => vitest('unit', 'unit + component (vitest)', [`--exclude=${ARCHITECTURE_TEST}`]);

async function build() {
  banner('build (vite build)');
  const t = Date.now();
  const code = await run(bin('vite'), ['build']);
  const ok = code === 0 && existsSync(join(root, 'dist', 'index.html'));
  record(
    'build',
    t,
    ok
      ? { passed: 1 }
      : { failed: 1, note: code === 0 ? 'no dist/index.html' : `exit code ${code}` },
  );
  return ok;
}

/** `npm run package` (its own `vite build --mode lms`, then the lint of every real manifest): the LMS e2e tests run the zips it writes. */
async function lmsPackage() {
  banner('LMS packages (scripts/package-lms.mjs)');
  const t = Date.now();
  const code = await run(process.execPath, ['scripts/package-lms.mjs']);
  record('package', t, code === 0 ? { passed: 1 } : { failed: 1, note: `exit code ${code}` });
}

async function e2e() {
  banner('end-to-end (playwright)');
  const t = Date.now();
  const report = join(resultsDir, 'e2e.json');
  rmSync(report, { force: true });
  const code = await run(bin('playwright'), ['test'], { E2E_JSON: '1' });
  const json = readJson(report);
  const stats = json?.stats;
  if (!stats || typeof stats.expected !== 'number') {
    record('e2e', t, { failed: 1, note: `no report (exit code ${code})` });
    return;
  }
  const errors = Array.isArray(json.errors) ? json.errors.length : 0;
  const counts = {
    passed: stats.expected + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (stats.unexpected === 0 && errors > 0 ? 1 : 0),
    skipped: stats.skipped ?? 0,
    note: [
      stats.flaky ? `${stats.flaky} flaky (passed on retry)` : '',
      errors ? `${errors} error(s) outside tests` : '',
    ]
      .filter(Boolean)
      .join('; '),
  };
  record('e2e', t, exitAdjust(code, counts));
}

function summary() {
  // Lanes finish in any order: list the stages in their usual order.
  const order = [...ALL_STAGES.slice(0, -1), 'build', 'package', 'e2e'];
  rows.sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
  const header = ['stage', 'passed', 'failed', 'skipped', 'time'];
  const body = rows.map((r) => [
    r.stage,
    String(r.passed),
    String(r.failed),
    String(r.skipped),
    `${r.seconds.toFixed(1)}s`,
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells) =>
    cells
      .slice(0, header.length)
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ') + (cells[header.length] ? `  ${cells[header.length]}` : '');
  banner('summary');
  console.log(fmt(header));
  for (const b of body) console.log(fmt(b));
}

async function main() {
  ensureDependencies();
  const stages = selectedStages();
  mkdirSync(resultsDir, { recursive: true });
  const pick = (list) => list.filter(([name]) => stages.has(name)).map(([, fn]) => fn);
  await lanes(
    pick([['lint', lint]]),
    pick([
      ['format', format],
      ['typecheck', typecheck],
      ['keys', keys],
      ['locales', locales],
      ['architecture', architecture],
    ]),
  );
  if (stages.has('unit')) await unit();
  if (stages.has('e2e') || stages.has('build')) {
    const built = await build();
    if (built) await lmsPackage();
    if (stages.has('e2e')) {
      if (built) await e2e();
      else record('e2e', Date.now(), { failed: 1, note: 'not run: build failed' });
    }
  }

  summary();
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  const skipped = rows.reduce((n, r) => n + r.skipped, 0);
  if (passed + failed === 0) console.log('test-all: no test ran at all');
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 || passed + failed === 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
