import type { Pace } from '../progress/run';

// Watch mode at a reading pace (issue 12): a step stays up for the time its text takes to read,
// and a document the step says to read (the Microsoft Customer Agreement) stays open long
// enough to be read — it was open 1.4 s, and a whole walkthrough played in 14 s. Pure, so the
// times are asserted on numbers and the coach machine's simulated clock, never on a wall clock.

export type ReadingLanguage = 'en' | 'ru' | 'zh';

/**
 * Reading rates for short instructional text on screen: words per minute for English and
 * Russian (Russian words are longer, read more slowly), characters per minute for Chinese.
 */
export const READING_RATE: Record<ReadingLanguage, number> = { en: 200, ru: 160, zh: 300 };

/**
 * How much of the reading time each pace keeps: slow gives more, fast skims (a trainer
 * previewing a walkthrough — and the e2e tests, which run watch mode at `pace=fast`).
 */
export const READING_SCALE: Record<Pace, number> = { slow: 1.5, normal: 1, fast: 0 };

/** Never less than this before the coach acts (at normal pace): the eye finds the panel first. */
export const MIN_READ_MS = 1200;
/** A document the step says to read stays open this long at normal pace. */
export const DOCUMENT_DWELL_MS = 6000;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** What there is to read: CJK characters one by one (zh), words otherwise. */
export function readingUnits(text: string, lang: ReadingLanguage): number {
  const plain = text.replace(/\*\*/g, '');
  if (lang !== 'zh') return plain.match(WORD)?.length ?? 0;
  const han = plain.match(HAN)?.length ?? 0;
  // Latin names inside Chinese text (Fabrikam, Microsoft 365): each reads like two characters.
  const words = plain.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return han + words * 2;
}

/** How long a step's text stays up before the coach acts, in ms. */
export function readingMs(text: string, lang: ReadingLanguage, pace: Pace): number {
  const scale = READING_SCALE[pace];
  if (scale === 0) return 0;
  const ms = (readingUnits(text, lang) / READING_RATE[lang]) * 60_000;
  return Math.round(Math.max(MIN_READ_MS, ms) * scale);
}

/** How long the coach leaves open a document the step says to read, in ms. */
export function documentDwellMs(pace: Pace): number {
  return Math.round(DOCUMENT_DWELL_MS * READING_SCALE[pace]);
}

/** The language whose reading rate applies (an unknown one reads as English). */
export function readingLanguage(lang: string): ReadingLanguage {
  const base = lang.slice(0, 2).toLowerCase();
  return base === 'ru' || base === 'zh' ? base : 'en';
}
