import Dexie from 'dexie';
import type { AppDB } from '../AppDB';
import type { Mail } from '../../domain/types';

/** Unread mail in a mailbox, counted on the index (no records loaded). */
export async function unreadCount(db: AppDB, mailbox: string | undefined): Promise<number> {
  if (!mailbox) return 0;
  return db.mail.where('[mailbox+read]').equals([mailbox.toLowerCase(), 0]).count();
}

/** A mailbox, newest first, one page at a time. */
export async function listMailbox(
  db: AppDB,
  args: { mailbox: string; limit: number },
): Promise<Mail[]> {
  return db.mail
    .where('[mailbox+sentAt]')
    .between([args.mailbox.toLowerCase(), Dexie.minKey], [args.mailbox.toLowerCase(), Dexie.maxKey])
    .reverse()
    .limit(args.limit)
    .toArray();
}

export async function countMailbox(db: AppDB, mailbox: string): Promise<number> {
  return db.mail
    .where('[mailbox+sentAt]')
    .between([mailbox.toLowerCase(), Dexie.minKey], [mailbox.toLowerCase(), Dexie.maxKey])
    .count();
}
