import type { AppDB } from '../AppDB';
import type { Mail } from '../../domain/types';

export async function markRead(db: AppDB, mailId: string, read: boolean): Promise<void> {
  await db.mail.update(mailId, { read: read ? 1 : 0 });
}

/** Puts one copy of a mail in each recipient's mailbox, stamped with the simulated clock. */
export async function deliverMail(db: AppDB, mail: Omit<Mail, 'id' | 'mailbox' | 'sentAt' | 'read'>, newId: () => string): Promise<Mail[]> {
  return db.transaction('rw', db.mail, db.meta, async () => {
    const meta = await db.meta.get('world');
    if (!meta) throw new Error('world not initialised');
    const copies: Mail[] = mail.to.map((mailbox) => ({ ...mail, id: newId(), mailbox: mailbox.toLowerCase(), sentAt: meta.now, read: 0 }));
    await db.mail.bulkAdd(copies);
    return copies;
  });
}
