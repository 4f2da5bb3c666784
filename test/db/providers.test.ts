import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import {
  authorizeProvider,
  inviteIndirectReseller,
  loadProviderInvitation,
  removeProviderAdminAccess,
  submitProviderOrder,
} from '../../src/db/repositories/providerRepository';
import { acceptInvitation } from '../../src/db/repositories/invitationRepository';
import { newInvitationToken, sendInvitation } from '../../src/db/repositories/requestRepository';
import { customerPage } from '../../src/db/queries/customers';
import {
  providerInvitationAddressees,
  providerOrderView,
  sharedCustomers,
} from '../../src/db/queries/providers';
import { invitationLink } from '../../src/domain/mailLinks';
import type { Mail } from '../../src/domain/types';

// W-CONNECT-PROVIDER, W-INVITE-3WAY, R-IND-8, R-IND-9, R-IND-10 in the repository, on
// fake-indexeddb: every rule is re-checked here, and every refusal leaves the world unchanged.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`providers-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const mailTo = (email: string) =>
  db.mail.where('[mailbox+sentAt]').between([email, 0], [email, Infinity]).toArray();
const tokenOf = (mail: Mail) => {
  const link = mail.body.kind === 'i18n' ? String(mail.body.params?.link) : '';
  return /#\/provider-invitation\/([A-Za-z0-9-]+)$/.exec(link)?.[1] ?? '';
};

/** Diego (Northwind) invites Megan (Fabrikam); returns the token from Megan's mail. */
async function invite(): Promise<string> {
  const tokens = async () =>
    (await mailTo('megan@fabrikam.example'))
      .filter(
        (m) => m.subject.kind === 'i18n' && m.subject.key === 'providers:mail.invitation.subject',
      )
      .map(tokenOf);
  const before = await tokens();
  const r = await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example');
  expect(r).toEqual({
    ok: true,
    value: { resellerName: 'Fabrikam Solutions', address: 'megan@fabrikam.example' },
  });
  const fresh = (await tokens()).filter((t) => !before.includes(t));
  expect(fresh).toHaveLength(1);
  return fresh[0]!;
}

async function link(): Promise<void> {
  expect(await authorizeProvider(db, await invite(), 'u-megan', true)).toEqual({
    ok: true,
    providerName: 'Northwind Distribution',
  });
}

/** W-INVITE-3WAY: Megan invites Contoso with Northwind; Patti accepts. */
async function threeWayContoso(): Promise<void> {
  const token = newInvitationToken();
  const l = invitationLink(token);
  const sent = await sendInvitation(db, 'u-megan', {
    kind: 'resellerWithProvider',
    providerId: 'northwind',
    includeAdminRoles: true,
    token,
    link: l,
    to: 'patti@contoso.example',
    draft: { subject: 'Fabrikam and Northwind', body: `Please accept: ${l}` },
  });
  expect(sent).toEqual({ ok: true, customerName: 'Contoso Ltd' });
  expect(await acceptInvitation(db, token, 'u-patti')).toMatchObject({ ok: true });
}

describe('W-CONNECT-PROVIDER step 1: the provider invites a reseller', () => {
  it('stores an indirectProvider invitation and mails the Admin agent a personal link', async () => {
    await invite();
    const inv = (await db.invitations.where('partnerId').equals('northwind').toArray()).find(
      (i) => i.kind === 'indirectProvider',
    )!;
    expect(inv).toMatchObject({
      kind: 'indirectProvider',
      state: 'sent',
      partnerId: 'northwind',
      customerId: 'fabrikam',
      senderUserId: 'u-diego',
      linkDelivered: true,
    });
    const mail = (await mailTo('megan@fabrikam.example')).find((m) => m.invitationId === inv.id)!;
    expect(mail).toMatchObject({
      fromEmail: 'diego@northwind.example',
      body: {
        params: {
          provider: 'Northwind Distribution',
          link: `https://partner-sim.example/#/provider-invitation/${inv.token}`,
        },
      },
    });
    expect(await providerInvitationAddressees(db, inv.token)).toMatchObject([{ id: 'u-megan' }]);
  });

  it.each([
    ['empty', '', 'providers:invite.errors.email.required'],
    ['too long', `${'m'.repeat(260)}@fabrikam.example`, 'providers:invite.errors.email.tooLong'],
    ['HTML/script', '<script>alert(1)</script>', 'providers:invite.errors.email.format'],
    ['wrong format', 'megan at fabrikam', 'providers:invite.errors.email.format'],
    ['an unknown mailbox', 'nobody@fabrikam.example', 'providers:invite.errors.unknownAddress'],
    ['its own organization', 'diego@northwind.example', 'providers:invite.errors.self'],
    ['a customer', 'patti@contoso.example', 'providers:invite.errors.notPartner'],
    [
      'a direct partner (other cloud too)',
      'henrietta@relecloud.example',
      'providers:invite.errors.notIndirectReseller',
    ],
    [
      'a reseller Sales agent (R-IND-7: only an Admin agent authorizes)',
      'alex@fabrikam.example',
      'providers:invite.errors.notAdminAgent',
    ],
  ])('refuses %s and stores nothing', async (_, email, key) => {
    const before = await readWorld(db);
    expect(await inviteIndirectReseller(db, 'u-diego', email)).toMatchObject({ ok: false, key });
    expect(await readWorld(db)).toEqual(before);
  });

  it('refuses a reseller in another cloud or country (resellers sell in their provider region)', async () => {
    await db.tenants.update('fabrikam', { country: 'CA' });
    expect(await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example')).toMatchObject({
      ok: false,
      key: 'providers:invite.errors.otherRegion',
    });
    await db.tenants.update('fabrikam', { country: 'US', cloud: 'germany' });
    expect(await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example')).toMatchObject({
      ok: false,
      key: 'providers:invite.errors.otherCloud',
    });
    expect(await db.invitations.where('customerId').equals('fabrikam').count()).toBe(0);
  });

  it('R-IND-7: only an indirect provider Admin agent or Sales agent invites', async () => {
    await db.users.add({
      id: 'u-helpdesk-nw',
      tenantId: 'northwind',
      displayName: 'Help Desk',
      email: 'helpdesk@northwind.example',
      roles: ['helpdeskAgent'],
    });
    const before = await readWorld(db);
    expect(await inviteIndirectReseller(db, 'u-helpdesk-nw', 'megan@fabrikam.example')).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
      ruleId: 'R-IND-7',
    });
    // Megan works for a reseller, not a provider.
    expect(await inviteIndirectReseller(db, 'u-megan', 'diego@northwind.example')).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
      ruleId: 'R-IND-7',
    });
    expect(await readWorld(db)).toEqual(before);
  });

  it('refuses an already linked reseller', async () => {
    await link();
    expect(await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example')).toMatchObject({
      ok: false,
      key: 'providers:invite.errors.alreadyLinked',
    });
  });
});

describe('W-CONNECT-PROVIDER steps 2–3: the reseller Admin agent authorizes (R-IND-8)', () => {
  it('creates the link with admin access, uses the invitation, tells the provider; no customers move (R-IND-9)', async () => {
    const token = await invite();
    expect(await loadProviderInvitation(db, token, 'u-megan')).toMatchObject({
      ok: true,
      view: {
        provider: { name: 'Northwind Distribution' },
        reseller: { id: 'fabrikam' },
        providerOrg: { mpnId: '4649002' },
      },
    });
    const relationshipsBefore = await db.relationships.toArray();
    expect(await authorizeProvider(db, token, 'u-megan', true)).toEqual({
      ok: true,
      providerName: 'Northwind Distribution',
    });
    expect(await db.providerLinks.toArray()).toMatchObject([
      { providerId: 'northwind', resellerId: 'fabrikam', providerHasAdminAccess: true },
    ]);
    expect(await db.invitations.where('token').equals(token).first()).toMatchObject({
      state: 'accepted',
    });
    expect(
      (await mailTo('diego@northwind.example')).some(
        (m) => m.subject.kind === 'i18n' && m.subject.key === 'providers:mail.authorized.subject',
      ),
    ).toBe(true);
    // R-IND-9: Tailspin (Northwind's customer) is not on Fabrikam's Customers list.
    expect(await db.relationships.toArray()).toEqual(relationshipsBefore);
    const fabrikam = await customerPage(db, {
      partnerId: 'fabrikam',
      search: '',
      dir: 'asc',
      page: 0,
      pageSize: 20,
    });
    expect(fabrikam.rows.map((r) => r.customerName)).toEqual([
      'Adatum Corporation',
      'Alpine Ski House',
    ]);
    // The used link is refused.
    expect(await authorizeProvider(db, token, 'u-megan', true)).toEqual({
      ok: false,
      block: { key: 'used' },
    });
    expect(await loadProviderInvitation(db, token, 'u-megan')).toEqual({
      ok: false,
      block: { key: 'used' },
    });
    expect(await db.providerLinks.count()).toBe(1);
  });

  it.each([
    ['the provider (wrong persona)', 'u-diego', { key: 'wrongPersona' }],
    ['a customer admin (wrong persona)', 'u-patti', { key: 'wrongPersona' }],
    [
      'the reseller Sales agent (R-IND-7: Admin agent needed)',
      'u-alex',
      { key: 'role', ruleId: 'R-IND-7' },
    ],
  ])('refuses %s and changes nothing', async (_, userId, block) => {
    const token = await invite();
    const before = await readWorld(db);
    expect(await loadProviderInvitation(db, token, userId)).toEqual({ ok: false, block });
    expect(await authorizeProvider(db, token, userId, true)).toEqual({ ok: false, block });
    expect(await readWorld(db)).toEqual(before);
  });

  it('refuses without the box ticked, an unknown link, and a customer invitation token', async () => {
    const token = await invite();
    const before = await readWorld(db);
    expect(await authorizeProvider(db, token, 'u-megan', false)).toEqual({
      ok: false,
      block: { key: 'notAcknowledged', ruleId: 'R-IND-8' },
    });
    expect(await authorizeProvider(db, 'no-such-token', 'u-megan', true)).toEqual({
      ok: false,
      block: { key: 'notFound' },
    });
    expect(await authorizeProvider(db, 'inv-trey-fourthcoffee-token', 'u-megan', true)).toEqual({
      ok: false,
      block: { key: 'notFound' },
    });
    expect(await readWorld(db)).toEqual(before);
    // And a provider token is no customer invitation either.
    expect(await acceptInvitation(db, token, 'u-patti')).toEqual({
      ok: false,
      block: { key: 'notFound' },
    });
  });

  it('re-checks on fresh data: a second invitation can no longer be used once linked', async () => {
    const first = await invite();
    const second = await invite();
    expect((await authorizeProvider(db, first, 'u-megan', true)).ok).toBe(true);
    expect(await authorizeProvider(db, second, 'u-megan', true)).toEqual({
      ok: false,
      block: { key: 'alreadyLinked' },
    });
    expect(await db.providerLinks.count()).toBe(1);
  });
});

describe('R-IND-8: the reseller removes the provider admin access; the link stays', () => {
  it('removes it once, keeps the link', async () => {
    await link();
    expect(await removeProviderAdminAccess(db, 'u-megan', 'northwind')).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await db.providerLinks.toArray()).toMatchObject([
      { providerId: 'northwind', resellerId: 'fabrikam', providerHasAdminAccess: false },
    ]);
    expect(await removeProviderAdminAccess(db, 'u-megan', 'northwind')).toMatchObject({
      ok: false,
      key: 'providers:access.errors.alreadyRemoved',
    });
  });

  it('refuses a Sales agent, the provider itself and an unlinked provider, changing nothing', async () => {
    await link();
    const before = await readWorld(db);
    expect(await removeProviderAdminAccess(db, 'u-alex', 'northwind')).toEqual({
      ok: false,
      key: 'providers:access.errors.role',
      ruleId: 'R-IND-7',
    });
    expect(await removeProviderAdminAccess(db, 'u-diego', 'northwind')).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
      ruleId: 'R-IND-7',
    });
    expect(await removeProviderAdminAccess(db, 'u-megan', 'relecloud')).toEqual({
      ok: false,
      key: 'providers:errors.notLinked',
    });
    expect(await readWorld(db)).toEqual(before);
  });
});

describe('R-IND-9 / View customers: only shared customers', () => {
  const view = (tenantId: string, otherId: string, side: 'providers' | 'resellers') =>
    sharedCustomers(db, { tenantId, otherId, side, limit: 50 });

  it('none right after linking; Contoso on both sides after the three-way acceptance (W-INVITE-3WAY)', async () => {
    await link();
    expect(await view('fabrikam', 'northwind', 'providers')).toEqual({
      linked: true,
      rows: [],
      more: false,
    });
    expect(await view('northwind', 'fabrikam', 'resellers')).toEqual({
      linked: true,
      rows: [],
      more: false,
    });
    await threeWayContoso();
    const row = {
      customerId: 'contoso',
      customerName: 'Contoso Ltd',
      resellerType: 'resellerAndDelegatedAdmin',
      providerType: 'reseller',
    };
    expect(await view('fabrikam', 'northwind', 'providers')).toEqual({
      linked: true,
      rows: [row],
      more: false,
    });
    expect(await view('northwind', 'fabrikam', 'resellers')).toEqual({
      linked: true,
      rows: [row],
      more: false,
    });
    // Both Customers lists show Contoso; Tailspin stays Northwind's only.
    const names = async (partnerId: string) =>
      (
        await customerPage(db, { partnerId, search: '', dir: 'asc', page: 0, pageSize: 20 })
      ).rows.map((r) => r.customerName);
    expect(await names('fabrikam')).toEqual([
      'Adatum Corporation',
      'Alpine Ski House',
      'Contoso Ltd',
    ]);
    expect(await names('northwind')).toEqual(['Contoso Ltd', 'Tailspin Toys']);
  });

  it('pages past the limit, and shows nothing to partners that are not linked', async () => {
    await link();
    for (const id of ['c1', 'c2', 'c3']) {
      await db.tenants.add({
        id,
        name: `Shared ${id}`,
        domain: `${id}.example`,
        kind: 'customer',
        cloud: 'public',
        country: 'US',
      });
      for (const partnerId of ['fabrikam', 'northwind']) {
        await db.relationships.add({
          id: `rel-${partnerId}-${id}`,
          partnerId,
          customerId: id,
          customerName: `Shared ${id}`,
          customerNameLower: `shared ${id}`,
          type: 'reseller',
          adminRoles: [],
          partnerOfRecord: false,
          resellerOf: partnerId,
          createdAt: 0,
        });
      }
    }
    const page = await sharedCustomers(db, {
      tenantId: 'fabrikam',
      otherId: 'northwind',
      side: 'providers',
      limit: 2,
    });
    expect(page).toMatchObject({ linked: true, more: true });
    expect(page.rows.map((r) => r.customerId)).toEqual(['c1', 'c2']);
    expect(await view('relecloud', 'northwind', 'providers')).toEqual({
      linked: false,
      rows: [],
      more: false,
    });
    expect(await view('northwind', 'relecloud', 'resellers')).toEqual({
      linked: false,
      rows: [],
      more: false,
    });
  });
});

describe('R-IND-10: submitProviderOrder', () => {
  const licensesOf = async (id: string) => (await db.subscriptions.get(id))!.licenses;

  it("refuses a reseller's customer the provider has no relationship with (Adatum), changing nothing", async () => {
    await link();
    const before = await readWorld(db);
    expect(
      await submitProviderOrder(db, 'u-diego', 'adatum', {
        kind: 'addLicenses',
        subscriptionId: 'sub-adatum-e3',
        quantity: '5',
      }),
    ).toEqual({
      ok: false,
      key: 'providers:order.refusals.noOwnRelationship',
      ruleId: 'R-IND-10',
      params: { customer: 'Adatum Corporation' },
    });
    expect(await submitProviderOrder(db, 'u-diego', 'adatum', { kind: 'azurePlan' })).toMatchObject(
      { ok: false, ruleId: 'R-IND-10' },
    );
    expect(await readWorld(db)).toEqual(before);
    // The order page reveals no subscriptions either.
    expect(
      await providerOrderView(db, { providerId: 'northwind', customerId: 'adatum' }),
    ).toMatchObject({
      exists: true,
      customerName: 'Adatum Corporation',
      subscriptions: [],
      resellerNames: ['Fabrikam Solutions'],
    });
  });

  it('orders for a customer shared through a three-way invitation (Contoso), also after the admin access was removed (R-IND-8)', async () => {
    await link();
    expect(
      await submitProviderOrder(db, 'u-diego', 'contoso', { kind: 'azurePlan' }),
    ).toMatchObject({ ok: false, ruleId: 'R-IND-10' });
    await threeWayContoso();
    expect(
      await submitProviderOrder(db, 'u-diego', 'contoso', {
        kind: 'addLicenses',
        subscriptionId: 'sub-contoso-bs',
        quantity: ' 5 ',
      }),
    ).toEqual({
      ok: true,
      value: { kind: 'addLicenses', offerId: 'm365-business-standard', licenses: 15 },
    });
    expect(await licensesOf('sub-contoso-bs')).toBe(15);
    await removeProviderAdminAccess(db, 'u-megan', 'northwind');
    const azure = await submitProviderOrder(db, 'u-diego', 'contoso', { kind: 'azurePlan' });
    expect(azure).toMatchObject({ ok: true, value: { kind: 'azurePlan' } });
    const id = azure.ok && azure.value.kind === 'azurePlan' ? azure.value.subscriptionId : '';
    expect(await db.subscriptions.get(id)).toMatchObject({
      tenantId: 'contoso',
      partnerId: 'northwind',
      offerId: 'azure-plan',
      status: 'active',
    });
    expect(
      await providerOrderView(db, { providerId: 'northwind', customerId: 'contoso' }),
    ).toMatchObject({
      customerName: 'Contoso Ltd',
      subscriptions: expect.arrayContaining([expect.objectContaining({ id: 'sub-contoso-bs' })]),
    });
  });

  it.each([
    [
      'no quantity',
      { kind: 'addLicenses', subscriptionId: 'sub-contoso-bs', quantity: '' },
      'providers:order.errors.quantity.required',
    ],
    [
      'a fraction',
      { kind: 'addLicenses', subscriptionId: 'sub-contoso-bs', quantity: '2.5' },
      'providers:order.errors.quantity.notWhole',
    ],
    [
      'markup',
      { kind: 'addLicenses', subscriptionId: 'sub-contoso-bs', quantity: '<b>5</b>' },
      'providers:order.errors.quantity.notWhole',
    ],
    [
      'too many',
      { kind: 'addLicenses', subscriptionId: 'sub-contoso-bs', quantity: '10001' },
      'providers:order.errors.quantity.range',
    ],
    [
      'zero',
      { kind: 'addLicenses', subscriptionId: 'sub-contoso-bs', quantity: '0' },
      'providers:order.errors.quantity.range',
    ],
    [
      'no subscription',
      { kind: 'addLicenses', subscriptionId: '', quantity: '1' },
      'providers:order.errors.subscription.required',
    ],
    ['an unknown kind', { kind: 'refund' }, 'providers:order.errors.kind'],
    [
      "another tenant's subscription",
      { kind: 'addLicenses', subscriptionId: 'sub-adatum-e3', quantity: '1' },
      'providers:order.errors.notFound',
    ],
    [
      'an Azure plan (no licenses)',
      { kind: 'addLicenses', subscriptionId: 'sub-azure-contoso', quantity: '1' },
      'providers:order.errors.subscription.notLicensed',
    ],
  ])('refuses %s and changes nothing', async (_, order, key) => {
    await link();
    await threeWayContoso();
    await db.subscriptions.add({
      id: 'sub-azure-contoso',
      tenantId: 'contoso',
      partnerId: 'northwind',
      offerId: 'azure-plan',
      licenses: 1,
      assigned: 0,
      status: 'active',
    });
    const before = await readWorld(db);
    expect(await submitProviderOrder(db, 'u-diego', 'contoso', order as never)).toMatchObject({
      ok: false,
      key,
    });
    expect(await readWorld(db)).toEqual(before);
  });

  it('refuses its own customer without a linked reseller (R-IND-8), a customer without the MCA (R-MPR-6), an unknown id and a reseller persona (R-IND-7)', async () => {
    const before = await readWorld(db);
    expect(
      await submitProviderOrder(db, 'u-diego', 'tailspin', { kind: 'azurePlan' }),
    ).toMatchObject({
      ok: false,
      key: 'providers:order.refusals.noLinkedReseller',
      ruleId: 'R-IND-8',
    });
    expect(
      await submitProviderOrder(db, 'u-diego', 'no-such-customer', { kind: 'azurePlan' }),
    ).toEqual({ ok: false, key: 'providers:order.errors.notFound' });
    expect(await submitProviderOrder(db, 'u-diego', '../<script>', { kind: 'azurePlan' })).toEqual({
      ok: false,
      key: 'providers:order.errors.notFound',
    });
    expect(await submitProviderOrder(db, 'u-diego', 'fabrikam', { kind: 'azurePlan' })).toEqual({
      ok: false,
      key: 'providers:order.errors.notFound',
    });
    expect(await submitProviderOrder(db, 'u-megan', 'adatum', { kind: 'azurePlan' })).toEqual({
      ok: false,
      key: 'rules:R-IND-7',
      ruleId: 'R-IND-7',
    });
    expect(await readWorld(db)).toEqual(before);
    // Alpine Ski House: Fabrikam's customer without the MCA; give Northwind its own relationship too.
    await link();
    await db.relationships.add({
      id: 'rel-nw-alpine',
      partnerId: 'northwind',
      customerId: 'alpineskihouse',
      customerName: 'Alpine Ski House',
      customerNameLower: 'alpine ski house',
      type: 'reseller',
      adminRoles: [],
      partnerOfRecord: false,
      resellerOf: 'northwind',
      createdAt: 0,
    });
    expect(
      await submitProviderOrder(db, 'u-diego', 'alpineskihouse', { kind: 'azurePlan' }),
    ).toMatchObject({ ok: false, key: 'providers:order.refusals.noMca', ruleId: 'R-MPR-6' });
    expect(await db.subscriptions.where('tenantId').equals('alpineskihouse').count()).toBe(0);
  });
});

describe('W-INVITE-3WAY needs the provider link', () => {
  it('refuses a three-way invitation to an unlinked provider', async () => {
    const token = newInvitationToken();
    const l = invitationLink(token);
    const r = await sendInvitation(db, 'u-megan', {
      kind: 'resellerWithProvider',
      providerId: 'northwind',
      includeAdminRoles: true,
      token,
      link: l,
      to: 'patti@contoso.example',
      draft: { subject: 'Hello', body: l },
    });
    expect(r).toEqual({ ok: false, key: 'partnerCenter:request.errors.noProvider' });
  });
});
