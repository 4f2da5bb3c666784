import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import {
  removeRolesByCustomer,
  terminateByPartner,
} from '../../db/repositories/adminRelationships';
import { TODAY_EXPIRING_ID } from '../../db/scenarios/today';
import { readOutcome } from '../progress/outcome';
import { missedOutcome } from '../progress/scoring';
import { gdapTerminateCustomer, gdapTerminated } from './gdap-terminate-customer';

// W-GDAP-TERMINATE-CUSTOMER walkthrough (Today edition): Brian's Remove roles > Yes ends both of
// Fabrikam's admin relationships with Alpine Ski House; one ended by the partner is not the step;
// the reseller relationship stays.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-terminate-customer-${++n}`);
  await ensureWorld(db, 'default', gdapTerminateCustomer.edition);
});
afterEach(() => db.delete());

const confirm = gdapTerminateCustomer.steps.find((s) => s.id === 'confirm')!;

describe('gdap-terminate-customer walkthrough', () => {
  it('the confirm step is done once Remove roles terminated every Fabrikam relationship', async () => {
    expect(await confirm.done.world!(db)).toBe(false);
    const out = await removeRolesByCustomer(db, 'u-brian', 'fabrikam');
    expect(out.ok).toBe(true);
    expect(await gdapTerminated(db)).toBe(true);
    expect(missedOutcome(await readOutcome(gdapTerminateCustomer, db))).toEqual([]);
  });

  it('one relationship terminated by the partner is not the step', async () => {
    expect((await terminateByPartner(db, 'u-megan', TODAY_EXPIRING_ID)).ok).toBe(true);
    expect(await confirm.done.world!(db)).toBe(false);
  });

  it('nothing done: the outcome is missed', async () => {
    expect(missedOutcome(await readOutcome(gdapTerminateCustomer, db)).map((f) => f.id)).toEqual([
      'terminated',
    ]);
  });
});
