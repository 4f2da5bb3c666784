import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { terminateByPartner } from '../../db/repositories/adminRelationships';
import { TODAY_AUTO_EXTEND_ID, TODAY_EXPIRING_ID } from '../../db/scenarios/today';
import { gdapTerminatePartner } from './gdap-terminate-partner';

// W-GDAP-TERMINATE-PARTNER walkthrough (Today edition): the confirm step is done once "Fabrikam
// support" is terminated by an Admin agent; the sibling terminated, or a refused attempt by a
// persona who may not (R-GDAP-2), is not the step.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-terminate-partner-${++n}`);
  await ensureWorld(db, 'default', gdapTerminatePartner.edition);
});
afterEach(() => db.delete());

const step = (id: string) => gdapTerminatePartner.steps.find((s) => s.id === id)!;

describe('gdap-terminate-partner walkthrough', () => {
  it('confirm is done once Fabrikam support is terminated', async () => {
    expect(await step('confirm').done.world!(db)).toBe(false);
    expect((await terminateByPartner(db, 'u-megan', TODAY_EXPIRING_ID)).ok).toBe(true);
    expect(await step('confirm').done.world!(db)).toBe(true);
  });

  it('not by the sibling, nor by a Sales agent’s refused attempt (R-GDAP-2)', async () => {
    expect((await terminateByPartner(db, 'u-megan', TODAY_AUTO_EXTEND_ID)).ok).toBe(true);
    expect((await terminateByPartner(db, 'u-alex', TODAY_EXPIRING_ID)).ok).toBe(false);
    expect(await step('confirm').done.world!(db)).toBe(false);
  });

  it('opens the relationship’s own page only, not the sibling’s', async () => {
    const shows = step('open-relationship').done.shows!;
    expect(
      await shows(db, { customerId: 'alpineskihouse', relationshipId: TODAY_EXPIRING_ID }),
    ).toBe(true);
    expect(
      await shows(db, { customerId: 'alpineskihouse', relationshipId: TODAY_AUTO_EXTEND_ID }),
    ).toBe(false);
  });
});
