import { describe, expect, it } from 'vitest';
import { customerPortalForCloud, partnerFeaturesAvailable, portalForTenant } from './portals';
import type { Cloud, TenantKind } from './types';

describe('R-REQ-5 portal by cloud', () => {
  const table: [Cloud, string][] = [
    ['public', 'admin-center'],
    ['germany', 'office-admin-portal'],
    ['usgov', 'office-admin-portal'],
    ['china21v', 'admin-center'],
  ];
  it.each(table)('a customer in %s accepts in %s', (cloud, portal) => {
    expect(customerPortalForCloud(cloud)).toBe(portal);
    expect(portalForTenant({ kind: 'customer', cloud })).toBe(portal);
  });

  const partners: [TenantKind, Cloud, string][] = [
    ['partner', 'public', 'partner-center'],
    ['partner', 'germany', 'partner-center'],
    ['partner', 'usgov', 'partner-center'],
    ['company', 'public', 'admin-center'],
  ];
  it.each(partners)('a %s tenant in %s works in %s', (kind, cloud, portal) => {
    expect(portalForTenant({ kind, cloud })).toBe(portal);
  });
});

describe('R-O365-6 partner features by cloud', () => {
  it.each<[Cloud, boolean]>([
    ['public', true],
    ['germany', true],
    ['usgov', true],
    ['china21v', false],
  ])('%s → %s', (cloud, available) => expect(partnerFeaturesAvailable(cloud)).toBe(available));
});
