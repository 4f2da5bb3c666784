import { describe, expect, it } from 'vitest';
import {
  R_GDAP_1_acceptanceGrantsAdminRoles,
  R_GDAP_1_checkRequest,
  R_GDAP_1_delegatedAdminOffered,
  partnerRelationshipsMenu,
} from './editionRules';
import { EDITIONS, editionOf, parseEdition } from './edition';

describe('R-GDAP-1: in Today a reseller relationship grants no admin roles', () => {
  it.each([
    // edition, DAP asked, option offered, request refused, acceptance grants roles
    ['2020', true, true, false, true],
    ['2020', false, true, false, false],
    ['today', true, false, true, false],
    ['today', false, false, false, false],
  ] as const)('%s, DAP asked %s', (edition, asked, offered, refused, grants) => {
    expect(R_GDAP_1_delegatedAdminOffered(edition)).toBe(offered);
    expect(R_GDAP_1_checkRequest(edition, asked)).toEqual(
      refused ? { key: 'rules:R-GDAP-1', ruleId: 'R-GDAP-1' } : null,
    );
    expect(R_GDAP_1_acceptanceGrantsAdminRoles(edition, asked)).toBe(grants);
  });
});

describe('the customer finds partner relationships by edition', () => {
  it('Billing in 2020, Settings in Today', () => {
    expect(partnerRelationshipsMenu('2020')).toBe('billing');
    expect(partnerRelationshipsMenu('today')).toBe('settings');
  });
});

describe('edition values from outside', () => {
  it('reads only the known editions, exactly spelled', () => {
    expect(EDITIONS.map(parseEdition)).toEqual(['2020', 'today']);
    for (const bad of ['Today', 'TODAY', ' today', '2019', '', null, 2020, undefined, ['today']])
      expect(parseEdition(bad), String(bad)).toBeUndefined();
  });

  it('a world without edition is a 2020 world', () => {
    expect(editionOf(undefined)).toBe('2020');
    expect(editionOf({})).toBe('2020');
    expect(editionOf({ edition: 'today' })).toBe('today');
  });
});
