import { describe, expect, it } from 'vitest';
import {
  R_MPR_1_canManagePartners,
  R_MPR_3_DELEGATED_ROLES,
  R_MPR_5_acceptEnabled,
  R_MPR_6_canTransact,
  R_REQ_4_mustAcceptMca,
  relationshipAfterAcceptance,
  relationshipAfterRolesRemoved,
  resellerType,
} from './customerRules';
import { PARTNER_TYPES, type Relationship, type Role } from './types';

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
    expect(relationshipAfterAcceptance('p', undefined, true)).toEqual({
      type: 'resellerAndDelegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
      resellerOf: 'p',
    });
  });
  it('without roles it is a Reseller', () => {
    expect(relationshipAfterAcceptance('p', undefined, false)).toEqual({
      type: 'reseller',
      adminRoles: [],
      resellerOf: 'p',
    });
  });
  it('an existing relationship keeps its roles when a later invitation asks for none', () => {
    const existing = { adminRoles: ['globalAdmin', 'helpdeskAdmin'] } as Relationship;
    expect(relationshipAfterAcceptance('p', existing, false).adminRoles).toEqual([
      'globalAdmin',
      'helpdeskAdmin',
    ]);
  });
});

describe('R-MPR-5: Accept stays unavailable until the box is ticked', () => {
  it.each([
    [false, false],
    [true, true],
  ])('acknowledged %s → enabled %s', (ack, enabled) =>
    expect(R_MPR_5_acceptEnabled(ack)).toBe(enabled),
  );
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
    expect(
      relationshipAfterRolesRemoved({
        type: 'resellerAndDelegatedAdmin',
        partnerId: 'p',
        resellerOf: 'p',
      }),
    ).toEqual({ type: 'reseller', adminRoles: [] });
  });
  it('a delegated administrator alone stays listed, without roles', () => {
    expect(relationshipAfterRolesRemoved({ type: 'delegatedAdmin', partnerId: 'p' })).toEqual({
      type: 'delegatedAdmin',
      adminRoles: [],
    });
  });
});

describe('R-MPR-2: the relationship types', () => {
  it('are the seven types of the documentation, each once', () => {
    expect([...PARTNER_TYPES]).toEqual([
      'reseller',
      'delegatedAdmin',
      'resellerAndDelegatedAdmin',
      'partner',
      'advisor',
      'mpsaPartner',
      'lobPartner',
    ]);
  });

  it('a reseller with admin roles is "Reseller & delegated administrator", without them "Reseller"', () => {
    expect(resellerType([])).toBe('reseller');
    expect(resellerType(['globalAdmin', 'helpdeskAdmin'])).toBe('resellerAndDelegatedAdmin');
  });

  it('a reseller invitation never makes a "Partner"-type relationship (that type is a user account the customer gives the partner)', () => {
    const existing: Relationship = {
      id: 'r1',
      partnerId: 'p',
      customerId: 'c',
      customerName: 'C',
      customerNameLower: 'c',
      type: 'partner',
      adminRoles: [],
      partnerOfRecord: true,
      createdAt: 0,
    };
    for (const prior of [undefined, existing]) {
      for (const withRoles of [false, true]) {
        const after = relationshipAfterAcceptance('p', prior, withRoles);
        expect(after.type).toBe(withRoles ? 'resellerAndDelegatedAdmin' : 'reseller');
        expect(after.resellerOf).toBe('p');
      }
    }
  });

  it('every type has its name and what it lets the partner do, in each language', async () => {
    for (const lang of ['en', 'ru', 'zh']) {
      const world = (await import(`../../locales/${lang}/world.json`)).default as Record<
        string,
        Record<string, string>
      >;
      for (const type of PARTNER_TYPES) {
        expect(world.partnerTypes?.[type], `${lang} ${type}`).toBeTruthy();
        expect(world.partnerTypeDescriptions?.[type], `${lang} ${type}`).toBeTruthy();
      }
    }
  });
});
