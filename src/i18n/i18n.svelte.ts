import i18next, { type TOptions } from 'i18next';
import { LANGUAGE_STORAGE_KEY, LANGUAGE_TAGS, NAMESPACES, type Language } from './languages';
import { addEntraRolesFormat } from './entraRolesFormat';
import { noDoubledStop } from './sentenceEnd';

// One lazily loaded chunk per language and namespace: a learner in Russian never downloads Chinese.
const loaders = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

let current = $state<Language>('en');
// Every namespace asked for so far (at start, by a route, by a t() call): a language switch
// loads these in the new language, and no other.
const wanted = new Set<string>();
let extraVersion = $state(0);
const pending = new Map<string, Promise<void>>();

function loadOne(lang: Language, ns: string): Promise<void> {
  if (i18next.hasResourceBundle(lang, ns)) return Promise.resolve();
  const id = `${lang}/${ns}`;
  let p = pending.get(id);
  if (!p) {
    const load = loaders[`../../locales/${lang}/${ns}.json`];
    if (!load) return Promise.reject(new Error(`missing locale file ${lang}/${ns}`));
    p = load()
      .then((bundle) => void i18next.addResourceBundle(lang, ns, bundle, true, true))
      .finally(() => pending.delete(id));
    pending.set(id, p);
  }
  return p;
}

async function loadLanguage(lang: Language, namespaces: Iterable<string> = wanted): Promise<void> {
  await Promise.all([...namespaces].map((ns) => loadOne(lang, ns)));
}

/**
 * Starts i18next with only `namespaces` of `lang` (main.ts passes the first route's; tests
 * load them all). A learner in Russian never downloads Chinese or English texts.
 */
export async function initI18n(
  lang: Language,
  namespaces: readonly string[] = NAMESPACES,
): Promise<void> {
  await i18next.init({
    lng: lang,
    // Every key exists in every language (scripts/check-locales.mjs), so no fallback is loaded.
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: 'common',
    resources: {},
    // Svelte renders text nodes, never HTML, so i18next need not escape (and must not double-escape).
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addEntraRolesFormat(i18next);
  for (const ns of namespaces) wanted.add(ns);
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

/** Loads namespaces in the current language (a route's, the training layer's `training`, `wt-<slug>`). */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  const missing = namespaces.filter(
    (ns) => !wanted.has(ns) || !i18next.hasResourceBundle(current, ns),
  );
  if (missing.length === 0) return;
  for (const ns of missing) wanted.add(ns);
  await loadLanguage(current, missing);
  extraVersion++;
}

/** The namespace a key reads: `ns:key`, else options.ns, else the default (`common`). */
export function namespaceOf(key: string, options?: TOptions): string {
  const colon = key.indexOf(':');
  if (colon > 0 && !key.slice(0, colon).includes('.')) return key.slice(0, colon);
  const ns = options?.ns;
  return typeof ns === 'string' ? ns : 'common';
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
  const ns = namespaceOf(key, options);
  // (Before init, e.g. a unit test of a module that names a text, the store API does not exist.)
  if (
    i18next.isInitialized &&
    !i18next.hasResourceBundle(current, ns) &&
    loaders[`../../locales/${current}/${ns}.json`]
  ) {
    // A text of a namespace the route did not load: fetch it, show nothing (not the raw key)
    // meanwhile; reading extraVersion above re-renders this text when it arrives.
    void loadNamespaces([ns]).catch((error) => console.error(error));
    return '';
  }
  return noDoubledStop(personalizeText(i18next.t(key, options) as string));
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
