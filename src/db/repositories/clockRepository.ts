import type { AppDB } from '../AppDB';
import { completeDueReviews, type ClockEventFailure } from './enrollmentRepository';
import { guardWrite, type StoreFailure } from './outcome';
import { clockInRange } from '../../domain/worldRules';
import { applyGdapClock } from './adminRelationships';

export const MAX_CLOCK_STEP_DAYS = 365;
export type { ClockEventFailure } from './enrollmentRepository';

/** The clock moved to `now`; `failed` lists the due events that could not happen (each reported, none blocking). */
export type ClockOutcome = { ok: true; now: number; failed: ClockEventFailure[] } | StoreFailure;

/**
 * Moves the simulated clock forward. Time never goes back: that would break "several days" reviews.
 * The move is its own transaction and each due event then gets its own: one event that cannot
 * happen (a rule refusal or a store error) is reported and rolled back alone, the others still
 * happen, and the clock always moves (issue 18: one clashing review used to freeze it for good).
 * A failed event stays due, so the next move tries it again.
 */
export async function advanceClock(db: AppDB, days: number): Promise<ClockOutcome> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_CLOCK_STEP_DAYS)
    throw new RangeError(`bad clock step ${days}`);
  const moved = await guardWrite(() =>
    db.transaction('rw', [db.meta], async () => {
      const meta = await db.meta.get('world');
      if (!meta) throw new Error('world not initialised');
      const now = meta.now + days * 86_400_000;
      // The clock's range (worldRules): past it, dates can't be shown and the app can't start.
      if (!clockInRange(now)) throw new RangeError(`clock out of range ${now}`);
      await db.meta.update('world', { now });
      return now;
    }),
  );
  if (typeof moved !== 'number') return moved;
  // Things that wait for simulated days happen as the clock passes them (R-IND-4).
  const failed = await completeDueReviews(db, moved);
  // The Today edition's GDAP relationships: expiry, auto extend, notices (R-GDAP-5, -6, -9).
  failed.push(...(await applyGdapClock(db, moved)));
  return { ok: true, now: moved, failed };
}
