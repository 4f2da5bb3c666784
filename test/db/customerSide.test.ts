import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import {
  acceptInvitation,
  cancelInvitation,
  loadInvitation,
} from '../../src/db/repositories/invitationRepository';
import { acceptMca, mcaStatus } from '../../src/db/repositories/agreementRepository';
import { removeAdminRoles } from '../../src/db/repositories/relationshipRepository';
import { sendContactRequest } from '../../src/db/repositories/partnerContactRepository';
import type { Invitation } from '../../src/domain/types';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`customer-side-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const TREY = 'inv-trey-fourthcoffee-token';
const mailTo = (email: string) =>
  db.mail.where('[mailbox+sentAt]').between([email, 0], [email, Infinity]).toArray();

async function addInvitation(over: Partial<Invitation>): Promise<Invitation> {
  const inv: Invitation = {
    id: `inv-${over.token}`,
    token: 'token-x',
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
  };
  await db.invitations.add(inv);
  return inv;
}

describe('W-ACCEPT repository', () => {
  it('accepts a US Government invitation: relationship with DAP (R-MPR-3), the MCA (R-REQ-4), the partner told', async () => {
    const loaded = await loadInvitation(db, TREY, 'u-joni');
    expect(loaded).toMatchObject({
      ok: true,
      view: { hasMca: false, partner: { name: 'Trey Research' } },
    });
    expect(await acceptInvitation(db, TREY, 'u-joni')).toEqual({ ok: true, mcaAccepted: true });
    const rel = await db.relationships
      .where('[partnerId+customerId]')
      .equals(['treyresearch', 'fourthcoffee'])
      .first();
    expect(rel).toMatchObject({
      type: 'resellerAndDelegatedAdmin',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
      resellerOf: 'treyresearch',
    });
    expect(
      await db.agreements.where('[tenantId+kind]').equals(['fourthcoffee', 'mca']).count(),
    ).toBe(1);
    expect((await mailTo('lidia@treyresearch.example')).map((m) => m.subject)).toContainEqual({
      kind: 'i18n',
      key: 'mail:invitation.accepted.subject',
      params: { customer: 'Fourth Coffee' },
    });
    // The link is now used.
    expect(await acceptInvitation(db, TREY, 'u-joni')).toEqual({
      ok: false,
      block: { key: 'used' },
    });
    expect(await loadInvitation(db, TREY, 'u-joni')).toEqual({ ok: false, block: { key: 'used' } });
  });

  it('R-MPR-1: a User admin cannot accept, and nothing changes', async () => {
    const inv = await addInvitation({ token: 'contoso-token' });
    const before = await readWorld(db);
    expect(await acceptInvitation(db, inv.token, 'u-isaiah')).toEqual({
      ok: false,
      block: { key: 'role', ruleId: 'R-MPR-1' },
    });
    expect(await readWorld(db)).toEqual(before);
    // A Billing admin can.
    expect(await acceptInvitation(db, inv.token, 'u-lee')).toMatchObject({ ok: true });
  });

  it('R-IND-11: an invitation whose mail lost its link cannot be accepted', async () => {
    const inv = await addInvitation({ token: 'nolink-token', linkDelivered: false });
    expect(await acceptInvitation(db, inv.token, 'u-patti')).toMatchObject({
      ok: false,
      block: { key: 'linkMissing', ruleId: 'R-IND-11' },
    });
    expect(await db.relationships.where('customerId').equals('contoso').count()).toBe(0);
  });

  it('refuses a link meant for another tenant, and a wrong link', async () => {
    await addInvitation({ token: 'contoso-token' });
    expect(await acceptInvitation(db, 'contoso-token', 'u-enrico')).toMatchObject({
      ok: false,
      block: { key: 'otherTenant' },
    });
    expect(await acceptInvitation(db, 'no-such-token', 'u-patti')).toMatchObject({
      ok: false,
      block: { key: 'notFound' },
    });
  });

  it('R-REQ-3: a customer in another country makes the invitation fail and the partner is told', async () => {
    const inv = await addInvitation({ token: 'woodgrove-token', customerId: 'woodgrovebank' });
    expect((await loadInvitation(db, inv.token, 'u-miriam')).ok).toBe(true);
    expect(await acceptInvitation(db, inv.token, 'u-miriam')).toMatchObject({
      ok: false,
      block: { key: 'otherRegion', ruleId: 'R-REQ-3' },
    });
    expect(await db.invitations.get(inv.id)).toMatchObject({ state: 'failed' });
    expect(await db.relationships.where('customerId').equals('woodgrovebank').count()).toBe(0);
    expect(
      (await mailTo('megan@fabrikam.example')).some(
        (m) =>
          m.subject.kind === 'i18n' && m.subject.key === 'mail:invitation.failedRegion.subject',
      ),
    ).toBe(true);
  });

  it('R-IND-10: a three-way invitation makes the reseller and its provider resellers of record; only the reseller gets admin roles', async () => {
    const inv = await addInvitation({
      token: 'three-way-token',
      kind: 'resellerWithProvider',
      providerId: 'northwind',
    });
    // Not (or no longer) linked to the provider: refused, nothing granted.
    expect(await acceptInvitation(db, inv.token, 'u-patti')).toMatchObject({
      ok: false,
      block: { key: 'providerUnlinked', ruleId: 'R-IND-10' },
    });
    expect(await db.relationships.where('customerId').equals('contoso').count()).toBe(0);
    await db.providerLinks.add({
      id: 'link',
      providerId: 'northwind',
      resellerId: 'fabrikam',
      createdAt: 0,
      providerHasAdminAccess: true,
    });
    expect(await acceptInvitation(db, inv.token, 'u-patti')).toMatchObject({ ok: true });
    expect(
      (await mailTo('diego@northwind.example')).some(
        (m) =>
          m.subject.kind === 'i18n' && m.subject.key === 'mail:invitation.acceptedProvider.subject',
      ),
    ).toBe(true);
    const rels = await db.relationships.where('customerId').equals('contoso').toArray();
    expect(rels.map((r) => [r.partnerId, r.type, r.resellerOf]).sort()).toEqual([
      ['fabrikam', 'resellerAndDelegatedAdmin', 'fabrikam'],
      ['northwind', 'reseller', 'northwind'],
    ]);
  });
});

describe('W-CANCEL-INVITE repository (R-MPR-4)', () => {
  it('cancels: nothing granted, the partner told, the link then refused', async () => {
    expect(await cancelInvitation(db, TREY, 'u-joni')).toEqual({ ok: true });
    expect(await db.relationships.where('customerId').equals('fourthcoffee').count()).toBe(0);
    expect(
      await db.agreements.where('[tenantId+kind]').equals(['fourthcoffee', 'mca']).count(),
    ).toBe(0);
    expect(
      (await mailTo('lidia@treyresearch.example')).some(
        (m) => m.subject.kind === 'i18n' && m.subject.key === 'mail:invitation.cancelled.subject',
      ),
    ).toBe(true);
    expect(await acceptInvitation(db, TREY, 'u-joni')).toMatchObject({
      ok: false,
      block: { key: 'cancelled', ruleId: 'R-MPR-4' },
    });
  });
});

describe('W-MCA repository', () => {
  it('records the MCA once, for a Global admin; refuses a User admin (R-MPR-1)', async () => {
    expect(await mcaStatus(db, 'u-brian')).toEqual({ kind: 'needed' });
    expect(await acceptMca(db, 'u-brian')).toMatchObject({ kind: 'accepted' });
    expect(await mcaStatus(db, 'u-brian')).toMatchObject({ kind: 'accepted' });
    expect(
      await db.agreements.where('[tenantId+kind]').equals(['alpineskihouse', 'mca']).count(),
    ).toBe(1);
    expect(await acceptMca(db, 'u-brian')).toMatchObject({ kind: 'accepted' });
    expect(
      await db.agreements.where('[tenantId+kind]').equals(['alpineskihouse', 'mca']).count(),
    ).toBe(1);
    expect(await acceptMca(db, 'u-isaiah')).toEqual({
      kind: 'blocked',
      key: 'role',
      ruleId: 'R-MPR-1',
    });
    expect(await acceptMca(db, 'u-lynne')).toEqual({
      kind: 'blocked',
      key: 'unavailable21v',
      ruleId: 'R-O365-6',
    });
  });
});

describe('W-REMOVE-ROLES repository', () => {
  it('R-MPR-7: removes the roles and keeps the relationship as Reseller', async () => {
    const rel = (await db.relationships.where('customerId').equals('adatum').first())!;
    expect(await removeAdminRoles(db, 'u-enrico', rel.id)).toEqual({ ok: true });
    expect(await db.relationships.get(rel.id)).toMatchObject({
      type: 'reseller',
      adminRoles: [],
      resellerOf: 'fabrikam',
    });
    expect(await removeAdminRoles(db, 'u-enrico', rel.id)).toEqual({
      ok: false,
      key: 'adminCenter:removeRoles.noRoles',
    });
  });
  it('R-MPR-1: another tenant or a User admin cannot', async () => {
    const rel = (await db.relationships.where('customerId').equals('adatum').first())!;
    expect(await removeAdminRoles(db, 'u-patti', rel.id)).toMatchObject({ ok: false });
    expect((await db.relationships.get(rel.id))!.adminRoles).toEqual([
      'globalAdmin',
      'helpdeskAdmin',
    ]);
  });
});

describe('W-FIND repository', () => {
  it("delivers the request to each chosen partner's Admin and Sales agents", async () => {
    expect(
      await sendContactRequest(db, {
        fromUserId: 'u-patti',
        partnerIds: ['fabrikam', 'litware'],
        needs: 'We need help moving mail to the cloud.',
      }),
    ).toEqual(['Fabrikam Solutions', 'Litware Inc.']);
    for (const mailbox of [
      'megan@fabrikam.example',
      'alex@fabrikam.example',
      'pradeep@litware.example',
    ]) {
      expect(
        (await mailTo(mailbox)).some(
          (m) =>
            m.body.kind === 'i18n' &&
            m.body.params?.needs === 'We need help moving mail to the cloud.',
        ),
      ).toBe(true);
    }
    // The Helpdesk agent is not a lead handler.
    expect((await mailTo('adele@fabrikam.example')).length).toBe(1);
  });
  it('refuses bad input and partner personas, storing nothing', async () => {
    const before = await db.mail.count();
    await expect(
      sendContactRequest(db, {
        fromUserId: 'u-patti',
        partnerIds: [],
        needs: 'We need help moving mail.',
      }),
    ).rejects.toThrow();
    await expect(
      sendContactRequest(db, { fromUserId: 'u-patti', partnerIds: ['fabrikam'], needs: '' }),
    ).rejects.toThrow();
    await expect(
      sendContactRequest(db, {
        fromUserId: 'u-megan',
        partnerIds: ['northwind'],
        needs: 'We need help moving mail.',
      }),
    ).rejects.toThrow();
    await expect(
      sendContactRequest(db, {
        fromUserId: 'u-patti',
        partnerIds: ['adatum'],
        needs: 'We need help moving mail.',
      }),
    ).rejects.toThrow();
    expect(await db.mail.count()).toBe(before);
  });
});
