import { describe, expect, it } from 'vitest';
import {
  searchPartners,
  validateContact,
  validateCriteria,
  MAX_SELECTED,
  NEEDS_MAX,
  type ListedPartner,
} from './findPartner';
import { checkText } from './textInput';

const listed = (
  id: string,
  country: string,
  sizes: string[],
  services: string[],
  city = 'Seattle',
): ListedPartner =>
  ({
    tenant: { id, name: id, country, cloud: 'public' },
    organization: { mpnId: '1', listing: { city, sizes, services } },
  }) as ListedPartner;
const partners = [
  listed('Fabrikam', 'US', ['xs', 's'], ['migration', 'teams']),
  listed('Northwind', 'US', ['l', 'xl'], ['azure']),
  listed('Relecloud', 'DE', ['s'], ['security'], 'Frankfurt'),
  {
    tenant: { id: 'Unlisted', name: 'Unlisted', country: 'US', cloud: 'public' },
    organization: { mpnId: '2' },
  } as ListedPartner,
];
const labels = (tag: string) =>
  ({ migration: ['Миграция'], teams: ['Teams'], azure: ['Azure'], security: ['安全'] })[tag] ?? [];

describe('W-FIND search filters for real', () => {
  const names = (c: Parameters<typeof searchPartners>[1]) =>
    searchPartners(partners, c, labels as never).map((p) => p.tenant.name);
  it('by location', () =>
    expect(names({ country: 'US', size: '', keywords: '' })).toEqual(['Fabrikam', 'Northwind']));
  it('by organization size', () =>
    expect(names({ country: 'US', size: 'xl', keywords: '' })).toEqual(['Northwind']));
  it('by keywords, in the service code, its label in the user language, the city or the name', () => {
    expect(names({ country: 'US', size: '', keywords: 'migration' })).toEqual(['Fabrikam']);
    expect(names({ country: 'US', size: '', keywords: 'миграция' })).toEqual(['Fabrikam']);
    expect(names({ country: 'DE', size: '', keywords: 'frankfurt 安全' })).toEqual(['Relecloud']);
    expect(names({ country: 'US', size: '', keywords: 'north' })).toEqual(['Northwind']);
    expect(names({ country: 'US', size: '', keywords: 'migration azure' })).toEqual([]);
  });
  it('never lists a partner without a listing', () =>
    expect(names({ country: 'US', size: '', keywords: 'unlisted' })).toEqual([]));
});

describe('W-FIND bad input', () => {
  it('location is required; keywords are bounded and plain text', () => {
    expect(validateCriteria({ country: '', size: '', keywords: '' })).toEqual({
      country: 'required',
    });
    expect(validateCriteria({ country: 'US', size: '', keywords: 'x'.repeat(101) })).toEqual({
      keywords: 'tooLong',
    });
    expect(
      validateCriteria({ country: 'US', size: '', keywords: '<img src=x onerror=alert(1)>' }),
    ).toEqual({});
  });
  it('a contact request needs partners and plain, bounded needs', () => {
    expect(validateContact([], 'We need help with migration.')).toEqual({ selection: 'none' });
    expect(
      validateContact(
        Array.from({ length: MAX_SELECTED + 1 }, (_, i) => `p${i}`),
        'We need help with migration.',
      ),
    ).toEqual({ selection: 'tooMany' });
    expect(validateContact(['p'], '   ')).toEqual({ needs: 'required' });
    expect(validateContact(['p'], 'help')).toEqual({ needs: 'tooShort' });
    expect(validateContact(['p'], 'x'.repeat(NEEDS_MAX + 1))).toEqual({ needs: 'tooLong' });
    expect(validateContact(['p'], 'Please <script>alert(1)</script> help us')).toEqual({});
    expect(validateContact(['p'], 'We need help moving mail to the cloud.')).toEqual({});
  });
});

describe('text input', () => {
  it('checks required, length and format', () => {
    expect(checkText('', { required: true, max: 5 })).toBe('required');
    expect(checkText('abcdef', { max: 5 })).toBe('tooLong');
    expect(checkText('ab', { max: 5, min: 3 })).toBe('tooShort');
    expect(checkText('abc', { max: 5, pattern: /^\d+$/ })).toBe('format');
    expect(checkText(' 123 ', { max: 5, pattern: /^\d+$/ })).toBeNull();
  });
});
