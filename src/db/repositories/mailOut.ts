import type { AppDB } from '../AppDB';
import type { Mail, MailText } from '../../domain/types';
import { randomId } from '../../domain/ids';

// Notifications the documentation attributes to Microsoft's systems. Distinct from the simulator's own welcome mail.
export const SYSTEM_SENDER = {
  fromName: 'Microsoft',
  fromEmail: 'no-reply@microsoft.partner-sim.example',
} as const;

/**
 * Delivers at once, with no queue in between: adds one mail copy per recipient, stamped with the simulated clock. Call it inside the
 * caller's transaction (which must include db.mail and db.meta), so the mail exists exactly
 * when the change it reports does.
 */
export async function deliverMail(
  db: AppDB,
  mail: {
    to: string[];
    subject: MailText;
    body: MailText;
    fromName: string;
    fromEmail: string;
    invitationId?: string;
  },
): Promise<Mail[]> {
  const meta = await db.meta.get('world');
  if (!meta) throw new Error('world not initialised');
  const copies: Mail[] = [...new Set(mail.to.map((t) => t.toLowerCase()))].map((mailbox) => ({
    id: randomId('mail'),
    mailbox,
    fromName: mail.fromName,
    fromEmail: mail.fromEmail,
    to: mail.to,
    subject: mail.subject,
    body: mail.body,
    sentAt: meta.now,
    read: 0,
    ...(mail.invitationId ? { invitationId: mail.invitationId } : {}),
  }));
  await db.mail.bulkAdd(copies);
  return copies;
}

/**
 * A mail a user wrote in the composer (an invitation, an offer, a GDAP request), sent as they
 * wrote it: their name and address as sender, the subject trimmed, the body as typed (plain
 * text, never markup). Same transaction rules as deliverMail.
 */
export function deliverComposedMail(
  db: AppDB,
  from: { displayName: string; email: string },
  to: string[],
  draft: { subject: string; body: string },
  invitationId?: string,
): Promise<Mail[]> {
  return deliverMail(db, {
    fromName: from.displayName,
    fromEmail: from.email,
    to,
    subject: { kind: 'plain', text: draft.subject.trim() },
    body: { kind: 'plain', text: draft.body },
    ...(invitationId ? { invitationId } : {}),
  });
}
