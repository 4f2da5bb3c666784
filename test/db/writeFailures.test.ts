import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import {
  createWorkAccount,
  submitEnrollment,
  verifyEnrollmentEmail,
} from '../../src/db/repositories/enrollmentRepository';
import { advanceClock } from '../../src/db/repositories/clockRepository';
import { hashPassword } from '../../src/domain/passwords';
import { emptyProfile } from '../../src/domain/enrollRules';

// Issue 18: two companies enrolling with one MPN ID used to freeze the clock for good.

const DAY = 86_400_000;
let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`write-failures-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const profileOf = (legalName: string, domain: string, contact: string) => ({
  ...emptyProfile(),
  legalName,
  addressLine: '1 Main Street',
  city: 'Seattle',
  postalCode: '98052',
  phone: '+1 425 555 0100',
  contactFirstName: 'Ann',
  contactLastName: 'Lee',
  contactEmail: `${contact}@${domain}`,
  contactPhone: '+1 425 555 0101',
  supportEmail: `support@${domain}`,
  supportPhone: '+1 425 555 0102',
});
const lamna = profileOf('Lamna Healthcare', 'lamnahealthcare.example', 'grady');

async function secondCompany(): Promise<string> {
  const account = {
    organization: 'Contoso Health',
    domainPrefix: 'contosohealth',
    country: 'US',
    displayName: 'Ann Lee',
    userName: 'ann',
    password: 'Good-Pass-42',
    confirmation: 'Good-Pass-42',
  };
  const created = await createWorkAccount(db, account, await hashPassword(account.password), [
    'US',
  ]);
  if (!created.ok) throw new Error(created.key);
  return (await db.users.where('email').equals(created.userName).first())!.id;
}

const clockOf = async () => (await db.meta.get('world'))!.now;

describe('R-IND-2: one organization per MPN ID, enrolled or enrolling', () => {
  it('the reproduction of issue 18 is refused at Enroll now with the rule’s message, storing nothing, and the clock keeps moving', async () => {
    expect(
      await submitEnrollment(db, {
        userId: 'u-grady',
        pmcAccountId: 'pmc-lamna',
        mpnId: '5120001',
        profile: lamna,
      }),
    ).toMatchObject({ ok: true });
    const annId = await secondCompany();
    const before = await readWorld(db);
    const second = await submitEnrollment(db, {
      userId: annId,
      pmcAccountId: 'pmc-lamna',
      mpnId: '5120001',
      profile: profileOf('Contoso Health', 'contosohealth.example', 'ann'),
    });
    expect(second).toEqual({
      ok: false,
      key: 'enroll:chooseProfile.errors.mpnEnrolling',
      params: { mpnId: '5120001' },
    });
    expect(await readWorld(db)).toEqual(before);
    const token = (await db.enrollments.where('userId').equals('u-grady').first())!
      .verificationToken!;
    expect((await verifyEnrollmentEmail(db, token, 'u-grady')).ok).toBe(true);
    const start = await clockOf();
    for (let day = 1; day <= 4; day++) {
      expect(await advanceClock(db, 1)).toMatchObject({ ok: true, failed: [] });
      expect(await clockOf()).toBe(start + day * DAY);
    }
    expect(await db.partners.get('lamnahealthcare')).toMatchObject({ mpnId: '5120001' });
    // Once Lamna is a partner, the MPN ID is taken for good.
    const third = await submitEnrollment(db, {
      userId: annId,
      pmcAccountId: 'pmc-lamna',
      mpnId: '5120001',
      profile: profileOf('Contoso Health', 'contosohealth.example', 'ann'),
    });
    expect(third).toMatchObject({ ok: false, key: 'enroll:chooseProfile.errors.mpnTaken' });
  });

  it('a world that already holds two reviews of one MPN ID: one completes, the other is reported, the clock moves every time', async () => {
    expect(
      (
        await submitEnrollment(db, {
          userId: 'u-grady',
          pmcAccountId: 'pmc-lamna',
          mpnId: '5120001',
          profile: lamna,
        })
      ).ok,
    ).toBe(true);
    const annId = await secondCompany();
    const first = (await db.enrollments.where('userId').equals('u-grady').first())!;
    // As an import or an older build could have stored it: the second enrollment written directly.
    const ann = (await db.users.get(annId))!;
    await db.enrollments.add({
      ...first,
      id: 'enr-ann',
      userId: annId,
      tenantId: ann.tenantId,
      verificationToken: 'v-ann-token',
      profile: profileOf('Contoso Health', 'contosohealth.example', 'ann'),
    });
    const now = await clockOf();
    await db.enrollments.toCollection().modify({ step: 'review', reviewDoneAt: now + DAY });
    const start = now;
    const outcomes = [];
    for (let day = 1; day <= 3; day++) {
      outcomes.push(await advanceClock(db, 1));
      expect(await clockOf()).toBe(start + day * DAY);
    }
    // Day 1: one review completes, the clashing one is reported (R-IND-2) and stays due; it is reported again each day.
    for (const o of outcomes)
      expect(o).toMatchObject({
        ok: true,
        failed: [{ key: 'errors:store.reviewMpn', params: { mpnId: '5120001' } }],
      });
    expect(await db.partners.where('mpnId').equals('5120001').count()).toBe(1);
    const steps = (await db.enrollments.toArray()).map((e) => e.step).sort();
    expect(steps).toEqual(['ready', 'review']);
  });
});
