import { describe, expect, it } from 'vitest';
import { navigationFor, resolveRoute } from './resolveRoute';
import { matchPattern, parseHash } from './router.svelte';
import type { AccessSubject } from '../domain/access';

const megan: AccessSubject = {
  roles: ['adminAgent', 'globalAdmin'],
  tenantKind: 'partner',
  cloud: 'public',
  programs: ['cspIndirectReseller'],
};
const alex: AccessSubject = {
  roles: ['salesAgent'],
  tenantKind: 'partner',
  cloud: 'public',
  programs: ['cspIndirectReseller'],
};
const isaiah: AccessSubject = {
  roles: ['userAdmin'],
  tenantKind: 'customer',
  cloud: 'public',
  programs: [],
};
const joni: AccessSubject = {
  roles: ['globalAdmin'],
  tenantKind: 'customer',
  cloud: 'usgov',
  programs: [],
};

describe('router', () => {
  it('parses hash paths and queries', () => {
    expect(parseHash('#/mail/abc?x=1')).toMatchObject({ path: 'mail/abc' });
    expect(parseHash('#/mail/abc?x=1').query.get('x')).toBe('1');
    expect(parseHash('').path).toBe('');
    expect(parseHash('#/partner-center/').path).toBe('partner-center');
  });
  it('matches patterns with params and refuses malformed escapes', () => {
    expect(matchPattern('mail/:id', 'mail/a%20b')).toEqual({ id: 'a b' });
    expect(matchPattern('mail/:id', 'mail')).toBeNull();
    expect(matchPattern('mail/:id', 'mail/%E0%A4%A')).toBeNull();
  });
});

describe('R-IND-7 navigation and typed URLs', () => {
  it("shows a Sales agent only the pages of its role, and refuses a typed URL of another role's page", () => {
    const items = navigationFor('partner-center', alex).map((i) => i.href);
    expect(items).toEqual([
      '#/partner-center',
      '#/partner-center/customers',
      '#/partner-center/indirect-providers',
    ]);
    expect(
      resolveRoute('partner-center/settings/user-management', 'partner-center', alex),
    ).toMatchObject({ kind: 'forbidden', decision: { ruleId: 'R-IND-7', reason: 'role' } });
    expect(
      resolveRoute('partner-center/settings/user-management', 'partner-center', megan),
    ).toMatchObject({ kind: 'page' });
  });
  it('keeps Settings last in Partner Center, after pages other areas add', () => {
    const pradeep: AccessSubject = {
      roles: ['adminAgent', 'globalAdmin'],
      tenantKind: 'partner',
      cloud: 'public',
      programs: ['o365Partner', 'cloudEssentials'],
    };
    const items = navigationFor('partner-center', pradeep).map((i) => i.href);
    expect(items.at(-1)).toBe('#/partner-center/settings/user-management');
    expect(items).toContain('#/partner-center/partner-overview');
  });
  it('R-MPR-1: a User admin of a customer cannot open Partner relationships', () => {
    expect(navigationFor('admin-center', isaiah).map((i) => i.href)).toEqual([
      '#/admin-center',
      '#/admin-center/users',
    ]);
    expect(
      resolveRoute('admin-center/billing/partner-relationships', 'admin-center', isaiah),
    ).toMatchObject({ kind: 'forbidden', decision: { ruleId: 'R-MPR-1' } });
  });
  it('R-REQ-5: a US Government customer works in the Office Admin Portal, not the Microsoft 365 admin center', () => {
    expect(
      resolveRoute(
        'office-admin-portal/billing/partner-relationships',
        'office-admin-portal',
        joni,
      ),
    ).toMatchObject({ kind: 'page' });
    expect(
      resolveRoute('admin-center/billing/partner-relationships', 'office-admin-portal', joni),
    ).toMatchObject({ kind: 'wrongPortal', portal: 'admin-center' });
  });
  it('a partner cannot open customer pages, and unknown paths are not found', () => {
    expect(resolveRoute('admin-center', 'partner-center', megan)).toMatchObject({
      kind: 'wrongPortal',
    });
    expect(resolveRoute('nowhere/at/all', 'partner-center', megan)).toEqual({ kind: 'notFound' });
    expect(resolveRoute('mail', 'partner-center', megan)).toMatchObject({ kind: 'page' });
  });
  it("R-REQ-5: a link in mail opens in the portal of the customer's cloud; partner staff stay on it", () => {
    const token = 'a b/c';
    const encoded = encodeURIComponent(token);
    for (const [link, target] of [
      [`partner-invitation/${encoded}`, `partner-invitation/${encoded}`],
      ['accept-agreement', 'billing/accept-agreement'],
      [`o365-offer/${encoded}`, `o365-offer/${encoded}`],
    ] as const) {
      expect(resolveRoute(link, 'admin-center', isaiah)).toMatchObject({
        kind: 'redirect',
        to: `/admin-center/${target}`,
      });
      expect(resolveRoute(link, 'office-admin-portal', joni)).toMatchObject({
        kind: 'redirect',
        to: `/office-admin-portal/${target}`,
      });
      expect(resolveRoute(link, 'partner-center', megan)).toMatchObject({ kind: 'page' });
      // Where it sends the customer is a page of that portal.
      expect(resolveRoute(`admin-center/${target}`, 'admin-center', joni)).toMatchObject({
        kind: 'page',
      });
    }
    expect(resolveRoute(`partner-invitation/${encoded}`, 'admin-center', isaiah)).toMatchObject({
      kind: 'redirect',
      to: `/admin-center/partner-invitation/${encoded}`,
    });
  });
  it('home tiles are the navigation pages with a tile, as the roles allow (R-IND-7, R-MPR-1)', () => {
    const tiles = (portal: Parameters<typeof navigationFor>[0], who: AccessSubject) =>
      navigationFor(portal, who)
        .filter((i) => i.tileKey)
        .map((i) => i.href);
    expect(tiles('partner-center', megan)).toEqual([
      '#/partner-center/customers',
      '#/partner-center/indirect-providers',
      '#/partner-center/settings/user-management',
    ]);
    expect(tiles('partner-center', alex)).toEqual([
      '#/partner-center/customers',
      '#/partner-center/indirect-providers',
    ]);
    expect(tiles('admin-center', isaiah)).toEqual(['#/admin-center/users']);
    expect(tiles('office-admin-portal', joni)).toEqual([
      '#/office-admin-portal/users',
      '#/office-admin-portal/billing/partner-relationships',
    ]);
  });
});
