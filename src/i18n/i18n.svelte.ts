import i18next, { type TOptions } from 'i18next';
import { LANGUAGE_STORAGE_KEY, LANGUAGE_TAGS, NAMESPACES, type Language } from './languages';

// One lazily loaded chunk per language and namespace: a learner in Russian never downloads Chinese.
const loaders = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

let current = $state<Language>('en');
// Namespaces loaded on demand (the training layer's), loaded again on a language switch.
const extra = new Set<string>();
let extraVersion = $state(0);

async function loadLanguage(
  lang: Language,
  namespaces: Iterable<string> = [...NAMESPACES, ...extra],
): Promise<void> {
  await Promise.all(
    [...namespaces].map(async (ns) => {
      if (i18next.hasResourceBundle(lang, ns)) return;
      const load = loaders[`../../locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`missing locale file ${lang}/${ns}`);
      i18next.addResourceBundle(lang, ns, await load(), true, true);
    }),
  );
}

export async function initI18n(lang: Language): Promise<void> {
  await i18next.init({
    lng: lang,
    // Every key exists in every language (scripts/check-locales.mjs), so no fallback is loaded.
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    // Svelte renders text nodes, never HTML, so i18next need not escape (and must not double-escape).
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(lang);
  apply(lang);
}

export async function setLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
  apply(lang);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

function apply(lang: Language) {
  current = lang;
  document.documentElement.lang = LANGUAGE_TAGS[lang];
}

/** Loads namespaces that are not needed at start (e.g. `training`, `wt-<slug>`) in the current language. */
export async function loadNamespaces(namespaces: string[]): Promise<void> {
  const missing = namespaces.filter(
    (ns) => !extra.has(ns) || !i18next.hasResourceBundle(current, ns),
  );
  if (missing.length === 0) return;
  for (const ns of missing) extra.add(ns);
  await loadLanguage(current, missing);
  extraVersion++;
}

/** True once loadNamespaces() has loaded these namespaces in the current language (reactive). */
export function namespacesReady(namespaces: string[]): boolean {
  void extraVersion;
  void current;
  return namespaces.every((ns) => i18next.hasResourceBundle(current, ns));
}

export function currentLanguage(): Language {
  return current;
}

// The partner's own company (issue 15): texts name the world's training partner by the profile's
// name. Set by app/profile.svelte.ts; reading its state here makes templates follow a change.
let personalizeText: (text: string) => string = (text) => text;
export function setTextPersonalizer(fn: (text: string) => string): void {
  personalizeText = fn;
}

/** Translate. Reading `current` makes every template that calls t() re-render on a language switch. */
export function t(key: string, options?: TOptions): string {
  void current;
  void extraVersion; // and when a namespace loaded on demand arrives
  return personalizeText(i18next.t(key, options) as string);
}

export function formatDate(
  ms: number,
  opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[current], { timeZone: 'UTC', ...opts }).format(ms);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[current]).format(n);
}

/** "Rule R-…: its text": how every refusal names the documentation rule behind it. */
export function ruleText(ruleId: string): string {
  return t('shell.refused.rule', { rule: ruleId, text: t(`rules:${ruleId}`) });
}
