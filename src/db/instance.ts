import type { AppDB } from './AppDB';

// The one database of this tab, set once by main.ts before the app mounts.
let current: AppDB | undefined;
let persistent = true;

export function setDatabase(db: AppDB, isPersistent: boolean): void {
  current = db;
  persistent = isPersistent;
}

export function getDb(): AppDB {
  if (!current) throw new Error('database not opened yet');
  return current;
}

export function isPersistent(): boolean {
  return persistent;
}
