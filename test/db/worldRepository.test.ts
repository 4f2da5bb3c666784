import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import {
  ensureWorld,
  readWorld,
  replaceWorld,
  resetToScenario,
} from '../../src/db/repositories/worldRepository';
import { advanceClock } from '../../src/db/repositories/clockRepository';
import { markRead } from '../../src/db/repositories/mailRepository';
import { deliverMail } from '../../src/db/repositories/mailOut';
import { unreadCount, listMailbox } from '../../src/db/queries/mail';
import { customerPage } from '../../src/db/queries/customers';
import { listPersonas, loadPersona } from '../../src/db/queries/personas';
import { defaultWorld, relationship } from '../../src/db/scenarios/default';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`test-world-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('world repository', () => {
  it('seeds the default world once, even when two tabs open at the same time', async () => {
    const other = new AppDB(db.name);
    await Promise.all([ensureWorld(db, 'default'), ensureWorld(other, 'default')]);
    expect(await db.tenants.count()).toBe(defaultWorld().tenants.length);
    expect(await db.users.count()).toBe(defaultWorld().users.length);
    other.close();
  });

  it('has the named tenants and personas of the default world', async () => {
    await ensureWorld(db, 'default');
    const names = (await db.tenants.toArray()).map((t) => t.name);
    for (const name of [
      'Fabrikam Solutions',
      'Northwind Distribution',
      'Contoso Ltd',
      'Adatum Corporation',
      'Wide World Importers',
      'Relecloud',
      'Fourth Coffee',
      'Trey Research',
      'Woodgrove Bank',
      'Coho Winery',
      'Litware Inc.',
      'Proseware',
      'Lamna Healthcare',
    ]) {
      expect(names).toContain(name);
    }
    expect(await db.users.where('email').equals('megan@fabrikam.example').first()).toMatchObject({
      displayName: 'Megan Bowen',
      roles: ['adminAgent', 'globalAdmin'],
    });
    // Contoso has not accepted the MCA and has no partner; Adatum has both.
    expect(await db.agreements.where('[tenantId+kind]').equals(['contoso', 'mca']).count()).toBe(0);
    expect(await db.relationships.where('customerId').equals('contoso').count()).toBe(0);
    expect(await db.relationships.where('customerId').equals('adatum').first()).toMatchObject({
      partnerId: 'fabrikam',
      adminRoles: ['globalAdmin', 'helpdeskAdmin'],
    });
  });

  it('exports what it stores (readWorld round-trips)', async () => {
    await ensureWorld(db, 'default');
    const world = await readWorld(db);
    const expected = defaultWorld();
    expect(world.meta).toEqual(expected.meta);
    expect(world.users.length).toBe(expected.users.length);
    await resetToScenario(db, 'default');
    expect(await readWorld(db)).toEqual(world);
  });

  it('replaces the whole world atomically: a failing write leaves the old world intact', async () => {
    await ensureWorld(db, 'default');
    const before = await readWorld(db);
    const broken = defaultWorld();
    broken.users.push({ ...broken.users[0]!, id: 'u-dup' }); // same email: violates the unique index
    await expect(replaceWorld(db, broken)).rejects.toThrow();
    expect(await readWorld(db)).toEqual(before);
  });

  it('advances the clock forward only, by whole days', async () => {
    await ensureWorld(db, 'default');
    const start = (await db.meta.get('world'))!.now;
    await advanceClock(db, 3);
    expect((await db.meta.get('world'))!.now).toBe(start + 3 * 86_400_000);
    await expect(advanceClock(db, 0)).rejects.toThrow(RangeError);
    await expect(advanceClock(db, -1)).rejects.toThrow(RangeError);
    await expect(advanceClock(db, 1.5)).rejects.toThrow(RangeError);
  });
});

describe('mail repository', () => {
  it('delivers one copy per recipient at the simulated time, unread', async () => {
    await ensureWorld(db, 'default');
    const now = (await db.meta.get('world'))!.now;
    const [copy] = await db.transaction('rw', db.mail, db.meta, () =>
      deliverMail(db, {
        fromName: 'Megan Bowen',
        fromEmail: 'megan@fabrikam.example',
        to: ['Patti@contoso.example', 'lee@contoso.example'],
        subject: { kind: 'plain', text: 'Hi' },
        body: { kind: 'plain', text: 'Body' },
      }),
    );
    expect(await unreadCount(db, 'patti@contoso.example')).toBe(2); // welcome + new
    expect(await unreadCount(db, 'lee@contoso.example')).toBe(2);
    const inbox = await listMailbox(db, { mailbox: 'patti@contoso.example', limit: 10 });
    expect(inbox[0]).toMatchObject({
      id: copy!.id,
      mailbox: 'patti@contoso.example',
      sentAt: now,
      read: 0,
      subject: { kind: 'plain', text: 'Hi' },
    });
    await markRead(db, copy!.id, true);
    expect(await unreadCount(db, 'patti@contoso.example')).toBe(1);
  });
});

describe('queries', () => {
  it('pages and prefix-searches a partner customers on the index', async () => {
    await ensureWorld(db, 'default');
    const rels = Array.from({ length: 45 }, (_, i) =>
      relationship(
        'fabrikam',
        { id: `c${i}`, name: `Customer ${String(i).padStart(2, '0')}` },
        false,
        0,
      ),
    );
    await db.tenants.bulkAdd(
      rels.map((r) => ({
        id: r.customerId,
        name: r.customerName,
        domain: `${r.customerId}.example`,
        kind: 'customer' as const,
        cloud: 'public' as const,
        country: 'US',
      })),
    );
    await db.relationships.bulkAdd(rels);
    const first = await customerPage(db, {
      partnerId: 'fabrikam',
      search: '',
      dir: 'asc',
      page: 0,
      pageSize: 20,
    });
    expect(first.total).toBe(47); // + Adatum Corporation and Alpine Ski House
    expect(first.rows[0]!.customerName).toBe('Adatum Corporation');
    const last = await customerPage(db, {
      partnerId: 'fabrikam',
      search: '',
      dir: 'asc',
      page: 2,
      pageSize: 20,
    });
    expect(last.rows.map((r) => r.customerName)).toEqual([
      'Customer 38',
      'Customer 39',
      'Customer 40',
      'Customer 41',
      'Customer 42',
      'Customer 43',
      'Customer 44',
    ]);
    const desc = await customerPage(db, {
      partnerId: 'fabrikam',
      search: '',
      dir: 'desc',
      page: 0,
      pageSize: 1,
    });
    expect(desc.rows[0]!.customerName).toBe('Customer 44');
    const search = await customerPage(db, {
      partnerId: 'fabrikam',
      search: 'CUSTOMER 1',
      dir: 'asc',
      page: 0,
      pageSize: 20,
    });
    expect(search.total).toBe(10);
    // R-IND-9: another partner's customers never appear.
    const northwind = await customerPage(db, {
      partnerId: 'northwind',
      search: '',
      dir: 'asc',
      page: 0,
      pageSize: 20,
    });
    expect(northwind.rows.map((r) => r.customerName)).toEqual(['Tailspin Toys']);
  });

  it('loads a persona with its portal and falls back to the default persona', async () => {
    await ensureWorld(db, 'default');
    expect(await loadPersona(db, 'u-joni')).toMatchObject({
      portal: 'office-admin-portal',
      tenant: { name: 'Fourth Coffee' },
    });
    expect(await loadPersona(db, 'u-diego')).toMatchObject({
      portal: 'partner-center',
      subject: { programs: ['cspIndirectProvider'] },
    });
    expect(await loadPersona(db, 'u-gone')).toMatchObject({ user: { id: 'u-megan' } });
    const personas = await listPersonas(db);
    expect(personas.find((p) => p.userId === 'u-megan')).toMatchObject({
      displayName: 'Megan Bowen',
      primaryRole: 'adminAgent',
      tenantName: 'Fabrikam Solutions',
    });
  });
});
