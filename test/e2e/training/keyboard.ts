import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { CoachAction } from '../../../src/training/types';
import { target } from './coach';

// Keyboard-only: Tab until the control has focus (no clicks, no programmatic focus), then
// Enter, Space or typing.

async function isFocused(loc: Locator): Promise<boolean> {
  return loc.evaluate((el) => {
    const active = document.activeElement;
    return active !== null && (el === active || el.contains(active));
  });
}

export async function tabTo(page: Page, loc: Locator, max = 120): Promise<void> {
  await expect(loc).toBeVisible({ timeout: 15_000 });
  for (let i = 0; i < max; i++) {
    if (await isFocused(loc)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `could not reach the control with Tab: ${await loc.evaluate((el) => el.outerHTML.slice(0, 200))}`,
  );
}

export async function actWithKeyboard(page: Page, action: CoachAction): Promise<void> {
  const loc = target(page, action.target);
  const control = (await loc.evaluate((el) =>
    el.matches('a[href], button, input, select, textarea, summary'),
  ))
    ? loc
    : loc.locator('a[href], button, input, select, textarea, summary').first();
  await tabTo(page, control);
  switch (action.kind) {
    case 'click': {
      const isLinkOrButton = await control.evaluate((el) => el.matches('a[href], button, summary'));
      await page.keyboard.press(isLinkOrButton ? 'Enter' : 'Space');
      return;
    }
    case 'fill':
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(action.value);
      return;
    case 'fillFrom': {
      const source = target(page, action.source);
      const value = (
        await source.evaluate((el) =>
          el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''),
        )
      ).trim();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
      return;
    }
    case 'check':
      if ((await control.isChecked()) !== action.checked) await page.keyboard.press('Space');
      return;
    case 'select':
      await control.selectOption(action.value);
      return;
  }
}
