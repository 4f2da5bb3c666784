import { describe, expect, it } from 'vitest';
import { detectLanguage } from './languages';

describe('language detection', () => {
  const url = (s: string) => new URL(`https://x.example/${s}`);
  it("prefers a trainer's ?lang= link, in the query or in the hash's query", () => {
    expect(detectLanguage(url('?lang=ru'), 'zh', ['en'])).toBe('ru');
    expect(detectLanguage(url('#/learn/x?lang=zh'), 'ru', ['en'])).toBe('zh');
  });
  it('then the saved choice, then the browser, then English', () => {
    expect(detectLanguage(url(''), 'zh', ['ru-RU'])).toBe('zh');
    expect(detectLanguage(url(''), null, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(detectLanguage(url(''), null, ['zh-Hans-CN'])).toBe('zh');
    expect(detectLanguage(url(''), null, ['de'])).toBe('en');
  });
  it('ignores unsupported values', () => {
    expect(detectLanguage(url('?lang=<script>'), 'xx', [])).toBe('en');
  });
});
