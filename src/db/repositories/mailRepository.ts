import type { AppDB } from '../AppDB';

export async function markRead(db: AppDB, mailId: string, read: boolean): Promise<void> {
  await db.mail.update(mailId, { read: read ? 1 : 0 });
}
