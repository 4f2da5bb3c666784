import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { AppDB } from '../../src/db/AppDB';
import { readWorld } from '../../src/db/repositories/worldRepository';
import { parseWorldFile } from '../../src/domain/worldFile';

// A database exactly as schema version 1 wrote it. The store list is a frozen copy of
// version 1: when AppDB gains version 2, this test proves the upgrade keeps every record.
const FROZEN_V1 = {
  meta: 'key',
  tenants: 'id, kind, &domain',
  users: 'id, tenantId, &email',
  partners: 'tenantId, &mpnId',
  relationships:
    'id, partnerId, customerId, &[partnerId+customerId], [resellerOf+customerNameLower]',
  providerLinks: 'id, providerId, resellerId, &[providerId+resellerId]',
  invitations: 'id, &token, partnerId, customerId',
  agreements: 'id, [tenantId+kind]',
  subscriptions: 'id, tenantId, partnerId',
  mail: 'id, [mailbox+sentAt], [mailbox+read]',
  pmcAccounts: 'id, &userName',
  o365Offers: 'id, &token, partnerId, customerId',
  enrollments: 'id, userId, tenantId',
  snapshots: 'key',
};

describe('schema version 1 fixture', () => {
  it('opens a version-1 database and finds every record', async () => {
    const parsed = parseWorldFile(readFileSync('test/fixtures/world-v1.json', 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const world = parsed.world;
    const name = 'fixture-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(FROZEN_V1);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('meta').put(world.meta);
      for (const table of [
        'tenants',
        'users',
        'partners',
        'relationships',
        'providerLinks',
        'invitations',
        'agreements',
        'subscriptions',
        'mail',
        'pmcAccounts',
        'o365Offers',
        'enrollments',
      ] as const) {
        await v1.table(table).bulkAdd(world[table]);
      }
    });
    v1.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    const read = await readWorld(db);
    for (const table of [
      'tenants',
      'users',
      'partners',
      'relationships',
      'providerLinks',
      'invitations',
      'agreements',
      'subscriptions',
      'mail',
      'pmcAccounts',
      'o365Offers',
      'enrollments',
    ] as const) {
      const byId = (rows: unknown[]) =>
        [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(byId(read[table]), table).toEqual(byId(world[table]));
    }
    expect(read.meta).toEqual(world.meta);
    await db.delete();
  });
});
