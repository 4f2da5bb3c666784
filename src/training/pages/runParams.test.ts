import { describe, expect, it } from 'vitest';
import { parseRunParams } from './runParams';
import { trainerLink } from './trainerLink';

describe("a trainer link's parameters", () => {
  const parse = (q: string) => parseRunParams(new URLSearchParams(q));
  it('defaults to practice, normal pace, not embedded', () => {
    expect(parse('')).toEqual({
      ok: true,
      params: { mode: 'practice', lang: undefined, embed: false, pace: 'normal', restart: false },
    });
  });
  it('reads every parameter', () => {
    expect(parse('mode=test&lang=zh&embed=1&pace=fast&restart=1')).toEqual({
      ok: true,
      params: { mode: 'test', lang: 'zh', embed: true, pace: 'fast', restart: true },
    });
  });
  it.each([
    ['mode=exam', 'mode'],
    ['lang=de', 'lang'],
    ['embed=yes', 'embed'],
    ['pace=0', 'pace'],
    ['restart=true', 'restart'],
    ['mode=<script>', 'mode'],
  ])('refuses %s whole, naming %s', (q, parameter) => {
    expect(parse(q)).toEqual({ ok: false, parameter });
  });
  it('builds links on the site root, whatever page it is made from', () => {
    expect(
      trainerLink('https://x.github.io/partner-sim/#/learn?focus=a', 'remove-roles', 'watch', 'ru'),
    ).toBe('https://x.github.io/partner-sim/#/learn/remove-roles?mode=watch&lang=ru');
    expect(trainerLink('http://localhost:5173/', 'add-user', 'test', 'zh', true)).toBe(
      'http://localhost:5173/#/learn/add-user?mode=test&lang=zh&embed=1',
    );
  });
});
