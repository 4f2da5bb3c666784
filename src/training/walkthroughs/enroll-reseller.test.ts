import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/AppDB';
import { ensureWorld } from '../../db/repositories/worldRepository';
import {
  submitEnrollment,
  verifyEnrollmentEmail,
} from '../../db/repositories/enrollmentRepository';
import { advanceClock } from '../../db/repositories/clockRepository';
import { updateUserRoles } from '../../db/repositories/userRepository';
import type { BusinessProfile } from '../../domain/enrollRules';
import { enrollReseller, PROFILE } from './enroll-reseller';

// W-ENROLL's world predicates against the repositories the pages use: each is false on the
// fresh default world and turns true exactly when the learner's action has its result.

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`wt-enroll-${++n}`);
  await ensureWorld(db, 'default');
  await enrollReseller.setup?.(db);
});
afterEach(() => db.delete());

const step = (id: string) => {
  const s = enrollReseller.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};
const done = (id: string) => step(id).done.world!(db);

describe('W-ENROLL walkthrough', () => {
  it('the predicates follow Enroll now, the verification link, the review days and the Admin agent update', async () => {
    const profile = { ...Object.fromEntries(PROFILE), supportWebsite: '' } as BusinessProfile;
    const submitted = await submitEnrollment(db, {
      userId: 'u-grady',
      pmcAccountId: 'pmc-lamna',
      mpnId: '5120001',
      profile,
    });
    expect(submitted.ok).toBe(true);
    expect(await done('profile')).toBe(true);
    expect(await done('verify-email')).toBe(false);

    const enrollment = await db.enrollments.where('userId').equals('u-grady').first();
    expect((await verifyEnrollmentEmail(db, enrollment!.verificationToken!, 'u-grady')).ok).toBe(
      true,
    );
    expect(await done('verify-email')).toBe(true);
    expect(await done('profile')).toBe(false);

    // R-IND-4: one day isn't enough; the walkthrough's +3 days are.
    await advanceClock(db, 1);
    expect(await done('wait-review')).toBe(false);
    await advanceClock(db, 2);
    expect(await done('wait-review')).toBe(true);

    expect(await done('admin-agent')).toBe(false);
    expect((await updateUserRoles(db, 'u-grady', 'u-grady', 'adminAgent', 'globalAdmin')).ok).toBe(
      true,
    );
    expect(await done('admin-agent')).toBe(true);
  });

  it('the verification mail the walkthrough opens is the one Enroll now sends', async () => {
    const profile = { ...Object.fromEntries(PROFILE), supportWebsite: '' } as BusinessProfile;
    await submitEnrollment(db, {
      userId: 'u-grady',
      pmcAccountId: 'pmc-lamna',
      mpnId: '5120001',
      profile,
    });
    const mails = await db.mail
      .where('[mailbox+sentAt]')
      .between(['grady@lamnahealthcare.example', 0], ['grady@lamnahealthcare.example', Infinity])
      .toArray();
    const keyed = mails.filter(
      (m) => m.subject.kind === 'i18n' && m.subject.key === step('open-verification').target.key,
    );
    expect(keyed).toHaveLength(1);
  });
});
