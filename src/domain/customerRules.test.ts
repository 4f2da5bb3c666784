import { describe, expect, it } from 'vitest';
import {
  R_MPR_1_canManagePartners,
  R_MPR_3_DELEGATED_ROLES,
  R_MPR_5_acceptEnabled,
  R_MPR_6_canTransact,
  R_REQ_4_mustAcceptMca,
  relationshipAfterAcceptance,
  relationshipAfterRolesRemoved,
} from './customerRules';
import type { Relationship, Role } from './types';

describe('R-MPR-1: who may accept invitations and the MCA or remove roles', () => {
  it.each<[Role[], boolean]>([
    [['globalAdmin'], true],
    [['billingAdmin'], true],
    [['userAdmin'], false],
    [['helpdeskAdmin'], false],
    [['userAdmin', 'billingAdmin'], true],
    [[], false],
  ])('%j → %s', (roles, expected) => expect(R_MPR_1_canManagePartners(roles)).toBe(expected));
});

describe('R-MPR-3: accepting admin roles grants Global admin and Helpdesk admin', () => {
  it('a new relationship with roles is Reseller & delegated administrator', () => {
    expect(R_MPR_3_DELEGATED_ROLES).toEqual(['globalAdmin', 'helpdeskAdmin']);
    expect(relationshipAfterAcceptance('p', undefined, true)).toEqual({ type: 'resellerAndDelegatedAdmin', adminRoles: ['globalAdmin', 'helpdeskAdmin'], resellerOf: 'p' });
  });
  it('without roles it is a Reseller', () => {
    expect(relationshipAfterAcceptance('p', undefined, false)).toEqual({ type: 'reseller', adminRoles: [], resellerOf: 'p' });
  });
  it('an existing relationship keeps its roles when a later invitation asks for none', () => {
    const existing = { adminRoles: ['globalAdmin', 'helpdeskAdmin'] } as Relationship;
    expect(relationshipAfterAcceptance('p', existing, false).adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });
});

describe('R-MPR-5: Accept stays unavailable until the box is ticked', () => {
  it.each([
    [false, false],
    [true, true],
  ])('acknowledged %s → enabled %s', (ack, enabled) => expect(R_MPR_5_acceptEnabled(ack)).toBe(enabled));
});

describe('R-MPR-6 and R-REQ-4: the MCA', () => {
  it('a partner transacts only for a customer with the MCA', () => {
    expect(R_MPR_6_canTransact(true)).toBe(true);
    expect(R_MPR_6_canTransact(false)).toBe(false);
  });
  it('a customer without the MCA must accept it with the invitation', () => {
    expect(R_REQ_4_mustAcceptMca(false)).toBe(true);
    expect(R_REQ_4_mustAcceptMca(true)).toBe(false);
  });
});

describe('R-MPR-7: removing roles keeps the relationship', () => {
  it('a Reseller & delegated administrator becomes a Reseller', () => {
    expect(relationshipAfterRolesRemoved({ type: 'resellerAndDelegatedAdmin', partnerId: 'p', resellerOf: 'p' })).toEqual({ type: 'reseller', adminRoles: [] });
  });
  it('a delegated administrator alone stays listed, without roles', () => {
    expect(relationshipAfterRolesRemoved({ type: 'delegatedAdmin', partnerId: 'p' })).toEqual({ type: 'delegatedAdmin', adminRoles: [] });
  });
});
