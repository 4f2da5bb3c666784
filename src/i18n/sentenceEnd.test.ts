import { describe, expect, it } from 'vitest';
import { noDoubledStop } from './sentenceEnd';

describe('noDoubledStop (issue 12: no "Litware Inc..")', () => {
  it('keeps one full stop where a name or a date ending in one meets the sentence’s', () => {
    expect(noDoubledStop('The partner is Litware Inc..')).toBe('The partner is Litware Inc.');
    expect(noDoubledStop('Принято 5 окт. 2020 г.. Готово')).toBe('Принято 5 окт. 2020 г. Готово');
    expect(noDoubledStop('Партнёр: Ромашка ООО..\nДалее')).toBe('Партнёр: Ромашка ООО.\nДалее');
  });
  it('leaves an ellipsis, dotted names and single stops as they are', () => {
    expect(noDoubledStop('Loading...')).toBe('Loading...');
    expect(noDoubledStop('Wait... then go.')).toBe('Wait... then go.');
    expect(noDoubledStop('see a.b.c and x..y')).toBe('see a.b.c and x..y');
    expect(noDoubledStop('Done.')).toBe('Done.');
  });
});
