import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText, EMAIL_PATTERN } from './textInput';
import { validateComposer } from './composer';
import { checkNewUser } from './userRules';
import { validateContact, validateCriteria } from './findPartner';
import { validateProfile } from './enrollRules';

// Issue 17: text stays text. These are the strings a tester typed and saw refused as markup.
export const PLAIN_TEXTS = [
  'Please reply to <patti@contoso.example>, thanks.',
  'one = two licenses',
  'We use JavaScript: a lot',
  'Sizes <small> to <large> offices',
  '<b>bold</b> is how we write it',
  'javascript:alert(1) is a string, not a link',
  'onload = later',
  'Поддержка 24/7 😀',
  'שלום עולם مرحبا',
  '中文名称 <测试>',
];

describe('text stays text (issue 17)', () => {
  it.each(PLAIN_TEXTS)('accepts %j in a bounded text field', (text) => {
    expect(checkText(text, { required: true, max: 200 })).toBeNull();
  });

  it('accepts any printable text within the limit; refuses only empty, too long, too short', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 60 }), (text) => {
        const problem = checkText(text, { required: true, min: 2, max: 40 });
        const t = text.trim();
        const expected = !t
          ? 'required'
          : t.length > 40
            ? 'tooLong'
            : t.length < 2
              ? 'tooShort'
              : null;
        expect(problem).toBe(expected);
      }),
    );
  });

  it('keeps the email format: markup-looking input is not an address', () => {
    expect(checkText('<patti@contoso.example>', { max: 254, pattern: EMAIL_PATTERN })).toBe(
      'format',
    );
    expect(checkText('patti@contoso.example', { max: 254, pattern: EMAIL_PATTERN })).toBeNull();
  });

  it('every form built on it accepts the strings: composer, new user, find a partner, enrollment profile', () => {
    for (const text of PLAIN_TEXTS) {
      expect(validateComposer({ to: 'a@x.example', subject: text, body: text })).toEqual({});
      expect(
        checkNewUser(
          {
            displayName: text,
            email: 'sam@fabrikam.example',
            agentType: 'salesAgent',
            adminType: 'none',
          },
          'fabrikam.example',
        ),
      ).toEqual({});
      expect(validateCriteria({ country: 'US', size: '', keywords: text.slice(0, 100) })).toEqual(
        {},
      );
      expect(validateContact(['p'], `${text} — we need help`)).toEqual({});
      const profile = validateProfile(
        {
          legalName: text.slice(0, 100),
          addressLine: text.slice(0, 100),
          city: text.slice(0, 60),
          state: '',
          postalCode: '98052',
          phone: '+1 425 555 0100',
          contactFirstName: text.slice(0, 50),
          contactLastName: 'Lee',
          contactEmail: 'ann@lamna.example',
          contactPhone: '+1 425 555 0101',
          supportEmail: 'support@lamna.example',
          supportPhone: '+1 425 555 0102',
          supportWebsite: '',
        },
        'US',
      );
      expect(profile).toEqual({});
    }
  });
});

describe('control characters (issue 17)', () => {
  it.each([
    ['NUL', 'Contoso\u0000Ltd'],
    ['escape', 'Contoso \u001b[31mLtd'],
    ['backspace', 'Contoso\bLtd'],
    ['DEL', 'Contoso\u007fLtd'],
    ['a C1 code', 'Contoso\u0085Ltd'],
  ])('refuses %s in any field, with its own message', (_, text) => {
    expect(checkText(text, { required: true, max: 200 })).toBe('control');
    expect(checkText(text, { max: 200 })).toBe('control');
  });
  it.each([
    ['tabs and line breaks', 'Line one\r\n\tLine two'],
    ['zero-width joiner (an emoji sequence)', 'Team 👩\u200d💻'],
    ['right-to-left text and marks', '\u202bשלום\u202c مرحبا\u200f'],
    ['a zero-width space', 'Contoso\u200bLtd'],
  ])('keeps %s: they are text', (_, text) => {
    expect(checkText(text, { required: true, max: 200 })).toBeNull();
  });
});
