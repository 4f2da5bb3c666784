import type { AppDB } from '../../db/AppDB';
import { newInvitationToken, sendInvitation } from '../../db/repositories/requestRepository';
import { invitationLink } from '../../domain/mailLinks';

/**
 * Fabrikam Solutions (Megan Bowen, Admin agent) invites a customer's admin to a reseller
 * relationship with delegated admin privileges, through the request repository as Partner
 * Center does (every rule checked, invitation and mail written together). The mail then gets
 * the simulator's invitation template, so the learner reads it in their language.
 */
export async function sendFabrikamInvitation(db: AppDB, to: string): Promise<void> {
  const token = newInvitationToken();
  const link = invitationLink(token);
  await db.transaction(
    'rw',
    [db.users, db.tenants, db.partners, db.providerLinks, db.invitations, db.mail, db.meta],
    async () => {
      const outcome = await sendInvitation(db, 'u-megan', {
        kind: 'reseller',
        includeAdminRoles: true,
        token,
        link,
        to,
        draft: {
          subject: 'Fabrikam Solutions invites you to a reseller relationship',
          body: `Fabrikam Solutions would like to work with your organization as your reseller, with delegated administration privileges.\n\nTo review and accept, select this link:\n${link}\n\nMegan Bowen`,
        },
      });
      if (!outcome.ok) throw new Error(`setup: the invitation was not sent (${outcome.key})`);
      const invitation = await db.invitations.where('token').equals(token).first();
      const recipient = await db.users.where('email').equals(to).first();
      if (!invitation || !recipient) throw new Error('setup: invitation or recipient missing');
      await db.mail
        .where('[mailbox+sentAt]')
        .between([to, -Infinity], [to, Infinity])
        .filter((m) => m.invitationId === invitation.id)
        .modify({
          subject: {
            kind: 'i18n',
            key: 'mail:seeded.invitation.subject',
            params: { partner: 'Fabrikam Solutions' },
          },
          body: {
            kind: 'i18n',
            key: 'mail:seeded.invitation.body',
            params: {
              partner: 'Fabrikam Solutions',
              name: recipient.displayName,
              sender: 'Megan Bowen',
              link,
            },
          },
        });
    },
  );
}
