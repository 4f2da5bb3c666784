import type { Language } from '../../i18n/languages';

// "Email the link" is written in the link's language (issue 12), which may not be the page's:
// the two texts it needs are read from that language's locale files, on demand.

const files = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../../locales/*/training.json',
  '../../../locales/*/wt-*.json',
]);

async function load(lang: Language, ns: string): Promise<Record<string, unknown> | undefined> {
  const file = files[`../../../locales/${lang}/${ns}.json`];
  return file ? (await file()).default : undefined;
}

/** The mail's subject (the walkthrough's title) and body, in `lang`. */
export async function linkMailTexts(
  lang: Language,
  slug: string,
): Promise<{ subject: string; body: string } | undefined> {
  const [training, wt] = await Promise.all([load(lang, 'training'), load(lang, `wt-${slug}`)]);
  const title = typeof wt?.title === 'string' ? wt.title : undefined;
  const card = training?.card as Record<string, unknown> | undefined;
  const template = typeof card?.mailBody === 'string' ? card.mailBody : undefined;
  if (!title || !template) return undefined;
  return { subject: title, body: template.replace(/\{\{title\}\}/g, title) };
}

/** A mailto: address with the link, in the link's language. */
export function mailtoHref(texts: { subject: string; body: string }, link: string): string {
  return `mailto:?subject=${encodeURIComponent(texts.subject)}&body=${encodeURIComponent(`${texts.body}\n\n${link}`)}`;
}
