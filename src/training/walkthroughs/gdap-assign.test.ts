import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { prepareFreshWorld } from '../trainingWorld';
import { assignSecurityGroups } from '../../db/repositories/adminRelationships';
import { TODAY_PENDING_ID } from '../../db/scenarios/today';
import { gdapAssign, helpdeskAssigned } from './gdap-assign';

// W-GDAP-ASSIGN walkthrough (Today edition): its setup approves "Fabrikam helpdesk" with no
// assignment (R-GDAP-8: nobody has access); the last step is done once HelpdeskAgents hold
// Helpdesk Administrator, not by another group, and a role Adatum did not approve is refused.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-assign-${++n}`);
  await db.open();
  await prepareFreshWorld(db, gdapAssign);
});
afterEach(() => db.delete());

describe('gdap-assign walkthrough', () => {
  it('starts from the approved relationship with no security group', async () => {
    const r = await db.adminRelationships.get(TODAY_PENDING_ID);
    expect(r?.status).toBe('active');
    expect(r?.assignments).toEqual([]);
    expect(await helpdeskAssigned(db)).toBe(false);
  });

  it('is done once HelpdeskAgents hold Helpdesk Administrator; SalesAgents is not the step', async () => {
    const roles = ['helpdeskAdministrator'] as const;
    expect(
      (await assignSecurityGroups(db, 'u-megan', TODAY_PENDING_ID, ['salesAgents'], roles)).ok,
    ).toBe(true);
    expect(await helpdeskAssigned(db)).toBe(false);
    expect(
      (await assignSecurityGroups(db, 'u-megan', TODAY_PENDING_ID, ['helpdeskAgents'], roles)).ok,
    ).toBe(true);
    expect(await helpdeskAssigned(db)).toBe(true);
  });

  it('R-GDAP-8: a role Adatum did not approve is refused and completes nothing', async () => {
    const out = await assignSecurityGroups(
      db,
      'u-megan',
      TODAY_PENDING_ID,
      ['helpdeskAgents'],
      ['globalAdministrator'],
    );
    expect(out.ok).toBe(false);
    expect(await helpdeskAssigned(db)).toBe(false);
  });
});
