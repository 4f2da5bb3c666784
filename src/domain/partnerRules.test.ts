import { describe, expect, it } from 'vitest';
import {
  checkLicenseQuantity,
  decideManage,
  R_REQ_2_canOmitAdminRoles,
  relationshipAfterRemoval,
  R_REQ_1_soldBy,
  type ManageAction,
  type ManageRefusal,
  type SubscriptionSeller,
} from './partnerRules';
import { checkNewPassword, temporaryPassword } from './passwords';
import { parseRecipients, R_IND_11_linkKept, validateComposer } from './composer';
import { invitationLink } from './mailLinks';
import type { Cloud, Relationship } from './types';

describe('R-REQ-2: admin permissions can be left out only outside US Government and Germany', () => {
  it.each<[Cloud, boolean]>([
    ['public', true],
    ['usgov', false],
    ['germany', false],
    ['china21v', true],
  ])('%s → %s', (cloud, ok) => expect(R_REQ_2_canOmitAdminRoles(cloud)).toBe(ok));
});

const withDap = {
  partnerId: 'fabrikam',
  resellerOf: 'fabrikam',
  adminRoles: ['globalAdmin', 'helpdeskAdmin'],
} as const;
const noDap = { partnerId: 'fabrikam', resellerOf: 'fabrikam', adminRoles: [] } as const;
const rel = (r: object) => r as unknown as Relationship;

describe('R-REQ-1 / R-MPR-6 / R-IND-9: what a partner may do for a customer', () => {
  type Row = [string, ManageAction, object | undefined, boolean, object | undefined, string | null];
  const azureTheirs = { offerId: 'azure-plan', partnerId: 'fabrikam' };
  const azureOthers = { offerId: 'azure-plan', partnerId: 'northwind' };
  const e3 = { offerId: 'o365-e3', partnerId: 'fabrikam' };
  const table: Row[] = [
    ['DAP + MCA: add user', 'addUser', withDap, true, undefined, null],
    ['DAP + MCA: reset password', 'resetPassword', withDap, true, undefined, null],
    ['DAP + MCA: add licenses', 'addLicenses', withDap, true, e3, null],
    ['DAP without MCA: add user (R-MPR-6)', 'addUser', withDap, false, undefined, 'R-MPR-6'],
    ['DAP without MCA: add licenses (R-MPR-6)', 'addLicenses', withDap, false, e3, 'R-MPR-6'],
    ['no DAP: add user (R-REQ-1)', 'addUser', noDap, true, undefined, 'R-REQ-1'],
    ['no DAP: add licenses (R-REQ-1)', 'addLicenses', noDap, true, e3, 'R-REQ-1'],
    [
      'no DAP: add an Azure subscription (R-REQ-1 allows)',
      'addAzureSubscription',
      noDap,
      true,
      undefined,
      null,
    ],
    ['no DAP, no MCA: Azure (R-MPR-6)', 'addAzureSubscription', noDap, false, undefined, 'R-MPR-6'],
    [
      'DAP: licenses on another partner Azure plan (R-REQ-1: only what it sold)',
      'addLicenses',
      withDap,
      true,
      azureOthers,
      'R-REQ-1',
    ],
    [
      'DAP: licenses on a subscription bought directly (R-REQ-1: only what it sold)',
      'addLicenses',
      withDap,
      true,
      { offerId: 'exchange-online-p1' },
      'R-REQ-1',
    ],
    ['DAP: licenses on its own Azure plan', 'addLicenses', withDap, true, azureTheirs, null],
    ['no DAP: its own Azure plan (R-REQ-1 allows)', 'addLicenses', noDap, true, azureTheirs, null],
    [
      'no DAP: another partner Azure plan (R-REQ-1)',
      'addLicenses',
      noDap,
      true,
      azureOthers,
      'R-REQ-1',
    ],
    [
      'no DAP, no MCA: its own Azure plan (R-MPR-6)',
      'addLicenses',
      noDap,
      false,
      azureTheirs,
      'R-MPR-6',
    ],
    ['no relationship (R-IND-9)', 'addUser', undefined, true, undefined, 'R-IND-9'],
    [
      'relationship removed from the list (R-IND-9)',
      'addUser',
      { partnerId: 'fabrikam', adminRoles: ['globalAdmin'] },
      true,
      undefined,
      'R-IND-9',
    ],
  ];
  it.each(table)('%s', (_, action, relationship, hasMca, subscription, ruleId) => {
    const r = decideManage(action, {
      relationship: relationship as never,
      hasMca,
      subscription: subscription as never,
    });
    expect(r?.ruleId ?? null).toBe(ruleId);
  });
});

describe('R-REQ-1: partners see only what they sold', () => {
  it.each<[string, { partnerId?: string }, SubscriptionSeller]>([
    ['sold by this partner', { partnerId: 'fabrikam' }, 'you'],
    ['sold by another partner', { partnerId: 'northwind' }, 'otherPartner'],
    ['bought directly (no partner)', {}, 'direct'],
  ])('%s → %s', (_, subscription, seller) =>
    expect(R_REQ_1_soldBy(subscription, 'fabrikam')).toBe(seller),
  );

  it.each<[object, ManageRefusal['key']]>([
    [{ offerId: 'o365-e3', partnerId: 'northwind' }, 'soldByOther'],
    [{ offerId: 'o365-e3' }, 'boughtDirectly'],
  ])('with admin permissions and the MCA, %o is shown but not manageable (%s)', (sub, key) =>
    expect(
      decideManage('addLicenses', {
        relationship: withDap as never,
        hasMca: true,
        subscription: sub as never,
      }),
    ).toEqual({ key, ruleId: 'R-REQ-1' }),
  );
});

describe('R-IND-12: removing a customer relationship', () => {
  it('keeps delegated admin privileges and takes the customer off the list', () => {
    const after = relationshipAfterRemoval(
      rel({ id: 'r', ...withDap, type: 'resellerAndDelegatedAdmin' }),
    );
    expect(after).toMatchObject({
      id: 'r',
      type: 'delegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
    });
    expect(after && 'resellerOf' in after).toBe(false);
  });
  it('leaves nothing when no admin roles were held', () => {
    expect(relationshipAfterRemoval(rel({ id: 'r', ...noDap, type: 'reseller' }))).toBeNull();
  });
});

describe('licence quantities', () => {
  it.each([
    ['', 'required'],
    ['0', 'range'],
    ['-3', 'notWhole'],
    ['2.5', 'notWhole'],
    ['1e3', 'notWhole'],
    ['10001', 'range'],
    ['99999999999999999999', 'range'],
    [' 5 ', null],
    ['10000', null],
  ])('%j → %s', (raw, problem) => expect(checkLicenseQuantity(raw)).toBe(problem));
});

describe('R-IND-6: passwords', () => {
  it('temporary passwords are strong and different each time', () => {
    const a = temporaryPassword();
    expect(a).toMatch(/^[A-Z][a-z]{3}-\d{4}-[A-Z][a-z]{3}$/);
    expect(temporaryPassword()).not.toBe(a);
    expect(checkNewPassword(a, a, 'other')).toBeNull();
  });
  it.each([
    ['', '', 'required'],
    ['Ab1', 'Ab1', 'tooShort'],
    ['a'.repeat(65), 'a'.repeat(65), 'tooLong'],
    ['abcdefgh', 'abcdefgh', 'weak'],
    ['Temp-1234-Xyzw', 'Temp-1234-Xyzw', 'sameAsTemporary'],
    ['Good-Pass-42', 'Good-Pass-43', 'mismatch'],
    ['Good-Pass-42', 'Good-Pass-42', null],
  ])('%j → %s', (p, c, problem) => expect(checkNewPassword(p, c, 'Temp-1234-Xyzw')).toBe(problem));
});

describe('the composer (W-REQUEST step 4)', () => {
  const link = invitationLink('tok-123456');
  it('refuses bad input', () => {
    expect(validateComposer({ to: '', subject: 's', body: 'b' })).toEqual({ to: 'required' });
    expect(validateComposer({ to: 'not-an-address', subject: 's', body: 'b' })).toEqual({
      to: 'format',
    });
    expect(
      validateComposer({
        to: Array.from({ length: 11 }, (_, i) => `a${i}@x.example`).join(';'),
        subject: 's',
        body: 'b',
      }),
    ).toEqual({ to: 'tooMany' });
    expect(validateComposer({ to: 'a@x.example', subject: '', body: '' })).toEqual({
      subject: 'required',
      body: 'required',
    });
    expect(validateComposer({ to: 'a@x.example', subject: 'x'.repeat(201), body: 'b' })).toEqual({
      subject: 'tooLong',
    });
    expect(
      validateComposer({
        to: 'a@x.example',
        subject: 's',
        body: `<script>alert(1)</script> ${link}`,
      }),
    ).toEqual({});
    expect(validateComposer({ to: 'a@x.example; B@y.example', subject: 's', body: link })).toEqual(
      {},
    );
  });
  it('splits and normalises recipients', () =>
    expect(parseRecipients(' Patti@Contoso.example; lee@contoso.example,  ')).toEqual([
      'patti@contoso.example',
      'lee@contoso.example',
    ]));
  it('R-IND-11: tells whether the personal link is still in the text', () => {
    expect(R_IND_11_linkKept(`Hello\n${link}\nBye`, link)).toBe(true);
    expect(R_IND_11_linkKept('Hello, the link was removed', link)).toBe(false);
    expect(R_IND_11_linkKept(`Hello ${link.slice(0, -2)}`, link)).toBe(false);
  });
});
