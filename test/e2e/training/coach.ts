import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { Lang } from '../helpers';
import { noDoubledStop } from '../../../src/i18n/sentenceEnd';
import type { CoachAction, TargetRef, Walkthrough } from '../../../src/training/types';

// Drives walkthroughs the way a learner does: real clicks and typing on the controls each
// step names, then waits for the coach to move on. Everything comes from the definitions and
// the locale files, so a new walkthrough is tested without writing a test.

type Json = { [key: string]: Json | string };
const cache = new Map<string, Json>();
export function texts(lang: Lang, ns: string): Json {
  const key = `${lang}/${ns}`;
  if (!cache.has(key))
    cache.set(
      key,
      JSON.parse(
        readFileSync(new URL(`../../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8'),
      ) as Json,
    );
  return cache.get(key)!;
}
function lookup(json: Json, path: string): string {
  const value = path
    .split('.')
    .reduce<Json | string | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      json,
    );
  if (typeof value !== 'string') throw new Error(`missing text ${path}`);
  return value;
}
export function trainingText(
  lang: Lang,
  path: string,
  vars: Record<string, string | number> = {},
): string {
  return noDoubledStop(
    lookup(texts(lang, 'training'), path).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      String(vars[name] ?? ''),
    ),
  );
}
export function stepText(
  lang: Lang,
  w: Walkthrough,
  stepId: string,
  part: 'instruction' | 'hint' | 'goal',
): string {
  return lookup(texts(lang, `wt-${w.slug}`), `steps.${stepId}.${part}`).replace(/\*\*/g, '');
}
export function walkthroughTitle(lang: Lang, w: Walkthrough): string {
  return lookup(texts(lang, `wt-${w.slug}`), 'title');
}

export const coach = (page: Page) => page.locator('section[data-coach-root]');
export const coachProgress = (page: Page) => page.getByTestId('coach-progress');

export function target(page: Page, ref: TargetRef): Locator {
  const id = `[data-coach="${ref.id}"]`;
  const sel = ref.key === undefined ? id : `${id}[data-coach-key="${ref.key}"]`;
  return page.locator(`${sel}:not([data-coach-root] *)`).filter({ visible: true }).first();
}

async function fieldOf(loc: Locator, kind: 'field' | 'box'): Promise<Locator> {
  const own = await loc.evaluate(
    (el, k) =>
      k === 'box'
        ? el.matches('input[type="checkbox"], input[type="radio"]')
        : el.matches('input, textarea, select'),
    kind,
  );
  return own
    ? loc
    : loc
        .locator(
          kind === 'box'
            ? 'input[type="checkbox"], input[type="radio"]'
            : 'input, textarea, select',
        )
        .first();
}

const sourceKey = (ref: TargetRef) => `${ref.id}|${ref.key ?? ''}`;

/** What the learner writes down while it is on screen (a temporary password shown once), for a later fillFrom. */
export async function noteSources(
  page: Page,
  w: Walkthrough,
  notes: Map<string, string>,
): Promise<void> {
  for (const action of w.steps.flatMap((s) => s.actions)) {
    if (action.kind !== 'fillFrom') continue;
    const source = target(page, action.source);
    if ((await source.count()) === 0) continue;
    const text = (
      await source.evaluate((el) =>
        el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''),
      )
    ).trim();
    if (text) notes.set(sourceKey(action.source), text);
  }
}

/** One action with Playwright's real input (mouse, keyboard), or the keyboard only. */
export async function act(
  page: Page,
  action: CoachAction,
  keyboard = false,
  notes?: Map<string, string>,
): Promise<void> {
  const loc = target(page, action.target);
  await expect(
    loc,
    `control ${action.target.id}${action.target.key ? `[${action.target.key}]` : ''}`,
  ).toBeVisible({ timeout: 15_000 });
  switch (action.kind) {
    case 'click':
      if (keyboard) {
        const focusable = await fieldOrControl(loc);
        await focusable.focus();
        await page.keyboard.press('Enter');
      } else await loc.click();
      return;
    case 'fill':
      await (await fieldOf(loc, 'field')).fill(action.value);
      return;
    case 'fillFrom': {
      const source = target(page, action.source);
      const noted = notes?.get(sourceKey(action.source));
      const value =
        (await source.count()) > 0 || noted === undefined
          ? (
              await source.evaluate((el) =>
                el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''),
              )
            ).trim()
          : noted;
      await (await fieldOf(loc, 'field')).fill(value);
      return;
    }
    case 'check': {
      const box = await fieldOf(loc, 'box');
      if (keyboard) {
        if ((await box.isChecked()) !== action.checked) {
          await box.focus();
          await page.keyboard.press('Space');
        }
      } else await box.setChecked(action.checked);
      return;
    }
    case 'select':
      await (await fieldOf(loc, 'field')).selectOption(action.value);
      return;
  }
}

async function fieldOrControl(loc: Locator): Promise<Locator> {
  const own = await loc.evaluate((el) =>
    el.matches('a[href], button, input, select, textarea, summary, [tabindex]'),
  );
  return own
    ? loc
    : loc.locator('a[href], button, input, select, textarea, summary, [tabindex]').first();
}

export function runLink(
  w: Walkthrough,
  mode: 'watch' | 'practice' | 'test',
  lang: Lang,
  extra = '',
): string {
  return `/#/learn/${w.slug}?mode=${mode}&lang=${lang}${extra}`;
}

/** Waits until the coach shows step `index` (0-based) of the walkthrough. */
export async function expectStep(
  page: Page,
  w: Walkthrough,
  lang: Lang,
  index: number,
): Promise<void> {
  await expect(coachProgress(page)).toHaveText(
    trainingText(lang, 'coach.stepOf', { n: index + 1, total: w.steps.length }),
    { timeout: 20_000 },
  );
}

/** Does every step as the learner would, checking the coach's text in `lang` at each one. */
export async function doSteps(
  page: Page,
  w: Walkthrough,
  lang: Lang,
  mode: 'practice' | 'test',
  options: { keyboard?: boolean; from?: number } = {},
): Promise<void> {
  const notes = new Map<string, string>();
  for (let i = options.from ?? 0; i < w.steps.length; i++) {
    const step = w.steps[i]!;
    await expectStep(page, w, lang, i);
    await expect(page.getByTestId('coach-instruction')).toHaveText(
      stepText(lang, w, step.id, mode === 'test' ? 'goal' : 'instruction'),
    );
    for (const action of step.actions) {
      await noteSources(page, w, notes);
      await act(page, action, options.keyboard, notes);
    }
    await noteSources(page, w, notes);
  }
}
