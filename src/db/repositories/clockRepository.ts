import type { AppDB } from '../AppDB';
import { completeDueReviews } from './enrollmentRepository';
import { clockInRange } from '../../domain/worldRules';

export const MAX_CLOCK_STEP_DAYS = 365;

/** Moves the simulated clock forward. Time never goes back: that would break "several days" reviews. */
export async function advanceClock(db: AppDB, days: number): Promise<number> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_CLOCK_STEP_DAYS) throw new RangeError(`bad clock step ${days}`);
  return db.transaction('rw', [db.meta, db.enrollments, db.tenants, db.partners, db.mail], async () => {
    const meta = await db.meta.get('world');
    if (!meta) throw new Error('world not initialised');
    const now = meta.now + days * 86_400_000;
    // The clock's range (worldRules): past it, dates can't be shown and the app can't start.
    if (!clockInRange(now)) throw new RangeError(`clock out of range ${now}`);
    await db.meta.update('world', { now });
    // Things that wait for simulated days happen as the clock passes them (R-IND-4).
    await completeDueReviews(db, now);
    return now;
  });
}
