import { defineConfig, type ReporterDescription } from '@playwright/test';
import {
  chromiumPath,
  distDir,
  env,
  fromRoot,
  isCI,
  isFile,
  joinPath,
  port,
} from './test/e2e/node-env.mjs';

// End-to-end tests run against the *built* site (dist/) served by scripts/serve-static.mjs,
// at / and at the GitHub Pages-like sub-path /partner-sim/. Run `npm run build` first.
// Debian's chromium is used (`npx playwright install` cannot download browsers here).
//   E2E_JSON=1      also write test-results/e2e.json (scripts/test-all.mjs reads it)
//   CHROMIUM_PATH   browser binary (default /usr/bin/chromium)
//   E2E_DIST        folder to serve (default dist), E2E_PORT (default 4173)

const baseURL = `http://127.0.0.1:${port}/`;

// Playwright starts webServer *before* globalSetup and waits for a 2xx/3xx answer, so with no
// build it would time out with a vague message. Without a browser or a build, start no server
// and let test/e2e/global-setup.ts fail at once, saying what to do.
const canRun = isFile(chromiumPath) && isFile(joinPath(fromRoot(distDir), 'index.html'));

const reporter: ReporterDescription[] = [['list']];
if (env.E2E_JSON === '1') reporter.push(['json', { outputFile: 'test-results/e2e.json' }]);

export default defineConfig({
  testDir: 'test/e2e',
  // Playwright empties outputDir at start: keep it apart from the other reports in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter,
  webServer: canRun
    ? {
        command: `node scripts/serve-static.mjs --dir ${distDir} --port ${port} --host 127.0.0.1`,
        url: baseURL,
        reuseExistingServer: !isCI,
        timeout: 15_000,
        stdout: 'ignore',
        stderr: 'pipe',
      }
    : undefined,
  use: {
    baseURL,
    // Installing the service worker precaches the whole site (~240 files) in every fresh
    // context, which doubled each test's time. Only the offline spec needs it and opts back in.
    serviceWorkers: 'block',
    browserName: 'chromium',
    // Recording a trace (a DOM snapshot and screencast frame per action) taxes every test,
    // passing or not: on CI only the retry of a failed test records one (retries: 1), so a
    // failure still comes with its trace; locally (no retries) every failure keeps its own.
    trace: isCI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The site must load nothing but its own files: every request to another host goes
        // to a proxy on a port nothing listens on, so it fails at once (ERR_PROXY_CONNECTION_
        // FAILED) and test/e2e/fixtures.ts reports it. Loopback (the test server) is never
        // proxied. Blocking in the browser keeps Playwright's routing off every request.
        '--proxy-server=http://127.0.0.1:9',
        '--proxy-bypass-list=127.0.0.1',
      ],
    },
  },
});
