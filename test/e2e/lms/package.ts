import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { mockCmi5 } from '../../lms/mockCmi5';
import { unzipSync } from 'fflate';

// The LMS end-to-end tests run the site as an LMS serves it: out of the zip `npm run package`
// wrote to dist-lms/ (built with `vite build --mode lms`, no service worker), unzipped in
// memory and served under /__pkg/ on the test server's origin, next to the harness. So what is
// proven is the package (its manifest's parameters, relative asset URLs), not dist/.

const DIST_LMS = new URL('../../../dist-lms/', import.meta.url);
export const PKG = '/__pkg/';

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  xml: 'application/xml',
  txt: 'text/plain',
};

export function readPackage(zip: string): Map<string, Uint8Array> {
  const file = new URL(zip, DIST_LMS);
  if (!existsSync(file))
    throw new Error(`dist-lms/${zip} is missing: run \`npm run package\` before these tests`);
  return new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(file)))));
}

export const text = (pkg: Map<string, Uint8Array>, name: string) =>
  new TextDecoder().decode(pkg.get(name));

const unxml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The launch file + parameters of the manifest's item for this walkthrough and mode. */
export function scormItem(pkg: Map<string, Uint8Array>, slug: string, mode: string): string {
  const manifest = text(pkg, 'imsmanifest.xml');
  const item = new RegExp(`<item identifier="ITEM-${slug}-${mode}"[^>]*parameters="([^"]*)"`).exec(
    manifest,
  );
  const href = /<resource\s[^>]*href="([^"]*)"/.exec(manifest)?.[1];
  if (!item || !href) throw new Error(`no item for ${slug} ${mode} in imsmanifest.xml`);
  return `${href}${unxml(item[1]!)}`;
}

/** The AU URL of cmi5.xml (relative in the zip) for this walkthrough and mode. */
export function cmi5Au(pkg: Map<string, Uint8Array>, slug: string, mode: string): string {
  const course = text(pkg, 'cmi5.xml');
  const au = new RegExp(`<au id="[^"]*/${slug}/${mode}"[\\s\\S]*?<url>([^<]*)</url>`).exec(course);
  if (!au) throw new Error(`no AU for ${slug} ${mode} in cmi5.xml`);
  return unxml(au[1]!);
}

/** Serves the package's files under /__pkg/ to every page of the context; a path not in the zip is 404. */
export async function servePackage(context: BrowserContext, pkg: Map<string, Uint8Array>) {
  await context.route(`**${PKG}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(PKG.length));
    const body = pkg.get(path);
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      body: Buffer.from(body),
    });
  });
}

/**
 * The AU's LMS and LRS requests (`/lms/…`, `/lrs/…`) answered by the in-process cmi5 mock. A
 * getter, so a test that starts a fresh mock per launch keeps one route for all of them.
 */
export async function routeToMock(
  context: BrowserContext,
  lms: () => ReturnType<typeof mockCmi5>,
): Promise<void> {
  await context.route(/\/(lrs|lms)\//, async (route) => {
    const request = route.request();
    const response = await lms().fetch(request.url(), {
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
}
