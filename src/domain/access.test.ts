import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, decideAccess, type AccessSubject, type Feature } from './access';
import { PARTNER_ROLES, type Role } from './types';

// R-IND-7 (partner side) and R-MPR-1 (customer side): the role matrix, cell by cell.
// The expected table is written out here independently of FEATURES, so a change to the
// matrix must be made twice on purpose.
const Y = true;
const N = false;
// columns: adminAgent, salesAgent, helpdeskAgent, globalAdmin, userAdmin, billingAdmin
const PARTNER_MATRIX: Record<string, boolean[]> = {
  'pc.home': [Y, Y, Y, Y, Y, Y],
  'pc.customers': [Y, Y, Y, N, N, N],
  'pc.customers.request': [Y, Y, N, N, N, N],
  'pc.customers.manage': [Y, N, N, N, N, N],
  'pc.customers.removeRelationship': [Y, N, N, Y, N, N],
  'pc.customers.serviceRequest': [Y, N, Y, N, N, N],
  'pc.indirectProviders': [Y, Y, N, N, N, N],
  'pc.indirectResellers': [Y, Y, N, N, N, N],
  'pc.settings.userManagement': [Y, N, N, Y, Y, N],
  'pc.users.add': [Y, N, N, N, Y, N],
  'pc.users.assignRoles': [Y, N, N, Y, Y, N],
  'pc.billing': [Y, N, N, Y, N, Y],
  'pc.partnerOverview': [Y, N, N, Y, N, N],
};
// columns: globalAdmin, billingAdmin, userAdmin, helpdeskAdmin
const CUSTOMER_ROLES_ORDER: Role[] = ['globalAdmin', 'billingAdmin', 'userAdmin', 'helpdeskAdmin'];
const CUSTOMER_MATRIX: Record<string, boolean[]> = {
  'ac.home': [Y, Y, Y, Y],
  'ac.users': [Y, N, Y, Y],
  'ac.billing.partnerRelationships': [Y, Y, N, N],
  'ac.billing.acceptAgreement': [Y, Y, N, N],
};

// A partner in every program, so only roles decide.
const partner = (role: Role): AccessSubject => ({
  roles: [role],
  tenantKind: 'partner',
  cloud: 'public',
  programs: [
    'cspDirect',
    'cspIndirectProvider',
    'cspIndirectReseller',
    'cloudEssentials',
    'o365Partner',
  ],
});
const customer = (role: Role, cloud: AccessSubject['cloud'] = 'public'): AccessSubject => ({
  roles: [role],
  tenantKind: 'customer',
  cloud,
  programs: [],
});

describe('R-IND-7 role matrix (Partner Center)', () => {
  it('covers every feature of the matrix', () => {
    expect(Object.keys({ ...PARTNER_MATRIX, ...CUSTOMER_MATRIX }).sort()).toEqual(
      [...FEATURE_IDS].sort(),
    );
  });
  for (const [feature, row] of Object.entries(PARTNER_MATRIX)) {
    PARTNER_ROLES.forEach((role, i) => {
      it(`${feature} × ${role} → ${row[i] ? 'allowed' : 'refused'}`, () => {
        const d = decideAccess(partner(role), feature as Feature);
        expect(d.allowed).toBe(row[i]);
        if (!d.allowed) expect(d).toMatchObject({ reason: 'role', ruleId: 'R-IND-7' });
      });
    });
  }
});

describe('R-MPR-1 role matrix (customer admin center)', () => {
  for (const [feature, row] of Object.entries(CUSTOMER_MATRIX)) {
    CUSTOMER_ROLES_ORDER.forEach((role, i) => {
      it(`${feature} × ${role} → ${row[i] ? 'allowed' : 'refused'}`, () => {
        const d = decideAccess(customer(role), feature as Feature);
        expect(d.allowed).toBe(row[i]);
        if (!d.allowed) expect(d).toMatchObject({ reason: 'role', ruleId: 'R-MPR-1' });
      });
    });
  }
});

describe('access beyond roles', () => {
  it('R-IND-7: a page of a program the organization is not in is refused with reason program', () => {
    const reseller: AccessSubject = {
      roles: ['adminAgent'],
      tenantKind: 'partner',
      cloud: 'public',
      programs: ['cspIndirectReseller'],
    };
    expect(decideAccess(reseller, 'pc.indirectProviders').allowed).toBe(true);
    expect(decideAccess(reseller, 'pc.indirectResellers')).toMatchObject({
      allowed: false,
      reason: 'program',
    });
    expect(decideAccess(reseller, 'pc.partnerOverview')).toMatchObject({
      allowed: false,
      reason: 'program',
    });
  });
  it('R-O365-6: partner features are refused in Office 365 operated by 21Vianet, even for a Global admin', () => {
    expect(
      decideAccess(customer('globalAdmin', 'china21v'), 'ac.billing.partnerRelationships'),
    ).toMatchObject({ allowed: false, reason: 'cloud', ruleId: 'R-O365-6' });
    expect(decideAccess(customer('globalAdmin', 'china21v'), 'ac.home').allowed).toBe(true);
  });
  it('a partner persona cannot use customer features and vice versa', () => {
    expect(decideAccess(partner('globalAdmin'), 'ac.home')).toMatchObject({
      allowed: false,
      reason: 'portal',
    });
    expect(decideAccess(customer('globalAdmin'), 'pc.home')).toMatchObject({
      allowed: false,
      reason: 'portal',
    });
  });
  it('a company that has not enrolled yet uses the customer portal features', () => {
    expect(
      decideAccess(
        { roles: ['globalAdmin'], tenantKind: 'company', cloud: 'public', programs: [] },
        'ac.home',
      ).allowed,
    ).toBe(true);
  });
  it('R-IND-5: a Global admin alone may assign roles but not add users', () => {
    expect(decideAccess(partner('globalAdmin'), 'pc.users.assignRoles').allowed).toBe(true);
    expect(decideAccess(partner('globalAdmin'), 'pc.users.add').allowed).toBe(false);
    expect(
      decideAccess(
        { ...partner('globalAdmin'), roles: ['globalAdmin', 'adminAgent'] },
        'pc.users.add',
      ).allowed,
    ).toBe(true);
  });
});
