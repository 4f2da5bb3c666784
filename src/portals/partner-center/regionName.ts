import { currentLanguage, t } from '../../i18n/i18n.svelte';
import { LANGUAGE_TAGS } from '../../i18n/languages';

/**
 * A country/region's name in the current language. A `world:countries.<code>` key wins when the
 * world namespace has one; otherwise the browser's own translated name (Intl), then the code, so
 * a world file with any ISO code still reads well.
 */
export function regionName(code: string): string {
  let fallback = code;
  try {
    fallback = new Intl.DisplayNames([LANGUAGE_TAGS[currentLanguage()]], { type: 'region' }).of(code) ?? code;
  } catch {
    // Not a valid region code: show it as stored.
  }
  return t(`world:countries.${code}`, { defaultValue: fallback });
}
