import { test as base, expect } from '@playwright/test';

/** What the `page` fixture saw; tests may read it mid-test. */
export interface BrowserIssues {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to anything but the local test server (all blocked). */
  externalRequests: string[];
}

interface Fixtures {
  /**
   * Allow-list for console and page errors, as one RegExp tested against each message:
   * `test.use({ allowedErrors: /ResizeObserver loop|expected failure/ })`. (A RegExp, not an
   * array: Playwright reads an array given to test.use() as a [value, options] pair.)
   */
  allowedErrors: RegExp | null;
  issues: BrowserIssues;
}

/**
 * `test` whose `page`:
 * - records console messages of type error and uncaught page errors, and fails the test at
 *   the end if any were seen (minus `allowedErrors`);
 * - records every request that is not to the local server (the browser blocks them, see
 *   playwright.config.ts: the site must load nothing but its own files) and fails the test at
 *   the end if there was any. WebSockets are blocked here.
 */
export const test = base.extend<Fixtures>({
  allowedErrors: [null, { option: true }],

  // Playwright reads the fixtures a function asks for from its first parameter's pattern: none.
  // eslint-disable-next-line no-empty-pattern
  issues: async ({}, use) => {
    await use({ consoleErrors: [], pageErrors: [], externalRequests: [] });
  },

  page: async ({ page, baseURL, allowedErrors, issues }, use, testInfo) => {
    if (!baseURL)
      throw new Error('fixtures.ts needs use.baseURL (the local server) in playwright.config.ts');
    const localOrigin = new URL(baseURL).origin;
    // Drop g/y flags: a stateful RegExp would skip every other match in .test().
    const allowed = allowedErrors
      ? new RegExp(allowedErrors.source, allowedErrors.flags.replace(/[gy]/g, ''))
      : null;
    const context = page.context();

    // Outside requests are blocked by the browser itself: playwright.config.ts sends every
    // request not to 127.0.0.1 to a proxy that does not exist (it fails at once). Here they
    // are only recorded. (A context.route('**/*') did both, but it sent every request of
    // every page, 37 per load of the site, through this process and back. The test server
    // sends no-store, so there is no HTTP cache either way.)
    context.on('request', (request) => {
      const url = request.url();
      if (!/^https?:|^wss?:/.test(url) || new URL(url).origin === localOrigin) return;
      issues.externalRequests.push(`${request.method()} ${url}`);
    });
    await context.routeWebSocket(/.*/, (ws) => {
      issues.externalRequests.push(`WebSocket ${ws.url()}`);
      void ws.close({ code: 1008, reason: 'blocked by test fixture' });
    });

    context.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url;
      // Chromium logs each blocked outside request again; it is already reported above.
      if (
        /ERR_BLOCKED_BY_CLIENT|ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/.test(
          msg.text(),
        ) &&
        where &&
        !where.startsWith(localOrigin + '/')
      )
        return;
      const text = where ? `${msg.text()} (at ${where})` : msg.text();
      if (!allowed?.test(text)) issues.consoleErrors.push(text);
    });
    context.on('weberror', (webError) => {
      const err = webError.error();
      const text = err.stack || `${err.name}: ${err.message}`;
      if (!allowed?.test(text)) issues.pageErrors.push(text);
    });

    await use(page);

    const report: string[] = [];
    const section = (title: string, items: string[]) => {
      if (items.length) report.push(`${title} (${items.length}):`, ...items.map((i) => `  - ${i}`));
    };
    section('Requests outside the local server (blocked)', issues.externalRequests);
    section('Uncaught page errors', issues.pageErrors);
    section('Console errors', issues.consoleErrors);
    if (report.length) {
      await testInfo.attach('browser-issues', {
        body: report.join('\n'),
        contentType: 'text/plain',
      });
      throw new Error(`The page reported problems:\n${report.join('\n')}`);
    }
  },
});

export { expect };
