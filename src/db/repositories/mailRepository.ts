import type { AppDB } from '../AppDB';
import { guardWrite, type StoreFailure } from './outcome';

/** Opening a mail marks it read: a write like any other, so its failure is an outcome the mailbox shows. */
export async function markRead(
  db: AppDB,
  mailId: string,
  read: boolean,
): Promise<{ ok: true } | StoreFailure> {
  return guardWrite(async () => {
    await db.mail.update(mailId, { read: read ? 1 : 0 });
    return { ok: true } as const;
  });
}
