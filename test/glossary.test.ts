import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

// Labels are facts: a trainee who reads "select Принять и авторизовать" must find exactly that
// text. Every UI label of the glossary appears verbatim in its language's locale files.
const glossary = JSON.parse(readFileSync('test/fixtures/glossary-labels.json', 'utf8')) as {
  /** `inText`: a proper name the UI uses inside sentences rather than as a label of its own. */
  labels: { en: string; ru: string; zh: string; source: string; inText?: boolean }[];
};

function strings(lang: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown) =>
    typeof v === 'string'
      ? out.push(v)
      : v && typeof v === 'object' && Object.values(v).forEach(walk);
  for (const file of readdirSync(`locales/${lang}`))
    walk(JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8')));
  return out;
}

describe('glossary labels are spelled as the documentation spells them', () => {
  for (const lang of ['en', 'ru', 'zh'] as const) {
    const values = strings(lang);
    it.each(glossary.labels.map((l) => [l.en, l[lang], !!l.inText] as const))(
      `${lang}: %s → %s`,
      (_, label, inText) => {
        if (inText) expect(values.some((v) => v.includes(label))).toBe(true);
        else expect(values).toContain(label);
      },
    );
  }
});
