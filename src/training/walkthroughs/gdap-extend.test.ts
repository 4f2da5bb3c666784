import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { setAutoExtend } from '../../db/repositories/adminRelationships';
import { TODAY_AUTO_EXTEND_ID, TODAY_EXPIRING_ID } from '../../db/scenarios/today';
import { gdapExtend } from './gdap-extend';

// W-GDAP-EXTEND walkthrough (Today edition): the last step is done once "Fabrikam support" has
// Auto extend on; Disable auto-extend, or enabling only another relationship, is not the step.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-extend-${++n}`);
  await ensureWorld(db, 'default', gdapExtend.edition);
});
afterEach(() => db.delete());

const done = gdapExtend.steps.find((s) => s.id === 'select-and-enable')!.done.world!;

describe('gdap-extend walkthrough', () => {
  it('is done once Enable auto-extend reached Fabrikam support', async () => {
    expect(await done(db)).toBe(false);
    expect((await setAutoExtend(db, 'u-megan', [TODAY_EXPIRING_ID], true)).ok).toBe(true);
    expect(await done(db)).toBe(true);
  });

  it('not by Disable auto-extend, nor by another relationship', async () => {
    await setAutoExtend(db, 'u-megan', [TODAY_EXPIRING_ID], false);
    await setAutoExtend(db, 'u-megan', [TODAY_AUTO_EXTEND_ID], true);
    expect(await done(db)).toBe(false);
  });
});
