import type { Language } from '../../i18n/languages';
import type { Mode } from '../progress/run';

/** A trainer's link to a walkthrough: `…#/learn/<slug>?mode=…&lang=…[&embed=1]`, on this site's own address. */
export function trainerLink(
  base: string,
  slug: string,
  mode: Mode,
  lang: Language,
  embed = false,
): string {
  // Only slug, mode and language travel (issue 12): never the trainer's own page query
  // (a persona, a search) from the address they copied it on.
  const root = (base.split('#')[0] ?? base).split('?')[0] ?? base;
  const query = new URLSearchParams({ mode, lang });
  if (embed) query.set('embed', '1');
  return `${root}#/learn/${encodeURIComponent(slug)}?${query.toString()}`;
}
