// Renders the manifest's PNG icons from the SVGs in public/ with the e2e Chromium (no image
// library in the build): `node scripts/render-icons.mjs`, then commit public/icon-*.png.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const jobs = [
  ['public/favicon.svg', 192, 'public/icon-192.png', true],
  ['public/favicon.svg', 512, 'public/icon-512.png', true],
  ['public/icon-maskable.svg', 192, 'public/icon-maskable-192.png', false],
  ['public/icon-maskable.svg', 512, 'public/icon-maskable-512.png', false],
];
for (const [svg, size, out, transparent] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  const src = 'data:image/svg+xml;base64,' + readFileSync(svg).toString('base64');
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.waitForFunction(() => document.querySelector('img').complete);
  writeFileSync(out, await page.screenshot({ omitBackground: transparent, type: 'png' }));
}
await browser.close();
