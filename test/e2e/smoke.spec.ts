import { test, expect } from './fixtures';

// The built site must load, with a <title> and without console errors or outside requests
// (both checked by the fixture), at / and under a GitHub Pages project sub-path.
for (const path of ['/', '/partner-sim/']) {
  test(`loads ${path} with a title and no errors`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // Outside requests are blocked and reported by the fixture; only local paths matter here.
      if (url.origin === origin) requested.push(url.pathname);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    await expect(page.locator('head > title')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    // The page loaded its built script/CSS, not just the HTML.
    expect(requested.length).toBeGreaterThan(1);

    if (path !== '/') {
      // The server also answers at /, so an absolute asset URL (base '/') would still load.
      // Prove the build is relative: every request stays under the sub-path.
      expect(requested.filter((p) => !p.startsWith(path))).toEqual([]);
    }
  });
}
