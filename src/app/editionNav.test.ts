import { describe, expect, it } from 'vitest';
import { navigationFor } from './resolveRoute';
import type { AccessSubject } from '../domain/access';

// Issue 16: the customer finds Partner relationships under Billing in the 2020 edition and under
// Settings in the Today one (Microsoft 365 admin center, 2022+); the page itself is the same.
const patti: AccessSubject = {
  roles: ['globalAdmin'],
  tenantKind: 'company',
  cloud: 'public',
  programs: [],
};
const group = (
  edition?: '2020' | 'today',
  portal: 'admin-center' | 'office-admin-portal' = 'admin-center',
) =>
  navigationFor(portal, patti, edition).find(
    (i) => i.labelKey === 'adminCenter:nav.partnerRelationships',
  )?.groupKey;

describe('the customer side path to Partner relationships, by edition', () => {
  it('2020 (and no edition given): Billing > Partner relationships', () => {
    expect(group()).toBe('adminCenter:nav.billing');
    expect(group('2020')).toBe('adminCenter:nav.billing');
  });
  it('Today: Settings > Partner relationships, in the Microsoft 365 admin center', () => {
    expect(group('today')).toBe('adminCenter:nav.settings');
    expect(navigationFor('admin-center', patti, 'today').map((i) => i.href)).toEqual(
      navigationFor('admin-center', patti, '2020').map((i) => i.href),
    );
  });
  it('the Office Admin Portal keeps its menu', () => {
    expect(group('today', 'office-admin-portal')).toBe('adminCenter:nav.billing');
  });
});
