export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the switcher shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  zh: '中文',
};
/** BCP 47 tags for <html lang> and Intl formatting. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

export const NAMESPACES = [
  'common',
  'world',
  'mail',
  'partnerCenter',
  'adminCenter',
  'findPartner',
  'users',
  'providers',
  'o365',
  'enroll',
  'simulator',
  'gdap',
  'rules',
  'errors',
  // The Today edition (issue 16): GDAP labels, then → now notes.
  'gdap',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const LANGUAGE_STORAGE_KEY = 'partner-sim.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: a trainer's `?lang=` link first (in the query or in the hash's
 * query), then the learner's saved choice, then the browser's preference, then English.
 */
export function detectLanguage(
  url: URL,
  saved: string | null,
  browser: readonly string[],
): Language {
  const fromUrl =
    url.searchParams.get('lang') ?? new URLSearchParams(url.hash.split('?')[1] ?? '').get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
