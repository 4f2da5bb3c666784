import { describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { checkStoredWorld, assertStoredWorld, StoredWorldError } from '../../src/db/storedWorld';
import { ensureWorld, readWorld, resetToScenario } from '../../src/db/repositories/worldRepository';
import { DEFAULT_START } from '../../src/db/scenarios/default';
import { rawPut } from './rawWrite';

// Issue 17, always recoverable: a stored world record an older build wrote, or someone edited
// in the developer tools, is found at start (the app then takes the safe start, which names
// it); the check itself changes nothing.

let n = 0;
async function freshDb(): Promise<AppDB> {
  const db = new AppDB(`partner-sim.world.stored-${n++}`);
  await ensureWorld(db, 'default');
  return db;
}

const clean = {
  providerLink: {
    id: 'pl-1',
    providerId: 'northwind',
    resellerId: 'fabrikam',
    createdAt: DEFAULT_START,
    providerHasAdminAccess: true,
  },
  o365Offer: {
    id: 'o-1',
    token: 'tok12345678',
    kind: 'trial',
    partnerId: 'litware',
    senderUserId: 'u-pradeep',
    services: [{ offerId: 'o365-e3', licenses: 25 }],
    includesDelegatedAdmin: false,
    state: 'sent',
    createdAt: DEFAULT_START,
    updatedAt: DEFAULT_START,
  },
  enrollment: {
    id: 'e-1',
    userId: 'u-grady',
    tenantId: 'lamnahealthcare',
    step: 'verifyEmail',
    createdAt: DEFAULT_START,
    updatedAt: DEFAULT_START,
  },
};

/** One corruption per kind of stored record; `where` is what the problem must name. */
const corruptions: {
  kind: string;
  where: RegExp;
  corrupt: (db: AppDB) => Promise<void>;
}[] = [
  {
    kind: 'meta: the clock at the platform’s largest date',
    where: /meta\.now/,
    corrupt: async (db) => rawPut(db, 'meta', { ...(await db.meta.get('world')), now: 8.64e15 }),
  },
  {
    kind: 'tenant without a name',
    where: /tenants\[\d+\]\.name/,
    corrupt: async (db) => {
      const { name: _, ...rest } = (await db.tenants.get('contoso'))!;
      await rawPut(db, 'tenants', rest);
    },
  },
  {
    kind: 'user whose display name is not text (the add-user page’s TypeError)',
    where: /users\[\d+\]\.displayName/,
    corrupt: async (db) =>
      rawPut(db, 'users', { ...(await db.users.get('u-patti')), displayName: null }),
  },
  {
    kind: 'partner in Office 365 operated by 21Vianet',
    where: /partners\[\d+\]/,
    corrupt: async (db) =>
      rawPut(db, 'partners', {
        ...(await db.partners.get('fabrikam')),
        tenantId: 'cohowinery',
        mpnId: '9999999',
      }),
  },
  {
    kind: 'relationship to a partner that does not exist',
    where: /relationships\[\d+\]\.partnerId/,
    corrupt: async (db) => {
      const [rel] = await db.relationships.toArray();
      await rawPut(db, 'relationships', { ...rel, partnerId: 'gone' });
    },
  },
  {
    kind: 'provider link with a text date',
    where: /providerLinks\[0\]\.createdAt/,
    corrupt: (db) => rawPut(db, 'providerLinks', { ...clean.providerLink, createdAt: 'yesterday' }),
  },
  {
    kind: 'invitation at an unknown state',
    where: /invitations\[\d+\]\.state/,
    corrupt: async (db) => {
      const [inv] = await db.invitations.toArray();
      await rawPut(db, 'invitations', { ...inv, state: 'exploded' });
    },
  },
  {
    kind: 'agreement of an unknown kind',
    where: /agreements\[\d+\]\.kind/,
    corrupt: async (db) => {
      const [a] = await db.agreements.toArray();
      await rawPut(db, 'agreements', { ...a, kind: 'nda' });
    },
  },
  {
    kind: 'subscription to an unknown offer',
    where: /subscriptions\[\d+\].*R-REQ-1/,
    corrupt: async (db) => {
      const [s] = await db.subscriptions.toArray();
      await rawPut(db, 'subscriptions', { ...s, offerId: 'no-such-offer' });
    },
  },
  {
    kind: 'mail without a subject',
    where: /mail\[\d+\]\.subject/,
    corrupt: async (db) => {
      const { subject: _, ...m } = (await db.mail.toArray())[0]!;
      await rawPut(db, 'mail', m);
    },
  },
  {
    kind: 'PMC account whose profiles are not a list',
    where: /pmcAccounts\[\d+\]\.profiles/,
    corrupt: async (db) => {
      const [a] = await db.pmcAccounts.toArray();
      await rawPut(db, 'pmcAccounts', { ...a, profiles: 'none' });
    },
  },
  {
    kind: 'Office 365 offer with no services',
    where: /o365Offers\[0\]\.services/,
    corrupt: (db) => rawPut(db, 'o365Offers', { ...clean.o365Offer, services: [] }),
  },
  {
    kind: 'enrollment at an unknown step',
    where: /enrollments\[0\].*W-ENROLL/,
    corrupt: (db) => rawPut(db, 'enrollments', { ...clean.enrollment, step: 'launched' }),
  },
  {
    kind: 'a prototype name as a key inside a record',
    where: /tenants\[\d+\]/,
    corrupt: async (db) =>
      rawPut(db, 'tenants', {
        ...(await db.tenants.get('contoso')),
        ['__proto__']: { polluted: true },
      }),
  },
];

describe('a stored world record that no longer fits is found at start', () => {
  it('the default world as seeded passes (and a clean record of every empty table too)', async () => {
    const db = await freshDb();
    await rawPut(db, 'providerLinks', clean.providerLink);
    await rawPut(db, 'o365Offers', clean.o365Offer);
    await rawPut(db, 'enrollments', clean.enrollment);
    expect(await checkStoredWorld(db)).toEqual([]);
    await expect(assertStoredWorld(db)).resolves.toBeUndefined();
  });

  it.each(corruptions)('$kind: named, nothing changed, usable again after reset', async (c) => {
    const db = await freshDb();
    await c.corrupt(db);
    const before = JSON.stringify(await readWorld(db));
    const problems = await checkStoredWorld(db);
    expect(problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(problems)).toMatch(c.where);
    // The start throws the error the boot turns into the safe start, carrying the same problems.
    const error = await assertStoredWorld(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredWorldError);
    expect((error as StoredWorldError).problems).toEqual(problems);
    expect(JSON.stringify(await readWorld(db))).toBe(before);
    // The safe start's reset gives a usable world.
    await resetToScenario(db, 'default');
    expect(await checkStoredWorld(db)).toEqual([]);
  });

  it('mail parameters older builds stored as numbers are not a corruption (issue 18)', async () => {
    const db = await freshDb();
    const [m] = await db.mail.toArray();
    await rawPut(db, 'mail', {
      ...m,
      subject: { kind: 'i18n', key: 'mail:x.y', params: { days: 3 } },
    });
    expect(await checkStoredWorld(db)).toEqual([]);
  });

  it('a world whose meta record is gone is reported, not thrown', async () => {
    const db = await freshDb();
    await db.backendDB().transaction('meta', 'readwrite').objectStore('meta').delete('world');
    await new Promise((r) => setTimeout(r, 10));
    expect(await checkStoredWorld(db)).toEqual([{ key: 'storedWorld.unreadable' }]);
  });
});
