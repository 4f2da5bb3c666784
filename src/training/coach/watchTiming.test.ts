import { describe, expect, it } from 'vitest';
import {
  documentDwellMs,
  DOCUMENT_DWELL_MS,
  MIN_READ_MS,
  readingLanguage,
  readingMs,
  readingUnits,
} from './watchTiming';

// Issue 12: watch mode at a reading pace — words per minute (en, ru), CJK characters per
// minute (zh), scaled by the run's pace, plus a dwell on a document the step says to read.
describe('watch timing', () => {
  it('counts words in en and ru, characters in zh (Latin names as two)', () => {
    expect(readingUnits('Select **Remove roles**.', 'en')).toBe(3);
    expect(readingUnits('Выберите **Удалить роли**.', 'ru')).toBe(3);
    expect(readingUnits('选择“删除角色”。', 'zh')).toBe(6);
    expect(readingUnits('选择 Fabrikam 行', 'zh')).toBe(5);
  });

  it('a step stays up for the time its text takes to read', () => {
    const sixty = Array.from({ length: 60 }, () => 'word').join(' ');
    expect(readingMs(sixty, 'en', 'normal')).toBe(18_000); // 60 words at 200 wpm
    expect(readingMs(sixty, 'ru', 'normal')).toBe(22_500); // at 160 wpm
    expect(readingMs('字'.repeat(60), 'zh', 'normal')).toBe(12_000); // 300 characters a minute
  });

  it('never less than the minimum; scaled by the pace; fast skims', () => {
    expect(readingMs('Yes', 'en', 'normal')).toBe(MIN_READ_MS);
    const text = Array.from({ length: 40 }, () => 'word').join(' ');
    expect(readingMs(text, 'en', 'slow')).toBe(readingMs(text, 'en', 'normal') * 1.5);
    expect(readingMs(text, 'en', 'fast')).toBe(0);
  });

  it('a document the step says to read stays open long enough', () => {
    expect(documentDwellMs('normal')).toBe(DOCUMENT_DWELL_MS);
    expect(documentDwellMs('slow')).toBeGreaterThan(DOCUMENT_DWELL_MS);
    expect(documentDwellMs('fast')).toBe(0);
    // It was open 1.4 s (issue 12).
    expect(DOCUMENT_DWELL_MS).toBeGreaterThan(1400 * 3);
  });

  it('reads the language of the screen', () => {
    expect(readingLanguage('zh-CN')).toBe('zh');
    expect(readingLanguage('ru')).toBe('ru');
    expect(readingLanguage('de')).toBe('en');
  });
});
