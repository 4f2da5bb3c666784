import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { acceptInvitation as acceptRepo } from '../../db/repositories/invitationRepository';
import { splitMailText } from '../../domain/mailLinks';
import { acceptInvitation, fabrikamContoso } from './accept-invitation';

// W-ACCEPT: the setup puts Fabrikam's invitation in Patti's mailbox; the accept step is done
// exactly when the invitation has been accepted (R-MPR-3).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-accept-invitation-${++n}`);
  await ensureWorld(db, 'default');
  await acceptInvitation.setup!(db);
});
afterEach(() => db.delete());

const inbox = (email: string) =>
  db.mail
    .where('[mailbox+sentAt]')
    .between([email, -Infinity], [email, Infinity])
    .reverse()
    .toArray();
const step = (id: string) => acceptInvitation.steps.find((s) => s.id === id)!;

describe('accept-invitation walkthrough', () => {
  it('setup: Fabrikam invited Contoso with admin roles, and the mail is the newest in Patti’s inbox', async () => {
    const invitations = await db.invitations.where('partnerId').equals('fabrikam').toArray();
    expect(invitations).toHaveLength(1);
    const [inv] = invitations;
    expect(inv).toMatchObject({
      customerId: 'contoso',
      state: 'sent',
      includesAdminRoles: true,
      linkDelivered: true,
      senderUserId: 'u-megan',
      kind: 'reseller',
    });
    const [newest] = await inbox('patti@contoso.example');
    expect(newest?.invitationId).toBe(inv!.id);
    expect(newest?.subject).toMatchObject({ kind: 'i18n', key: 'mail:seeded.invitation.subject' });
    // The link in the mail is the invitation's personal link (mail.link key partner-invitation).
    const body = newest!.body;
    expect(body.kind).toBe('i18n');
    const link = body.kind === 'i18n' ? String(body.params?.link) : '';
    expect(splitMailText(link)).toEqual([
      { type: 'link', text: link, route: `/partner-invitation/${inv!.token}` },
    ]);
    expect(await fabrikamContoso(db)).toBeUndefined();
  });

  it('the accept step is done once the invitation is accepted, not before', async () => {
    const done = step('accept').done.world!;
    expect(await done(db)).toBe(false);
    const inv = (await db.invitations.where('partnerId').equals('fabrikam').first())!;
    expect(await acceptRepo(db, inv.token, 'u-patti')).toEqual({ ok: true, mcaAccepted: true });
    expect(await done(db)).toBe(true);
  });

  // Issue 11: opening the Welcome mail by mistake must not complete "open the invitation".
  it('open-message is done by the invitation mail only, not by another message of the mailbox', async () => {
    const step = acceptInvitation.steps[0]!;
    const box = await db.mail
      .where('[mailbox+sentAt]')
      .between(['patti@contoso.example', 0], ['patti@contoso.example', Infinity])
      .toArray();
    const invitation = box.filter((m) => m.invitationId !== undefined);
    const others = box.filter((m) => m.invitationId === undefined);
    expect(invitation).toHaveLength(1);
    expect(others.length).toBeGreaterThan(0);
    expect(await step.done.shows!(db, { id: invitation[0]!.id })).toBe(true);
    for (const m of others) expect(await step.done.shows!(db, { id: m.id })).toBe(false);
    expect(await step.done.shows!(db, { id: 'no-such-mail' })).toBe(false);
  });
});
