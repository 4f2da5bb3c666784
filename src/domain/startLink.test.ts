import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkStartLink, isPersonaId, LINK_VALUE_SHOWN_MAX } from './startLink';

// Issue 17: a plain link's ?persona=, ?scenario= and ?lang= are input: each value the simulator
// doesn't have is named, none is followed silently.
const known = {
  hasUser: (id: string) => ['u-megan', 'u-patti'].includes(id),
  scenarios: ['default', 'large'],
  languages: ['en', 'ru', 'zh'],
};
const none = { persona: null, scenario: null, lang: null };

describe('a link’s persona, scenario and language (issue 17)', () => {
  it('absent or known: nothing to say', () => {
    expect(checkStartLink(none, known)).toEqual([]);
    expect(checkStartLink({ persona: 'u-patti', scenario: 'large', lang: 'zh' }, known)).toEqual(
      [],
    );
  });

  it.each([
    ['empty', ''],
    ['unknown user', 'u-nobody'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['too long', `u-${'a'.repeat(70)}`],
    ['spaces', 'u megan'],
  ])('refuses a persona that is %s, naming it', (_, persona) => {
    expect(checkStartLink({ ...none, persona }, known)).toEqual([
      { parameter: 'persona', value: persona.slice(0, LINK_VALUE_SHOWN_MAX) },
    ]);
  });

  it('refuses an unknown scenario and language, wrong case and empty included; all problems at once', () => {
    expect(checkStartLink({ persona: 'x y', scenario: 'Large', lang: 'de' }, known)).toEqual([
      { parameter: 'persona', value: 'x y' },
      { parameter: 'scenario', value: 'Large' },
      { parameter: 'lang', value: 'de' },
    ]);
    expect(checkStartLink({ ...none, scenario: '', lang: 'RU' }, known)).toEqual([
      { parameter: 'scenario', value: '' },
      { parameter: 'lang', value: 'RU' },
    ]);
  });

  it('a shown value is never longer than the limit, and only a well-formed id is looked up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (persona) => {
        const asked: string[] = [];
        const problems = checkStartLink(
          { ...none, persona },
          { ...known, hasUser: (id) => (asked.push(id), false) },
        );
        expect(problems).toHaveLength(1);
        expect(problems[0]!.value.length).toBeLessThanOrEqual(LINK_VALUE_SHOWN_MAX);
        expect(asked).toEqual(isPersonaId(persona) ? [persona] : []);
      }),
    );
  });
});
