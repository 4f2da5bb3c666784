import { describe, expect, it } from 'vitest';
import {
  canAddLicensesTo,
  checkProviderInvitation,
  checkResellerEmail,
  decideProviderOrder,
  decideResellerAddressee,
  PROVIDER_ORDER_FEATURE,
  R_IND_8_canAuthorizeProvider,
  R_IND_8_canRemoveProviderAccess,
  R_IND_8_linkWithoutAdminAccess,
  R_IND_8_newLink,
  R_IND_9_isShared,
  RESELLER_EMAIL_MAX,
  type ProviderOrderFacts,
} from './providerRules';
import { FEATURES } from './access';
import type { Role, Tenant } from './types';

const northwind: Tenant = {
  id: 'northwind',
  name: 'Northwind Distribution',
  domain: 'northwind.example',
  kind: 'partner',
  cloud: 'public',
  country: 'US',
};
const fabrikam: Tenant = {
  id: 'fabrikam',
  name: 'Fabrikam Solutions',
  domain: 'fabrikam.example',
  kind: 'partner',
  cloud: 'public',
  country: 'US',
};
const reseller = { programs: ['cspIndirectReseller' as const] };

describe('R-IND-8: who authorizes a provider and removes its admin access (decision, with R-IND-7)', () => {
  it.each<[Role[], boolean, boolean]>([
    [['adminAgent'], true, true],
    [['adminAgent', 'globalAdmin'], true, true],
    [['globalAdmin'], false, true],
    [['salesAgent'], false, false],
    [['helpdeskAgent'], false, false],
    [[], false, false],
  ])('%j: authorize %s, remove access %s', (roles, authorize, remove) => {
    expect(R_IND_8_canAuthorizeProvider(roles)).toBe(authorize);
    expect(R_IND_8_canRemoveProviderAccess(roles)).toBe(remove);
  });

  it('a new link gives the provider admin access to the reseller work account; removing it keeps the link', () => {
    const link = R_IND_8_newLink('l1', 'northwind', 'fabrikam', 5);
    expect(link).toEqual({
      id: 'l1',
      providerId: 'northwind',
      resellerId: 'fabrikam',
      createdAt: 5,
      providerHasAdminAccess: true,
    });
    expect(R_IND_8_linkWithoutAdminAccess(link)).toEqual({
      ...link,
      providerHasAdminAccess: false,
    });
  });
});

describe('R-IND-10: the provider order feature is an indirect provider feature (decision)', () => {
  it('needs the indirect provider program, Admin agent or Sales agent', () => {
    expect(FEATURES[PROVIDER_ORDER_FEATURE]).toMatchObject({
      programs: ['cspIndirectProvider'],
      roles: ['adminAgent', 'salesAgent'],
    });
  });
});

describe('W-CONNECT-PROVIDER: the reseller address the provider types', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    [`${'a'.repeat(RESELLER_EMAIL_MAX)}@x.example`, 'tooLong'],
    ['<script>alert(1)</script>@x.example', 'format'],
    ['megan at fabrikam', 'format'],
    ['megan@fabrikam', 'format'],
    ['megan@fabrikam.example', null],
    ['  Megan@Fabrikam.example ', null],
  ])('%j → %s', (input, problem) => expect(checkResellerEmail(input)).toBe(problem));
});

describe('W-CONNECT-PROVIDER: whom a provider may invite', () => {
  const base = {
    provider: northwind,
    addresseeRoles: ['adminAgent'] as Role[],
    reseller: fabrikam,
    resellerOrg: reseller,
    alreadyLinked: false,
  };
  it.each([
    ['an indirect reseller Admin agent in the same cloud and country', {}, null],
    ['its own organization', { reseller: northwind }, 'self'],
    [
      'a customer',
      { reseller: { ...fabrikam, kind: 'customer' as const }, resellerOrg: undefined },
      'notPartner',
    ],
    [
      'a direct partner',
      { resellerOrg: { programs: ['cspDirect' as const] } },
      'notIndirectReseller',
    ],
    [
      'a Sales agent (R-IND-7: only an Admin agent authorizes)',
      { addresseeRoles: ['salesAgent'] as Role[] },
      'notAdminAgent',
    ],
    ['another cloud', { reseller: { ...fabrikam, cloud: 'germany' as const } }, 'otherCloud'],
    ['another country', { reseller: { ...fabrikam, country: 'DE' } }, 'otherRegion'],
    ['an already linked reseller', { alreadyLinked: true }, 'alreadyLinked'],
  ])('%s → %s', (_, over, key) => {
    expect(decideResellerAddressee({ ...base, ...over })?.key ?? null).toBe(key);
  });
});

describe('W-CONNECT-PROVIDER: who may authorize the invitation, on fresh data', () => {
  const invitation = {
    kind: 'indirectProvider' as const,
    state: 'sent' as const,
    customerId: 'fabrikam',
  };
  const base = {
    invitation,
    provider: northwind,
    reseller: fabrikam,
    resellerOrg: reseller,
    personaTenantId: 'fabrikam',
    personaRoles: ['adminAgent'] as Role[],
    alreadyLinked: false,
  };
  it.each([
    ['the reseller Admin agent', {}, null],
    ['no invitation', { invitation: undefined }, 'notFound'],
    [
      'a customer invitation token',
      { invitation: { ...invitation, kind: 'reseller' as const } },
      'notFound',
    ],
    ['a used invitation', { invitation: { ...invitation, state: 'accepted' as const } }, 'used'],
    ['the provider itself', { personaTenantId: 'northwind' }, 'wrongPersona'],
    [
      'a customer persona',
      { personaTenantId: 'contoso', personaRoles: ['globalAdmin'] as Role[] },
      'wrongPersona',
    ],
    ['the reseller Sales agent (R-IND-7)', { personaRoles: ['salesAgent'] as Role[] }, 'role'],
    [
      'a reseller no longer in the program',
      { resellerOrg: { programs: [] } },
      'notIndirectReseller',
    ],
    ['another cloud', { reseller: { ...fabrikam, cloud: 'usgov' as const } }, 'otherCloud'],
    ['another country', { reseller: { ...fabrikam, country: 'CA' } }, 'otherRegion'],
    ['an existing link', { alreadyLinked: true }, 'alreadyLinked'],
  ])('%s → %s', (_, over, key) => {
    expect(checkProviderInvitation({ ...base, ...over })?.key ?? null).toBe(key);
  });
  it('cites R-IND-7 for the role refusal', () =>
    expect(checkProviderInvitation({ ...base, personaRoles: ['salesAgent'] })).toEqual({
      key: 'role',
      ruleId: 'R-IND-7',
    }));
});

describe('R-IND-9: only customers both partners are resellers of record for are shared', () => {
  const rel = (partnerId: string, reseller = true) => ({
    partnerId,
    resellerOf: reseller ? partnerId : undefined,
  });
  it.each([
    ['both resellers', rel('fabrikam'), rel('northwind'), true],
    ['only the reseller', rel('fabrikam'), undefined, false],
    ['only the provider (its own customer, e.g. Tailspin)', undefined, rel('northwind'), false],
    [
      'the reseller only a delegated admin after removal',
      rel('fabrikam', false),
      rel('northwind'),
      false,
    ],
  ])('%s → %s', (_, r, p, shared) => expect(R_IND_9_isShared(r, p)).toBe(shared));
});

describe('R-IND-10 (with R-IND-8 and R-MPR-6): may the provider order for this customer?', () => {
  const own = { partnerId: 'northwind', resellerOf: 'northwind' };
  const facts = (over: Partial<ProviderOrderFacts>): ProviderOrderFacts => ({
    ownRelationship: own,
    viaLinkedReseller: true,
    hasMca: true,
    ...over,
  });
  it.each([
    ['own relationship, linked reseller, MCA', facts({}), null],
    [
      'a reseller customer without its own relationship (Adatum)',
      facts({ ownRelationship: undefined }),
      { key: 'noOwnRelationship', ruleId: 'R-IND-10' },
    ],
    [
      'a relationship that is no longer a reseller one',
      facts({ ownRelationship: { partnerId: 'northwind', resellerOf: undefined } }),
      { key: 'noOwnRelationship', ruleId: 'R-IND-10' },
    ],
    [
      'R-IND-10 is cited first even without a link',
      facts({ ownRelationship: undefined, viaLinkedReseller: false }),
      { key: 'noOwnRelationship', ruleId: 'R-IND-10' },
    ],
    [
      'its own customer with no linked reseller (Tailspin)',
      facts({ viaLinkedReseller: false }),
      { key: 'noLinkedReseller', ruleId: 'R-IND-8' },
    ],
    ['no MCA', facts({ hasMca: false }), { key: 'noMca', ruleId: 'R-MPR-6' }],
  ])('%s', (_, f, expected) => expect(decideProviderOrder(f)).toEqual(expected));
});

describe('provider orders: licenses go only to active licence-based subscriptions', () => {
  it.each([
    ['m365-business-standard', 'active', true],
    ['o365-e3', 'trial', false],
    ['azure-plan', 'active', false],
    ['unknown-offer', 'active', false],
  ] as const)('%s (%s) → %s', (offerId, status, ok) =>
    expect(canAddLicensesTo({ offerId, status })).toBe(ok),
  );
});
