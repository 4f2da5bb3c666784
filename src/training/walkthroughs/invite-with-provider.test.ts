import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { newInvitationToken, sendInvitation } from '../../db/repositories/requestRepository';
import { acceptInvitation } from '../../db/repositories/invitationRepository';
import { invitationLink } from '../../domain/mailLinks';
import { bothAuthorized, inviteWithProvider, threeWaySent } from './invite-with-provider';

// W-INVITE-3WAY walkthrough: setup links Fabrikam with its indirect provider Northwind; the
// world predicates describe the three-way invitation sent and accepted.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-invite-with-provider-${++n}`);
  await ensureWorld(db, 'default');
  await inviteWithProvider.setup?.(db);
});
afterEach(() => db.delete());

async function threeWayRequest(): Promise<string> {
  const token = newInvitationToken();
  const link = invitationLink(token);
  const sent = await sendInvitation(db, 'u-megan', {
    kind: 'resellerWithProvider',
    providerId: 'northwind',
    includeAdminRoles: true,
    token,
    link,
    to: 'patti@contoso.example',
    draft: {
      subject: 'Fabrikam Solutions and Northwind Distribution',
      body: `Please accept: ${link}`,
    },
  });
  expect(sent).toEqual({ ok: true, customerName: 'Contoso Ltd' });
  return token;
}

describe('invite-with-provider walkthrough', () => {
  it('setup links Fabrikam with Northwind (admin access included) and touches no customer', async () => {
    const links = await db.providerLinks.toArray();
    expect(links).toMatchObject([
      { providerId: 'northwind', resellerId: 'fabrikam', providerHasAdminAccess: true },
    ]);
    expect(await db.relationships.where('customerId').equals('contoso').count()).toBe(0);
    expect(await threeWaySent(db)).toBe(false);
    expect(await bothAuthorized(db)).toBe(false);
  });

  it('send-email is done once the three-way invitation is sent; accept-both once Patti accepts', async () => {
    const token = await threeWayRequest();
    expect(await threeWaySent(db)).toBe(true);
    expect(await bothAuthorized(db)).toBe(false);
    expect(await acceptInvitation(db, token, 'u-patti')).toMatchObject({ ok: true });
    expect(await bothAuthorized(db)).toBe(true);
  });

  it('Patti has no other mail newer than the invitation', async () => {
    await threeWayRequest();
    const newest = await db.mail
      .where('[mailbox+sentAt]')
      .between(['patti@contoso.example', 0], ['patti@contoso.example', Infinity])
      .last();
    expect(newest?.subject).toMatchObject({ kind: 'plain' });
  });
});
