import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { prepareFreshWorld } from '../trainingWorld';
import {
  activatePendingAssignments,
  assignSecurityGroups,
} from '../../db/repositories/adminRelationships';
import { partnerAccessAt } from '../../db/queries/gdapPartner';
import { TODAY_MLT_ID } from '../../db/scenarios/today';
import { MLT_DEFAULT_ROLES } from '../../domain/entraRoles';
import {
  accessThroughGdap,
  adminAgentRoles,
  adminAgentsAssigned,
  gdapTransition,
  TRANSITION_ROLES,
} from './gdap-transition';

// W-DAP-TO-GDAP walkthrough (Today edition, the Microsoft-led variant): Tailspin's MLT_
// relationship has its eight roles and no group; Northwind's DAP there is gone. The audit shows
// both; access comes through GDAP only once AdminAgents' assignment is Active (R-GDAP-8, -10).

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-gdap-transition-${++n}`);
  await db.open();
  await prepareFreshWorld(db, gdapTransition);
});
afterEach(() => db.delete());

const audit = () =>
  partnerAccessAt(db, { partnerId: 'northwind', customerId: 'tailspin', userId: 'u-diego' });

describe('gdap-transition walkthrough', () => {
  it('starts after the transition: the MLT_ relationship unassigned, DAP removed, no access', async () => {
    const r = await db.adminRelationships.get(TODAY_MLT_ID);
    expect(r).toMatchObject({ microsoftLed: true, status: 'active', assignments: [] });
    expect(r?.roles).toEqual([...MLT_DEFAULT_ROLES]);
    const view = await audit();
    expect(view.dap?.roles).toEqual([]);
    expect(view.dap?.removedAt).toBeLessThan(Date.now() + 1e12);
    expect(view.access).toEqual({ via: 'none' });
    expect(await adminAgentsAssigned(db)).toBe(false);
    expect(await accessThroughGdap(db)).toBe(false);
  });

  it('R-GDAP-8: access comes through GDAP once the AdminAgents assignment is Active, not while Pending', async () => {
    const out = await assignSecurityGroups(
      db,
      'u-diego',
      TODAY_MLT_ID,
      ['adminAgents'],
      TRANSITION_ROLES,
    );
    expect(out.ok).toBe(true);
    expect(await adminAgentRoles(db)).toEqual([...TRANSITION_ROLES]);
    expect(await adminAgentsAssigned(db)).toBe(true);
    expect(await accessThroughGdap(db)).toBe(false);
    expect((await audit()).access).toEqual({ via: 'none' });
    await activatePendingAssignments(db, TODAY_MLT_ID);
    expect(await accessThroughGdap(db)).toBe(true);
    expect((await audit()).access).toEqual({ via: 'gdap', roles: [...TRANSITION_ROLES] });
  });

  it('HelpdeskAgents (Diego is not a member) give Diego no access', async () => {
    await assignSecurityGroups(db, 'u-diego', TODAY_MLT_ID, ['helpdeskAgents'], TRANSITION_ROLES);
    await activatePendingAssignments(db, TODAY_MLT_ID);
    expect(await adminAgentsAssigned(db)).toBe(false);
    expect(await accessThroughGdap(db)).toBe(false);
  });

  it('R-GDAP-10: where the partner still holds DAP, the audit says so and access comes by DAP', async () => {
    const view = await partnerAccessAt(db, {
      partnerId: 'fabrikam',
      customerId: 'adatum',
      userId: 'u-megan',
    });
    expect(view.dap?.roles).toEqual(['globalAdmin', 'helpdeskAdmin']);
    expect(view.access).toEqual({ via: 'dap', roles: ['globalAdmin', 'helpdeskAdmin'] });
    // Another partner's user reads no access at all.
    const other = await partnerAccessAt(db, {
      partnerId: 'fabrikam',
      customerId: 'adatum',
      userId: 'u-diego',
    });
    expect(other.access).toEqual({ via: 'none' });
  });
});
