import { describe, expect, it } from 'vitest';
import {
  emptyProfile,
  R_IND_1_isGlobalAdmin,
  R_IND_2_mpnIdFree,
  R_IND_2_profileAllowed,
  R_IND_3_isWebmail,
  validateNewAccount,
  validateProfile,
  type BusinessProfile,
} from './enrollRules';

const good: BusinessProfile = {
  ...emptyProfile(),
  legalName: 'Lamna Healthcare',
  addressLine: '1 Main Street',
  city: 'Seattle',
  state: 'WA',
  postalCode: '98052',
  phone: '+1 425 555 0100',
  contactFirstName: 'Grady',
  contactLastName: 'Archie',
  contactEmail: 'grady@lamnahealthcare.example',
  contactPhone: '+1 425 555 0101',
  supportEmail: 'support@lamnahealthcare.example',
  supportPhone: '+1 425 555 0102',
  supportWebsite: '',
};

describe('R-IND-1: global admin credentials', () => {
  it.each([
    [['globalAdmin'], true],
    [['userAdmin'], false],
    [['billingAdmin', 'globalAdmin'], true],
  ] as const)('%j → %s', (roles, ok) => expect(R_IND_1_isGlobalAdmin(roles)).toBe(ok));
});

describe('R-IND-2: an active profile in the same country/region', () => {
  it.each([
    [{ active: true, country: 'US' }, 'US', null],
    [{ active: true, country: 'CA' }, 'US', 'otherCountry'],
    [{ active: false, country: 'US' }, 'US', 'inactive'],
  ] as const)('%j in %s → %s', (p, c, r) => expect(R_IND_2_profileAllowed(p, c)).toBe(r));
});

describe('R-IND-3: no web-based email for the primary contact', () => {
  it.each([
    ['someone@gmail.com', true],
    ['someone@yahoo.co.uk', true],
    ['someone@yahoo.com', true],
    ['someone@icloud.com', true],
    ['someone@me.com', true],
    ['someone@aol.com', true],
    ['someone@outlook.com', true],
    ['someone@hotmail.com', true],
    ['someone@live.com', true],
    ['someone@msn.com', true],
    ['grady@lamnahealthcare.example', false],
    ['someone@gmail.company.example', false],
  ])('%s → %s', (email, webmail) => expect(R_IND_3_isWebmail(email)).toBe(webmail));
});

describe('step 8: every field validated', () => {
  it('accepts a complete profile', () => expect(validateProfile(good, 'US')).toEqual({}));
  it.each<[Partial<BusinessProfile>, string, string]>([
    [{ legalName: '' }, 'legalName', 'required'],
    [{ legalName: 'x'.repeat(101) }, 'legalName', 'tooLong'],
    [{ postalCode: 'ABC' }, 'postalCode', 'format'],
    [{ phone: 'call me' }, 'phone', 'format'],
    [{ contactEmail: 'not-an-email' }, 'contactEmail', 'format'],
    [{ contactEmail: 'grady@gmail.com' }, 'contactEmail', 'webmail'],
    [{ supportWebsite: 'javascript:alert(1)' }, 'supportWebsite', 'format'],
    [{ supportWebsite: 'http://insecure.example' }, 'supportWebsite', 'format'],
  ])('%j → %s %s', (change, field, problem) =>
    expect(validateProfile({ ...good, ...change }, 'US')).toEqual({ [field]: problem }),
  );
  it('checks the postal code by country', () => {
    expect(validateProfile({ ...good, postalCode: 'K1A 0B1' }, 'CA')).toEqual({});
    expect(validateProfile({ ...good, postalCode: 'K1A 0B1' }, 'US')).toEqual({
      postalCode: 'format',
    });
  });
});

describe('Create one: a new work account', () => {
  const account = {
    organization: 'Contoso Health',
    domainPrefix: 'contosohealth',
    country: 'US',
    displayName: 'Ann Lee',
    userName: 'ann',
    password: 'x',
    confirmation: 'x',
  };
  it('accepts a valid account and refuses bad input', () => {
    expect(validateNewAccount(account, ['US'])).toEqual({});
    expect(validateNewAccount({ ...account, domainPrefix: 'Bad_Domain' }, ['US'])).toEqual({
      domainPrefix: 'format',
    });
    // Text stays text (issue 17): a name with angle brackets is a name, shown as typed.
    expect(
      validateNewAccount({ ...account, organization: 'Sizes <small> to <large>' }, ['US']),
    ).toEqual({});
    expect(validateNewAccount({ ...account, country: 'XX' }, ['US'])).toEqual({
      country: 'required',
    });
  });
});

describe('R-IND-2: one organization per MPN ID, enrolled or enrolling', () => {
  const partners = [{ tenantId: 'fabrikam', mpnId: '1' }];
  const enrollments = [
    { tenantId: 'lamna', mpnId: '2', step: 'review' },
    { tenantId: 'done', mpnId: '3', step: 'ready' },
  ];
  it.each([
    ['1', 'other', 'mpnTaken'],
    ['1', 'fabrikam', null],
    ['2', 'other', 'mpnEnrolling'],
    ['2', 'lamna', null],
    ['3', 'other', null],
    ['4', 'other', null],
  ] as const)('MPN ID %s for %s → %s', (mpnId, tenantId, expected) =>
    expect(R_IND_2_mpnIdFree(mpnId, tenantId, partners, enrollments)).toBe(expected),
  );
});
