import { describe, expect, it } from 'vitest';
import { checkInvitation, R_REQ_3_sameRegion } from './invitationRules';
import type { Invitation, Role, Tenant } from './types';

const tenant = (id: string, over: Partial<Tenant> = {}): Tenant => ({
  id,
  name: id,
  domain: `${id}.example`,
  kind: 'customer',
  cloud: 'public',
  country: 'US',
  ...over,
});
const fabrikam = tenant('fabrikam', { kind: 'partner' });
const contoso = tenant('contoso');
const inv = (over: Partial<Invitation> = {}): Invitation => ({
  id: 'i',
  token: 'tok12345',
  kind: 'reseller',
  state: 'sent',
  partnerId: 'fabrikam',
  senderUserId: 'u-megan',
  customerId: 'contoso',
  includesAdminRoles: true,
  linkDelivered: true,
  createdAt: 0,
  updatedAt: 0,
  ...over,
});
const check = (
  invitation: Invitation | undefined,
  personaTenant: Tenant = contoso,
  roles: Role[] = ['globalAdmin'],
  partner: Tenant = fabrikam,
) => checkInvitation({ invitation, partner, personaTenant, personaRoles: roles });

describe('invitation checks (W-ACCEPT, W-CANCEL-INVITE)', () => {
  it.each<[string, ReturnType<typeof check>]>([
    ['a valid invitation for a Global admin', check(inv())],
    ['a valid invitation for a Billing admin (R-MPR-1)', check(inv(), contoso, ['billingAdmin'])],
  ])('%s is accepted', (_, result) => expect(result).toBeNull());

  it.each<[string, ReturnType<typeof check>, string, string?]>([
    ['a wrong link', check(undefined), 'notFound'],
    ['another kind of invitation', check(inv({ kind: 'indirectProvider' })), 'notFound'],
    ['a used link', check(inv({ state: 'accepted' })), 'used'],
    [
      'a cancelled invitation (R-MPR-4)',
      check(inv({ state: 'cancelled' })),
      'cancelled',
      'R-MPR-4',
    ],
    ['a failed invitation', check(inv({ state: 'failed' })), 'failed'],
    ['a partner persona', check(inv(), fabrikam, ['adminAgent']), 'partnerPersona'],
    ['another tenant', check(inv(), tenant('adatum')), 'otherTenant'],
    [
      'a mail whose link was removed (R-IND-11)',
      check(inv({ linkDelivered: false })),
      'linkMissing',
      'R-IND-11',
    ],
    ['a User admin (R-MPR-1)', check(inv(), contoso, ['userAdmin']), 'role', 'R-MPR-1'],
    [
      'a 21Vianet customer (R-O365-6)',
      check(inv({ customerId: 'coho' }), tenant('coho', { cloud: 'china21v', country: 'CN' })),
      'unavailable21v',
      'R-O365-6',
    ],
    [
      'a partner in another cloud',
      check(inv({ customerId: 'fourth' }), tenant('fourth', { cloud: 'usgov' })),
      'otherCloud',
    ],
    [
      'a customer in another country (R-REQ-3)',
      check(inv({ customerId: 'woodgrove' }), tenant('woodgrove', { country: 'JP' })),
      'otherRegion',
      'R-REQ-3',
    ],
  ])('%s is refused', (_, result, key, ruleId) => {
    expect(result?.key).toBe(key);
    if (ruleId) expect(result?.ruleId).toBe(ruleId);
  });
});

describe('R-REQ-3: same country or region', () => {
  it.each([
    ['US', 'US', true],
    ['US', 'JP', false],
    ['DE', 'DE', true],
  ])('%s partner, %s customer → %s', (p, c, ok) =>
    expect(R_REQ_3_sameRegion({ country: p }, { country: c })).toBe(ok),
  );
});
