import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// Shared steps for the end-to-end specs. Everything waits with web-first assertions: no
// fixed sleeps. Locators go by role and accessible name where the app gives one, so a test
// also checks what a screen reader user would find.

export type Lang = 'en' | 'ru' | 'zh';

/** The default world's people (src/db/scenarios/default.ts): user id → display name. Add new ones here. */
export const PERSONAS = {
  'u-megan': 'Megan Bowen',
  'u-alex': 'Alex Wilber',
  'u-adele': 'Adele Vance',
  'u-diego': 'Diego Siciliani',
  'u-patti': 'Patti Fernandez',
  'u-lee': 'Lee Gu',
  'u-isaiah': 'Isaiah Langer',
  'u-enrico': 'Enrico Cattaneo',
  'u-christie': 'Christie Cline',
  'u-brian': 'Brian Johnson',
  'u-johanna': 'Johanna Lorenz',
  'u-henrietta': 'Henrietta Mueller',
  'u-joni': 'Joni Sherman',
  'u-lidia': 'Lidia Holloway',
  'u-miriam': 'Miriam Graham',
  'u-lynne': 'Lynne Robbins',
  'u-pradeep': 'Pradeep Gupta',
  'u-nestor': 'Nestor Wilke',
  'u-allan': 'Allan Deyoung',
  'u-grady': 'Grady Archie',
} as const;
export type PersonaId = keyof typeof PERSONAS;

/** The default world's clock (DEFAULT_START: 2020-10-05 09:00 UTC), as the clock's `datetime`. */
export const DEFAULT_NOW = Date.UTC(2020, 9, 5, 9, 0, 0);
export const DAY_MS = 86_400_000;
export const isoAfterDays = (days: number): string =>
  new Date(DEFAULT_NOW + days * DAY_MS).toISOString();

/** The persona switcher, found by its accessible name in any of the three languages. */
export function personaSwitcher(page: Page): Locator {
  return page.getByRole('combobox', { name: /^(Persona: |Персона: |身份：)/ });
}

export function languageSwitcher(page: Page): Locator {
  return page.getByRole('combobox', { name: /^(Language|Язык|语言)$/ });
}

/** The `<time>` of the simulated clock in the top bar; its `datetime` is the ISO instant. */
export function simClock(page: Page): Locator {
  return page.getByTestId('sim-clock');
}

export function mailBadge(page: Page): Locator {
  return page.getByTestId('mail-badge');
}

/** The portal's side navigation ("Partner Center navigation", …). */
export function portalNav(page: Page, portalName: string): Locator {
  return page.getByRole('navigation', { name: `${portalName} navigation` });
}

/** Waits until the shell has mounted (world read, persona known). */
export async function waitForShell(page: Page, timeout = 10_000): Promise<void> {
  await expect(personaSwitcher(page)).toBeVisible({ timeout });
}

export interface OpenOptions {
  /** Trainer link: `?persona=`. */
  persona?: PersonaId;
  /** Trainer link: `?lang=`. */
  lang?: Lang;
  /** `?scenario=` (seeds that scenario if the browser has no world yet). */
  scenario?: string;
  /** Site root: `/` or the GitHub Pages-like sub-path `/partner-sim/`. */
  base?: string;
  /** How long the shell may take to appear (seeding the large scenario takes seconds). */
  shellTimeout?: number;
}

/**
 * Loads the site at a hash route (`/mail`, `partner-center/customers`, `''` for the bare
 * site) and waits for the shell. Query parameters go in the URL's query, as in trainer links.
 */
export async function openPath(page: Page, path = '', options: OpenOptions = {}): Promise<void> {
  const params = new URLSearchParams();
  if (options.persona) params.set('persona', options.persona);
  if (options.lang) params.set('lang', options.lang);
  if (options.scenario) params.set('scenario', options.scenario);
  const query = params.toString() ? `?${params}` : '';
  const hash = path ? `#/${path.replace(/^[#/]+/, '')}` : '';
  await page.goto(`${options.base ?? '/'}${query}${hash}`);
  await waitForShell(page, options.shellTimeout);
}

/** Switches persona with the top bar's switcher and waits until the shell shows it. */
export async function switchPersona(page: Page, userId: PersonaId): Promise<void> {
  const select = personaSwitcher(page);
  await select.selectOption(userId);
  await expect(select).toHaveValue(userId);
  await expect(select).toHaveAccessibleName(new RegExp(`${PERSONAS[userId]}`));
}

const HTML_LANG: Record<Lang, string> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

/** Switches the UI language with the top bar's switcher and waits for `<html lang>`. */
export async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await languageSwitcher(page).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
}

export function htmlLang(lang: Lang): string {
  return HTML_LANG[lang];
}

/** Opens the clock panel if needed and advances the simulated clock (English labels). */
export async function advanceClock(page: Page, days: 1 | 3 | 7): Promise<void> {
  const before = await simClock(page).getAttribute('datetime');
  const group = page.getByRole('group', { name: 'Advance the simulated clock' });
  if (!(await group.isVisible()))
    await page.getByRole('button', { name: /Simulated date/ }).click();
  await group
    .getByRole('button', { name: days === 1 ? '+1 day' : `+${days} days`, exact: true })
    .click();
  expect(before).not.toBeNull();
  await expect(simClock(page)).toHaveAttribute(
    'datetime',
    new Date(Date.parse(before!) + days * DAY_MS).toISOString(),
  );
}

/** Waits until no region of the page says it is busy (live queries answered, chunks loaded). */
export async function waitUntilSettled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails with a readable
 * list of violations: rule, impact, help text and the offending elements.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await waitUntilSettled(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Guard against a vacuous pass (axe not run on the app's content).
  expect(results.passes.length, `axe rules that passed on ${what}`).toBeGreaterThan(10);
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.trim()),
  }));
  expect(violations, `axe violations on ${what}`).toEqual([]);
}

/**
 * Language rotation for a spec that declares its tests once per language (`for (const lang of
 * LANGS)`): `const turn = rotated(lang, offset)` in the loop, then `if (turn()) test(…)` for each
 * test; test number i of the block is declared in one language only,
 * ['en', 'ru', 'zh'][(i + offset) % 3]. Each flow then runs once instead of three times, and
 * every language still drives a third of the block's flows; which language runs which test is
 * in its title (the describe or loop title carries the language). The offset differs between
 * specs, so a spec's first test is not always en. (`test()` is called in the spec, not here, so
 * Playwright places each test in its spec file.)
 */
export function rotated(lang: Lang, offset = 0): () => boolean {
  const order: Lang[] = ['en', 'ru', 'zh'];
  let index = 0;
  return () => order[(index++ + offset) % order.length] === lang;
}

/**
 * For a spec that repeats one whole flow once per language (`for (const lang of LANGS)`): the
 * flow runs whole in `flowLang` only; in the other two languages the test checks the flow's
 * first screen with its labels and stops there (`if (!wholeFlow(lang, 'ru')) return;` at that
 * point). The path is the same in every language (locators take their names from the locale
 * files), so three runs proved no new path; each spec picks another `flowLang`, so every
 * language drives whole flows, and every key's presence in every language is checked by
 * scripts/find-missing-keys.mjs and check-locales.mjs. `scopeNote` goes in the test's title.
 */
export function wholeFlow(lang: Lang, flowLang: Lang): boolean {
  return lang === flowLang;
}
export function scopeNote(lang: Lang, flowLang: Lang): string {
  return wholeFlow(lang, flowLang) ? '' : ' [first screen]';
}
