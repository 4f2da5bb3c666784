import type { AppDB } from '../AppDB';

export const MAX_CLOCK_STEP_DAYS = 365;

/** Moves the simulated clock forward. Time never goes back: that would break "several days" reviews. */
export async function advanceClock(db: AppDB, days: number): Promise<number> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_CLOCK_STEP_DAYS) throw new RangeError(`bad clock step ${days}`);
  return db.transaction('rw', db.meta, async () => {
    const meta = await db.meta.get('world');
    if (!meta) throw new Error('world not initialised');
    const now = meta.now + days * 86_400_000;
    await db.meta.update('world', { now });
    return now;
  });
}
