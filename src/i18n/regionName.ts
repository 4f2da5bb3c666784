import { currentLanguage } from './i18n.svelte';
import { LANGUAGE_TAGS } from './languages';

/** A country/region's name in the current language, from the browser's own data (Intl), else the code. */
export function regionName(code: string): string {
  try {
    return (
      new Intl.DisplayNames([LANGUAGE_TAGS[currentLanguage()]], { type: 'region' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}
