import { LANGUAGES } from '../i18n/languages';
import { lmsLanguage as lmsLanguageIn, parseLaunch } from './launch';

const lmsLanguage = (value: string) => lmsLanguageIn(value, LANGUAGES);

const known = (slug: string) => slug === 'accept-invitation';
const parse = (q: string) => parseLaunch(new URLSearchParams(q), known, LANGUAGES);

describe('LMS launch parameters', () => {
  it('reads a packaged item', () => {
    expect(parse('?w=accept-invitation&mode=test&lang=ru')).toEqual({
      ok: true,
      slug: 'accept-invitation',
      mode: 'test',
      lang: 'ru',
    });
    expect(parse('w=accept-invitation')).toEqual({
      ok: true,
      slug: 'accept-invitation',
      mode: 'practice',
      lang: undefined,
    });
  });
  it('refuses an unknown slug, an ungraded or unknown mode, an unknown language, naming the parameter', () => {
    expect(parse('?w=nope&mode=test')).toEqual({ ok: false, parameter: 'w' });
    expect(parse('?mode=test')).toEqual({ ok: false, parameter: 'w' });
    expect(parse('?w=accept-invitation&mode=watch')).toEqual({ ok: false, parameter: 'mode' });
    expect(parse('?w=accept-invitation&mode=exam')).toEqual({ ok: false, parameter: 'mode' });
    expect(parse('?w=accept-invitation&lang=de')).toEqual({ ok: false, parameter: 'lang' });
  });
  it('maps LMS language tags, and says when one is malformed or not ours', () => {
    expect(lmsLanguage('ru-RU')).toBe('ru');
    expect(lmsLanguage('zh-CN,en-US')).toBe('zh');
    expect(lmsLanguage('de-DE,en-US')).toBe('en');
    expect(lmsLanguage('')).toBeUndefined();
    expect(lmsLanguage('de-DE')).toBeNull();
    expect(lmsLanguage('<script>')).toBeNull();
  });
});

describe('the edition in a launch (issue 16)', () => {
  const editionOf = (slug: string) => (slug === 'remove-roles' ? undefined : 'today');
  const withEdition = (q: string) =>
    parseLaunch(new URLSearchParams(q), () => true, LANGUAGES, editionOf);
  it('is optional, and when given must be the walkthrough’s own', () => {
    expect(withEdition('w=remove-roles&mode=test')).toMatchObject({ ok: true });
    expect(withEdition('w=remove-roles&mode=test&edition=2020')).toMatchObject({ ok: true });
    expect(withEdition('w=remove-roles&mode=test&edition=today')).toEqual({
      ok: false,
      parameter: 'edition',
    });
    expect(withEdition('w=gdap-x&mode=test&edition=today')).toMatchObject({ ok: true });
    expect(withEdition('w=gdap-x&mode=test&edition=Today')).toEqual({
      ok: false,
      parameter: 'edition',
    });
  });
});
