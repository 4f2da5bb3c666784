import { readOutcome } from '../progress/outcome';
import { missedOutcome } from '../progress/scoring';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import { removeCustomerRelationship } from '../../db/repositories/customerManagementRepository';
import { customerPage } from '../../db/queries/customers';
import { customerRemoved, removeRelationship } from './remove-relationship';

// W-REMOVE-REL walkthrough: the world predicate is "Adatum left Fabrikam's Customers list".

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-remove-relationship-${++n}`);
  await ensureWorld(db, 'default');
  await removeRelationship.setup?.(db);
});
afterEach(() => db.delete());

const customers = async () =>
  (
    await customerPage(db, { partnerId: 'fabrikam', search: '', dir: 'asc', page: 0, pageSize: 20 })
  ).rows.map((r) => r.customerId);

describe('remove-relationship walkthrough', () => {
  it('starts with Adatum on the list', async () => {
    expect(await customers()).toContain('adatum');
    expect(await customerRemoved(db)).toBe(false);
  });

  it('is done once the relationship is removed; DAP stays (R-IND-12)', async () => {
    expect(await removeCustomerRelationship(db, 'u-megan', 'adatum', true)).toMatchObject({
      ok: true,
    });
    expect(await customerRemoved(db)).toBe(true);
    expect(await customers()).not.toContain('adatum');
    const rel = await db.relationships
      .where('[partnerId+customerId]')
      .equals(['fabrikam', 'adatum'])
      .first();
    expect(rel?.adminRoles).toEqual(['globalAdmin', 'helpdeskAdmin']);
  });

  it('is not done by a refused removal (no attestation)', async () => {
    expect(await removeCustomerRelationship(db, 'u-megan', 'adatum', false)).toMatchObject({
      ok: false,
    });
    expect(await customerRemoved(db)).toBe(false);
  });

  // Issue 11: removing the sibling customer (Alpine Ski House) must not count as the goal.
  it('outcome: removing Alpine Ski House instead of Adatum misses both facts; removing Adatum meets them', async () => {
    expect(await removeCustomerRelationship(db, 'u-megan', 'alpineskihouse', true)).toMatchObject({
      ok: true,
    });
    expect(missedOutcome(await readOutcome(removeRelationship, db)).map((f) => f.id)).toEqual([
      'customer-removed',
      'others-kept',
    ]);
    expect(await customerRemoved(db)).toBe(false);
  });

  it('outcome: the intended removal meets every fact', async () => {
    expect(await removeCustomerRelationship(db, 'u-megan', 'adatum', true)).toMatchObject({
      ok: true,
    });
    expect(missedOutcome(await readOutcome(removeRelationship, db))).toEqual([]);
  });
});
