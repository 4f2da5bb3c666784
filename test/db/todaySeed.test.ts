import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld, scenarioWorld } from '../../src/db/repositories/worldRepository';
import { loadForReview } from '../../src/db/repositories/adminRelationships';
import { defaultWorld } from '../../src/db/scenarios/default';
import {
  TODAY_AUTO_EXTEND_ID,
  TODAY_EXPIRING_ID,
  TODAY_MLT_ID,
  TODAY_PENDING_ID,
  withTodaySeed,
} from '../../src/db/scenarios/today';
import { DAY_MS, MLT_DURATION_DAYS } from '../../src/domain/adminRelationship';
import { MLT_DEFAULT_ROLES } from '../../src/domain/entraRoles';
import {
  advanceAdminRelationship,
  isExpiringWithin,
  R_GDAP_10_dapWarning,
  R_GDAP_5_mayAutoExtend,
  R_GDAP_6_isRequestExpired,
  R_GDAP_7_mayApprove,
} from '../../src/domain/gdapRules';
import { gdapReviewLink } from '../../src/domain/mailLinks';
import { checkReferences, toWorldFile, validateWorldFile } from '../../src/domain/worldFile';
import type { World } from '../../src/domain/types';

// The Today edition's seed (issue 16): a world made in Today opens onto GDAP content for every
// customer-side page; a world made in 2020 is the default world exactly as before.

const relationship = (w: World, id: string) => {
  const r = w.adminRelationships?.find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};
const reseller = (w: World, partnerId: string, customerId: string) =>
  w.relationships.find((r) => r.partnerId === partnerId && r.customerId === customerId);

describe('the 2020 seed is unchanged', () => {
  it('a 2020 world is the default world: no edition, no admin relationships, the same mail', async () => {
    const world = await scenarioWorld('default', '2020');
    expect(world).toEqual(defaultWorld());
    expect(world.adminRelationships).toBeUndefined();
    expect('edition' in world.meta).toBe(false);
  });
});

describe('the Today seed', () => {
  let world: World;
  it('is a valid world file (references, schema) in the Today edition', async () => {
    world = await scenarioWorld('default', 'today');
    expect(world.meta.edition).toBe('today');
    expect(checkReferences(world)).toEqual([]);
    expect(validateWorldFile(JSON.parse(JSON.stringify(toWorldFile(world, new Date())))).ok).toBe(
      true,
    );
  });

  it('W-GDAP-APPROVE: a pending request at Adatum, open (R-GDAP-6), approvable by Enrico (R-GDAP-7), with DAP still held (R-GDAP-10)', () => {
    const r = relationship(world, TODAY_PENDING_ID);
    const now = world.meta.now;
    expect(r).toMatchObject({
      status: 'approvalPending',
      partnerId: 'fabrikam',
      customerId: 'adatum',
    });
    expect(R_GDAP_6_isRequestExpired(r, now)).toBe(false);
    expect(R_GDAP_7_mayApprove({ tenantId: 'adatum', roles: ['globalAdmin'] }, r, now)).toBeNull();
    expect(R_GDAP_10_dapWarning(reseller(world, 'fabrikam', 'adatum'))).toBe(true);
  });

  it('the request mail in Enrico’s mailbox carries the review link', () => {
    const mail = world.mail.find(
      (m) => m.mailbox === 'enrico@adatum.example' && m.id.includes(TODAY_PENDING_ID),
    );
    expect(mail?.body).toMatchObject({
      kind: 'i18n',
      key: 'mail:seeded.gdapRequest.body',
      params: { link: gdapReviewLink(TODAY_PENDING_ID) },
    });
    // Mail parameters are text (world files store them so).
    const params = mail?.body.kind === 'i18n' ? Object.values(mail.body.params ?? {}) : [];
    expect(params.every((v) => typeof v === 'string')).toBe(true);
  });

  it('an active relationship ends in under 30 days with auto extend off (R-GDAP-9 notice sent)', () => {
    const r = relationship(world, TODAY_EXPIRING_ID);
    expect(r.status).toBe('active');
    expect(r.autoExtend).toBe(false);
    expect(isExpiringWithin(r, world.meta.now, 30)).toBe(true);
    expect(isExpiringWithin(r, world.meta.now, 7)).toBe(false);
    expect(r.noticesSent).toEqual([30]);
  });

  it('one has auto extend on, which its roles allow (R-GDAP-5)', () => {
    const r = relationship(world, TODAY_AUTO_EXTEND_ID);
    expect(r).toMatchObject({ status: 'active', autoExtend: true });
    expect(R_GDAP_5_mayAutoExtend(r.roles)).toBeNull();
  });

  it('W-DAP-TO-GDAP: the Microsoft-led MLT_ relationship with the eight default roles for a year; DAP removed 30 days later', () => {
    const r = relationship(world, TODAY_MLT_ID);
    expect(r.name).toMatch(/^MLT_[0-9a-f-]{36}$/);
    expect(r.roles).toEqual([...MLT_DEFAULT_ROLES]);
    expect(r.roles).toHaveLength(8);
    expect(r).toMatchObject({
      microsoftLed: true,
      status: 'active',
      durationDays: MLT_DURATION_DAYS,
    });
    const dap = reseller(world, 'northwind', 'tailspin')!;
    expect(dap.adminRoles).toEqual([]);
    expect(dap.type).toBe('reseller');
    expect(dap.rolesRemovedAt).toBe(r.createdAt + 30 * DAY_MS);
  });

  it('the seed is at rest: the clock at its start changes no relationship (no overdue notice or expiry)', () => {
    for (const r of world.adminRelationships ?? [])
      expect(advanceAdminRelationship(r, world.meta.now)).toEqual({ next: r, events: [] });
  });

  it('a world without the default world’s people is left as it was', () => {
    const bare = { ...defaultWorld(), users: [] };
    expect(withTodaySeed(bare)).toBe(bare);
  });
});

describe('a Today world in the database', () => {
  let db: AppDB | undefined;
  afterEach(() => db?.delete());
  it('ensureWorld in Today stores the seed; Enrico can review the pending request', async () => {
    db = new AppDB(`today-seed-${Math.random()}`);
    await ensureWorld(db, 'default', 'today');
    const stored = await readWorld(db);
    expect(stored.adminRelationships?.map((r) => r.id).sort()).toEqual(
      [TODAY_AUTO_EXTEND_ID, TODAY_EXPIRING_ID, TODAY_MLT_ID, TODAY_PENDING_ID].sort(),
    );
    const review = await loadForReview(db, 'u-enrico', TODAY_PENDING_ID);
    expect(review.ok && review.view.refusal).toBeUndefined();
    expect(review.ok && review.view.dapWarning).toBe(true);
  });
});
