import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import {
  advanceClock,
  isoAfterDays,
  openPath,
  simClock,
  switchPersona,
  waitForShell,
} from '../helpers';

// 11. Without IndexedDB (blocked storage, some private modes) the simulator still runs on an
// in-memory world and says so. A console.warn is expected; a console error is not (the
// fixture fails the test on one).
const BREAKS: { what: string; script: () => void; bug?: string }[] = [
  {
    what: 'indexedDB.open throws',
    script: () => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException('IndexedDB is blocked (test)', 'SecurityError');
      };
    },
  },
  {
    what: 'window.indexedDB is missing',
    script: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
    // src/db/open.ts also points Dexie.dependencies at the in-memory IndexedDB, or liveQuery would never run.
  },
];

const IN_MEMORY = /this world lives in memory only/;

async function expectWarned(page: Page, warnings: string[]) {
  await expect.poll(() => warnings.some((w) => w.includes('IndexedDB unavailable'))).toBe(true);
}

for (const b of BREAKS) {
  test(`runs on an in-memory world when ${b.what}`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    await page.addInitScript(b.script);
    test.fail(b.bug !== undefined, b.bug);

    await openPath(page, '', { shellTimeout: b.bug ? 5_000 : undefined });
    await expectWarned(page, warnings);
    await expect(page.getByText(IN_MEMORY)).toBeVisible();
    await expect(page.getByTestId('portal-name')).toHaveText('Partner Center');

    // The world works: persona switch, clock, mail.
    await switchPersona(page, 'u-patti');
    await expect(page.getByTestId('portal-name')).toHaveText('Microsoft 365 admin center');
    await advanceClock(page, 1);
    await page.getByTestId('mail-badge').click();
    await expect(page.getByRole('list', { name: 'Inbox' }).getByRole('link')).toHaveCount(1);

    // The Simulator page repeats the warning; nothing survives a reload (as the notice says),
    // but the tab's persona does (sessionStorage).
    await page.getByRole('link', { name: 'Simulator', exact: true }).click();
    await expect(page.getByRole('main').getByText(IN_MEMORY)).toBeVisible();
    await page.reload();
    await waitForShell(page);
    await expect(page.getByText(IN_MEMORY).first()).toBeVisible();
    await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(0));
    await expect(page.getByTestId('portal-name')).toHaveText('Microsoft 365 admin center');
  });
}
