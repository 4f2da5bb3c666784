#!/usr/bin/env node
// The cost of the stored world's full check at start (issue 17, src/app/worldCheckAtBoot.ts),
// on the default and the 10,000-customer world, in Debian's Chromium against the built site.
// The check runs after the first paint; this prints how long it takes (what the first paint
// would wait for if it ran before) and the first contentful paint, median of N reloads.
//
//   node scripts/measure-world-check.mjs [--dist dist] [--port 4207] [--runs 5]
//
// Not part of `npm test` (speed is measured, never asserted in tests).
import { startServer } from './serve-static.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', 'dist');
const port = Number(arg('port', '4207'));
const runs = Number(arg('runs', '5'));
const MEASURE = 'partner-sim:world-check';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { chromium } = await import('@playwright/test');
const server = await startServer({ dir: dist, port, base: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const scenario of ['default', 'large']) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/?scenario=${scenario}#/`;
    const read = async () => {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MEASURE, {
        timeout: 180_000,
      });
      return page.evaluate(
        (m) => ({
          check: performance.getEntriesByName(m)[0].duration,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        }),
        MEASURE,
      );
    };
    // The first load seeds the world; the reloads find it stored, as a learner's start does.
    await page.goto(url);
    await read();
    const checks = [];
    const fcps = [];
    for (let i = 0; i < runs; i++) {
      await page.reload();
      const { check, fcp } = await read();
      checks.push(check);
      fcps.push(fcp);
    }
    console.log(
      `${scenario.padEnd(8)} full check median ${median(checks).toFixed(0)} ms ` +
        `(${checks.map((c) => c.toFixed(0)).join(', ')}); first contentful paint median ` +
        `${median(fcps).toFixed(0)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close?.();
}
