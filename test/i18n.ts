import { initI18n } from '../src/i18n/i18n.svelte';
import type { Language } from '../src/i18n/languages';

/** Loads the real locale files, so component tests see the labels users see. */
export async function useLanguage(lang: Language = 'en'): Promise<void> {
  await initI18n(lang);
}
