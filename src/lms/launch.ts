import type { Language } from '../i18n/languages';
import type { Mode } from '../training/progress/run';

// What an LMS launch asks for, read from the item's parameters (`?w=<slug>&mode=<mode>&lang=<lang>`)
// or, as a fallback, from SCORM's cmi.launch_data (the same string). Only the graded modes are
// packaged; anything else is refused whole with the parameter's name, never guessed.
// The language list is passed in (src/i18n/languages LANGUAGES): this chunk loads lazily and
// must import nothing the first view shares, or the bundler regroups the first view's chunks.

export const GRADED_MODES = ['practice', 'test'] as const satisfies readonly Mode[];

export type LaunchParams =
  { ok: true; slug: string; mode: Mode; lang?: Language } | { ok: false; parameter: string };

/**
 * `edition` (issue 16) is optional: a package of a Today walkthrough names it; when given it must
 * be the walkthrough's own edition (absent: '2020'), so a launch never opens a walkthrough in an
 * edition it was not packaged for.
 */
export function parseLaunch(
  query: URLSearchParams,
  knownSlug: (slug: string) => boolean,
  languages: readonly Language[],
  editionOf: (slug: string) => string | undefined = () => undefined,
): LaunchParams {
  const slug = query.get('w');
  if (!slug || !knownSlug(slug)) return { ok: false, parameter: 'w' };
  const mode = query.get('mode') ?? 'practice';
  if (!(GRADED_MODES as readonly string[]).includes(mode)) return { ok: false, parameter: 'mode' };
  const lang = query.get('lang');
  if (lang !== null && !(languages as readonly string[]).includes(lang))
    return { ok: false, parameter: 'lang' };
  const edition = query.get('edition');
  if (edition !== null && edition !== (editionOf(slug) ?? '2020'))
    return { ok: false, parameter: 'edition' };
  return { ok: true, slug, mode: mode as Mode, lang: (lang as Language | null) ?? undefined };
}

/**
 * A language tag from the LMS (cmi.student_preference.language, cmi5 languagePreference:
 * "ru-RU", "zh-CN,en-US", "en") as one of ours. `undefined` for empty; `null` when it names
 * none of our languages or is malformed (the caller says so and keeps the current one).
 */
export function lmsLanguage(
  value: string,
  languages: readonly Language[],
): Language | null | undefined {
  const tags = value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length === 0) return undefined;
  for (const tag of tags) {
    if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
    const primary = tag.split('-')[0]!.toLowerCase();
    if ((languages as readonly string[]).includes(primary)) return primary as Language;
  }
  return null;
}
