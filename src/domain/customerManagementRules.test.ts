import { describe, expect, it } from 'vitest';
import {
  checkCustomerUser,
  checkServiceRequest,
  SERVICE_REQUEST_MAX,
} from './customerManagementRules';

// W-REQUEST step 6 forms (issue 17): the rule once, here; the repository re-checks it
// (test/db/partnerSide.test.ts "add user refuses …", "refuses a … description").
describe('managing a customer: add user and R-REQ-6 service request', () => {
  it.each([
    [{ displayName: '', userName: 'nina' }, 'partnerCenter:manage.errors.name.required'],
    [
      { displayName: 'x'.repeat(101), userName: 'nina' },
      'partnerCenter:manage.errors.name.tooLong',
    ],
    [{ displayName: 'Nina\u0007', userName: 'nina' }, 'partnerCenter:manage.errors.name.control'],
    [
      { displayName: 'Nina', userName: '<b>nina</b>' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [
      { displayName: 'Nina', userName: 'nina@adatum.example' },
      'partnerCenter:manage.errors.userName.format',
    ],
    [{ displayName: 'Nina', userName: '' }, 'partnerCenter:manage.errors.userName.format'],
  ])('refuses %j with %s', (input, key) => {
    expect(checkCustomerUser(input)).toBe(key);
  });

  it('names that only look like markup are names', () => {
    for (const text of [
      'Sizes <small> to <large>',
      '<b>Nina</b> = javascript: 😀',
      'שלום Нина 中文',
    ])
      expect(checkCustomerUser({ displayName: text, userName: 'nina.lee' })).toBeNull();
  });

  it('R-REQ-6: a description is required, 10 to 2000 characters of printable text', () => {
    expect(checkServiceRequest(' ')).toBe('required');
    expect(checkServiceRequest('help')).toBe('tooShort');
    expect(checkServiceRequest('x'.repeat(SERVICE_REQUEST_MAX + 1))).toBe('tooLong');
    expect(checkServiceRequest('Reset MFA\u001b for Enrico')).toBe('control');
    expect(checkServiceRequest('Sizes <small> to <large>: please = help')).toBeNull();
  });
});
