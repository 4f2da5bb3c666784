import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/AppDB';
import { ensureWorld, readWorld } from '../../src/db/repositories/worldRepository';
import {
  createWorkAccount,
  enrollmentOf,
  signInPmc,
  signInWorkAccount,
  submitEnrollment,
  verifyEnrollmentEmail,
} from '../../src/db/repositories/enrollmentRepository';
import { advanceClock } from '../../src/db/repositories/clockRepository';
import { hashPassword } from '../../src/domain/passwords';
import { emptyProfile } from '../../src/domain/enrollRules';
import {
  LAMNA_ADMIN_PASSWORD,
  LAMNA_PMC_PASSWORD,
  LAMNA_PMC_USER,
} from '../../src/db/scenarios/default';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`enroll-${++n}`);
  await ensureWorld(db, 'default');
});
afterEach(() => db.delete());

const profile = {
  ...emptyProfile(),
  legalName: 'Lamna Healthcare',
  addressLine: '1 Main Street',
  city: 'Seattle',
  postalCode: '98052',
  phone: '+1 425 555 0100',
  contactFirstName: 'Grady',
  contactLastName: 'Archie',
  contactEmail: 'grady@lamnahealthcare.example',
  contactPhone: '+1 425 555 0101',
  supportEmail: 'support@lamnahealthcare.example',
  supportPhone: '+1 425 555 0102',
};

describe('W-ENROLL repository', () => {
  it('signs in the work account: wrong password refused; R-IND-1 global admin required', async () => {
    expect(
      await signInWorkAccount(db, 'grady@lamnahealthcare.example', await hashPassword('wrong')),
    ).toMatchObject({ ok: false, key: 'enroll:errors.workCredentials' });
    expect(
      await signInWorkAccount(
        db,
        'grady@lamnahealthcare.example',
        await hashPassword(LAMNA_ADMIN_PASSWORD),
      ),
    ).toMatchObject({ ok: true, userId: 'u-grady', country: 'US' });
    // Patti has no password in the world: no sign-in.
    expect((await signInWorkAccount(db, 'patti@contoso.example', await hashPassword('x'))).ok).toBe(
      false,
    );
  });

  it('Create one: a new company tenant with a global admin who can then sign in', async () => {
    const account = {
      organization: 'Contoso Health',
      domainPrefix: 'contosohealth',
      country: 'US',
      displayName: 'Ann Lee',
      userName: 'ann',
      password: 'Good-Pass-42',
      confirmation: 'Good-Pass-42',
    };
    const r = await createWorkAccount(db, account, await hashPassword(account.password), ['US']);
    expect(r).toEqual({ ok: true, userName: 'ann@contosohealth.example' });
    expect(
      await signInWorkAccount(db, 'ann@contosohealth.example', await hashPassword('Good-Pass-42')),
    ).toMatchObject({ ok: true });
    expect(await createWorkAccount(db, account, 'x'.repeat(64), ['US'])).toMatchObject({
      ok: false,
      key: 'enroll:createAccount.errors.domainPrefix.taken',
    });
    expect(
      await createWorkAccount(
        db,
        { ...account, domainPrefix: 'other', password: 'weak', confirmation: 'weak' },
        'x'.repeat(64),
        ['US'],
      ),
    ).toMatchObject({ ok: false, key: 'enroll:password.tooShort' });
  });

  it('signs in to the Partner Membership Center', async () => {
    expect(await signInPmc(db, LAMNA_PMC_USER, 'nope')).toMatchObject({ ok: false });
    const r = await signInPmc(db, LAMNA_PMC_USER, LAMNA_PMC_PASSWORD);
    expect(r.ok && r.profiles.map((p) => p.mpnId)).toEqual(['5120001', '5120002', '5120003']);
  });

  it('refuses a foreign or inactive profile (R-IND-2), webmail (R-IND-3) and a contact outside the organization, storing nothing', async () => {
    const before = await readWorld(db);
    const base = { userId: 'u-grady', pmcAccountId: 'pmc-lamna', profile };
    expect(await submitEnrollment(db, { ...base, mpnId: '5120002' })).toMatchObject({
      ok: false,
      key: 'enroll:chooseProfile.errors.otherCountry',
    });
    expect(await submitEnrollment(db, { ...base, mpnId: '5120003' })).toMatchObject({
      ok: false,
      key: 'enroll:chooseProfile.errors.inactive',
    });
    expect(
      await submitEnrollment(db, {
        ...base,
        mpnId: '5120001',
        profile: { ...profile, contactEmail: 'grady@gmail.com' },
      }),
    ).toMatchObject({ ok: false, key: 'enroll:profile.errors.webmail' });
    expect(
      await submitEnrollment(db, {
        ...base,
        mpnId: '5120001',
        profile: { ...profile, contactEmail: 'patti@contoso.example' },
      }),
    ).toMatchObject({ ok: false, key: 'enroll:profile.errors.contactNotUser' });
    expect(
      await submitEnrollment(db, { ...base, userId: 'u-patti', mpnId: '5120001' }),
    ).toMatchObject({ ok: false });
    expect(await readWorld(db)).toEqual(before);
  });

  it('R-IND-4: verification first, then several days of review; R-IND-5: the account is ready without Admin agent', async () => {
    const r = await submitEnrollment(db, {
      userId: 'u-grady',
      pmcAccountId: 'pmc-lamna',
      mpnId: '5120001',
      profile,
    });
    expect(r.ok).toBe(true);
    const e = (await enrollmentOf(db, 'u-grady'))!;
    expect(e.step).toBe('verifyEmail');
    // Time alone does nothing before the email is verified.
    await advanceClock(db, 7);
    expect((await db.enrollments.get(e.id))!.step).toBe('verifyEmail');
    expect(await verifyEnrollmentEmail(db, e.verificationToken!, 'u-patti')).toMatchObject({
      ok: false,
      key: 'enroll:verify.wrongPersona',
    });
    expect((await verifyEnrollmentEmail(db, e.verificationToken!, 'u-grady')).ok).toBe(true);
    expect(await verifyEnrollmentEmail(db, e.verificationToken!, 'u-grady')).toMatchObject({
      ok: false,
      key: 'enroll:verify.already',
    });
    await advanceClock(db, 1);
    expect((await db.enrollments.get(e.id))!.step).toBe('review');
    await advanceClock(db, 3);
    expect((await db.enrollments.get(e.id))!.step).toBe('ready');
    expect(await db.tenants.get('lamnahealthcare')).toMatchObject({ kind: 'partner' });
    expect(await db.partners.get('lamnahealthcare')).toMatchObject({
      mpnId: '5120001',
      programs: ['cspIndirectReseller'],
    });
    expect((await db.users.get('u-grady'))!.roles).toEqual(['globalAdmin']);
    const subjects = (
      await db.mail
        .where('[mailbox+sentAt]')
        .between(['grady@lamnahealthcare.example', 0], ['grady@lamnahealthcare.example', Infinity])
        .toArray()
    ).map((m) => (m.subject.kind === 'i18n' ? m.subject.key : ''));
    expect(subjects).toEqual(
      expect.arrayContaining([
        'mail:enroll.verify.subject',
        'mail:enroll.review.subject',
        'mail:enroll.ready.subject',
      ]),
    );
  });
});
