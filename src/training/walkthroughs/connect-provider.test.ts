import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import {
  authorizeProvider,
  inviteIndirectReseller,
} from '../../db/repositories/providerRepository';
import { linkedPartners } from '../../db/queries/tenants';
import { connectProvider, providerAuthorized, providerInvitationSent } from './connect-provider';

// W-CONNECT-PROVIDER walkthrough: Fabrikam is not linked in the default world; the predicates
// describe Northwind's invitation sent and Fabrikam's authorization.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-connect-provider-${++n}`);
  await ensureWorld(db, 'default');
  await connectProvider.setup?.(db);
});
afterEach(() => db.delete());

describe('connect-provider walkthrough', () => {
  it('starts with Fabrikam not linked to any provider', async () => {
    expect(await db.providerLinks.count()).toBe(0);
    expect(await providerInvitationSent(db)).toBe(false);
    expect(await providerAuthorized(db)).toBe(false);
  });

  it('invite-reseller is done once Diego invites Megan; authorize once Megan authorizes', async () => {
    expect(await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example')).toMatchObject({
      ok: true,
    });
    expect(await providerInvitationSent(db)).toBe(true);
    expect(await providerAuthorized(db)).toBe(false);
    const invitation = (await db.invitations.where('partnerId').equals('northwind').toArray()).find(
      (i) => i.kind === 'indirectProvider',
    )!;
    // The mail Megan opens is keyed by its subject (mail.item, key providers:mail.invitation.subject).
    const mail = await db.mail.filter((m) => m.invitationId === invitation.id).first();
    expect(mail).toMatchObject({
      mailbox: 'megan@fabrikam.example',
      subject: { kind: 'i18n', key: 'providers:mail.invitation.subject' },
    });
    expect(await authorizeProvider(db, invitation.token, 'u-megan', true)).toMatchObject({
      ok: true,
    });
    expect(await providerAuthorized(db)).toBe(true);
    // Each side lists the other (view-customers, provider-sees-reseller).
    expect(
      (await linkedPartners(db, { tenantId: 'fabrikam', side: 'providers' })).map(
        (p) => p.tenant?.id,
      ),
    ).toEqual(['northwind']);
    expect(
      (await linkedPartners(db, { tenantId: 'northwind', side: 'resellers' })).map(
        (p) => p.tenant?.id,
      ),
    ).toEqual(['fabrikam']);
  });
});
