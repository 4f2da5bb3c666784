import type { AppDB } from '../AppDB';
import type { Enrollment, PmcProfile } from '../../domain/types';
import {
  R_IND_1_isGlobalAdmin,
  R_IND_2_mpnIdFree,
  R_IND_2_profileAllowed,
  R_IND_4_REVIEW_DAYS,
  validateNewAccount,
  validateProfile,
  type BusinessProfile,
  type NewWorkAccount,
} from '../../domain/enrollRules';
import { checkNewPassword } from '../../domain/passwords';
import { randomId } from '../../domain/ids';
import { simLink } from '../../domain/mailLinks';
import { deliverMail, SYSTEM_SENDER } from './mailOut';
import { guardWrite } from './outcome';
import { refuse, type Refused } from '../../domain/outcome';

// W-ENROLL's writes. Passwords arrive already hashed (hashing is async crypto, which can't run
// inside an IndexedDB transaction); the typed passwords themselves are never stored.

export type Refusal = Refused;
const DAY = 86_400_000;

/** Step 3: sign in with the work account. R-IND-1: it must be a Global admin. */
export async function signInWorkAccount(
  db: AppDB,
  userName: string,
  passwordHash: string,
): Promise<{ ok: true; userId: string; tenantId: string; country: string } | Refusal> {
  const user = await db.users.where('email').equals(userName.trim().toLowerCase()).first();
  if (!user || !user.passwordHash || user.passwordHash !== passwordHash)
    return refuse('enroll:errors.workCredentials');
  if (!R_IND_1_isGlobalAdmin(user.roles)) return refuse('enroll:errors.notGlobalAdmin');
  const tenant = await db.tenants.get(user.tenantId);
  if (!tenant) return refuse('enroll:errors.workCredentials');
  if (tenant.kind === 'partner')
    return refuse('enroll:errors.alreadyPartner', { organization: tenant.name });
  if (tenant.cloud !== 'public') return refuse('enroll:errors.publicOnly');
  return { ok: true, userId: user.id, tenantId: tenant.id, country: tenant.country };
}

/** "Create one": a new work account, i.e. a company tenant and its Global admin. */
export async function createWorkAccount(
  db: AppDB,
  account: NewWorkAccount,
  passwordHash: string,
  countries: readonly string[],
): Promise<{ ok: true; userName: string } | Refusal> {
  const errors = validateNewAccount(account, countries);
  const [field, problem] = Object.entries(errors)[0] ?? [];
  if (field) return refuse(`enroll:createAccount.errors.${field}.${problem}`);
  const passwordProblem = checkNewPassword(account.password, account.confirmation, '');
  if (passwordProblem) return refuse(`enroll:password.${passwordProblem}`);
  const domain = `${account.domainPrefix}.example`;
  const email = `${account.userName.toLowerCase()}@${domain}`;
  return guardWrite(() =>
    db.transaction('rw', [db.tenants, db.users, db.mail, db.meta], async () => {
      if (await db.tenants.where('domain').equals(domain).count())
        return refuse('enroll:createAccount.errors.domainPrefix.taken', { domain });
      const tenantId = randomId('t');
      await db.tenants.add({
        id: tenantId,
        name: account.organization.trim(),
        domain,
        kind: 'company',
        cloud: 'public',
        country: account.country,
      });
      await db.users.add({
        id: randomId('u'),
        tenantId,
        displayName: account.displayName.trim(),
        email,
        roles: ['globalAdmin'],
        passwordHash,
      });
      return { ok: true, userName: email } as const;
    }),
  );
}

/** Steps 5–6: sign in to the Partner Membership Center; returns its organization profiles. */
export async function signInPmc(
  db: AppDB,
  userName: string,
  password: string,
): Promise<{ ok: true; accountId: string; profiles: PmcProfile[] } | Refusal> {
  const account = await db.pmcAccounts
    .where('userName')
    .equals(userName.trim().toLowerCase())
    .first();
  // The PMC is another (simulated) site with its own credentials, kept as the world gives them.
  if (!account || account.password !== password) return refuse('enroll:errors.pmcCredentials');
  return { ok: true, accountId: account.id, profiles: account.profiles };
}

/**
 * Step 8, Enroll now: every field validated again (R-IND-3 included), the profile checked
 * against R-IND-2, the enrollment recorded and the primary contact asked to verify the email
 * address (R-IND-4). In the simulator the primary contact must be a user of the organization,
 * so that the learner can open the verification mail.
 */
export async function submitEnrollment(
  db: AppDB,
  input: { userId: string; pmcAccountId: string; mpnId: string; profile: BusinessProfile },
): Promise<{ ok: true; enrollmentId: string } | Refusal> {
  return guardWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.pmcAccounts, db.partners, db.enrollments, db.mail, db.meta],
      async () => {
        const user = await db.users.get(input.userId);
        const tenant = user ? await db.tenants.get(user.tenantId) : undefined;
        if (!user || !tenant || !R_IND_1_isGlobalAdmin(user.roles))
          return refuse('enroll:errors.notGlobalAdmin');
        if (tenant.kind === 'partner')
          return refuse('enroll:errors.alreadyPartner', { organization: tenant.name });
        const errors = validateProfile(input.profile, tenant.country);
        const [field, problem] = Object.entries(errors)[0] ?? [];
        if (field) return refuse(`enroll:profile.errors.${problem}`, { field });
        const account = await db.pmcAccounts.get(input.pmcAccountId);
        const profile = account?.profiles.find((p) => p.mpnId === input.mpnId);
        if (!profile) return refuse('enroll:errors.pmcCredentials');
        const profileProblem = R_IND_2_profileAllowed(profile, tenant.country);
        if (profileProblem) return refuse(`enroll:chooseProfile.errors.${profileProblem}`);
        // R-IND-2, one organization per MPN ID: against partners and enrollments in progress, in this transaction.
        const mpnProblem = R_IND_2_mpnIdFree(
          input.mpnId,
          tenant.id,
          await db.partners.where('mpnId').equals(input.mpnId).toArray(),
          await db.enrollments.filter((e) => e.mpnId === input.mpnId).toArray(),
        );
        if (mpnProblem)
          return refuse(`enroll:chooseProfile.errors.${mpnProblem}`, { mpnId: input.mpnId });
        const contact = await db.users
          .where('email')
          .equals(input.profile.contactEmail.trim().toLowerCase())
          .first();
        if (!contact || contact.tenantId !== tenant.id)
          return refuse('enroll:profile.errors.contactNotUser', { domain: tenant.domain });
        if (await db.enrollments.where('tenantId').equals(tenant.id).count())
          return refuse('enroll:errors.alreadyEnrolling');
        const meta = (await db.meta.get('world'))!;
        const token = randomId('v', 20).replace('_', '-');
        const enrollment: Enrollment = {
          id: randomId('enr'),
          userId: user.id,
          tenantId: tenant.id,
          step: 'verifyEmail',
          mpnId: input.mpnId,
          pmcAccountId: input.pmcAccountId,
          profile: Object.fromEntries(Object.entries(input.profile).map(([k, v]) => [k, v.trim()])),
          verificationToken: token,
          submittedAt: meta.now,
          createdAt: meta.now,
          updatedAt: meta.now,
        };
        await db.enrollments.add(enrollment);
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: [contact.email],
          subject: { kind: 'i18n', key: 'mail:enroll.verify.subject' },
          body: {
            kind: 'i18n',
            key: 'mail:enroll.verify.body',
            params: {
              name: contact.displayName,
              organization: input.profile.legalName.trim(),
              link: simLink(`/enroll/verify/${token}`),
            },
          },
        });
        return { ok: true, enrollmentId: enrollment.id } as const;
      },
    ),
  );
}

/** R-IND-4: the primary contact opens the verification link; the review then takes several days. */
export async function verifyEnrollmentEmail(
  db: AppDB,
  token: string,
  personaUserId: string,
): Promise<{ ok: true; reviewDoneAt: number } | Refusal> {
  return guardWrite(() =>
    db.transaction('rw', [db.users, db.enrollments, db.mail, db.meta], async () => {
      const enrollment = await db.enrollments.filter((e) => e.verificationToken === token).first();
      if (!enrollment) return refuse('enroll:verify.notFound');
      if (enrollment.step !== 'verifyEmail') return refuse('enroll:verify.already');
      const persona = await db.users.get(personaUserId);
      const contactEmail = enrollment.profile?.contactEmail?.toLowerCase();
      if (!persona || persona.email !== contactEmail)
        return refuse('enroll:verify.wrongPersona', { email: contactEmail ?? '' });
      const meta = (await db.meta.get('world'))!;
      const reviewDoneAt = meta.now + R_IND_4_REVIEW_DAYS * DAY;
      await db.enrollments.update(enrollment.id, {
        step: 'review',
        verifiedAt: meta.now,
        reviewDoneAt,
        updatedAt: meta.now,
      });
      await deliverMail(db, {
        ...SYSTEM_SENDER,
        to: [persona.email],
        subject: { kind: 'i18n', key: 'mail:enroll.review.subject' },
        // `days` as text: the world file (and its import) keeps mail parameters as text (found by the round-trip test).
        body: {
          kind: 'i18n',
          key: 'mail:enroll.review.body',
          params: { name: persona.displayName, days: String(R_IND_4_REVIEW_DAYS) },
        },
      });
      return { ok: true, reviewDoneAt } as const;
    }),
  );
}

/** A due event of the clock that could not happen; nothing of it was stored. */
export interface ClockEventFailure {
  key: string;
  params?: Record<string, string>;
}

/**
 * R-IND-4: reviews whose days have passed on the simulated clock complete: the company
 * becomes an indirect reseller in Partner Center and the primary contact is told. Each review
 * completes in its own transaction (see advanceClock), checked against R-IND-2 first: one that
 * cannot complete is returned as a failure and the others still complete. The enrolling user
 * keeps only Global admin: making themself an Admin agent is the last step of W-ENROLL (R-IND-5).
 */
export async function completeDueReviews(db: AppDB, now: number): Promise<ClockEventFailure[]> {
  const due = await db.enrollments
    .filter((e) => e.step === 'review' && (e.reviewDoneAt ?? Infinity) <= now)
    .toArray();
  const failed: ClockEventFailure[] = [];
  for (const { id } of due) {
    const outcome = await guardWrite(() => completeReview(db, id, now));
    if (outcome === null) continue;
    if ('store' in outcome) failed.push({ key: outcome.key });
    else failed.push(outcome);
  }
  return failed;
}

async function completeReview(
  db: AppDB,
  enrollmentId: string,
  now: number,
): Promise<ClockEventFailure | null> {
  return db.transaction(
    'rw',
    [db.enrollments, db.tenants, db.partners, db.mail, db.meta],
    async () => {
      const e = await db.enrollments.get(enrollmentId);
      if (!e || e.step !== 'review') return null;
      const tenant = await db.tenants.get(e.tenantId);
      if (!tenant || tenant.kind === 'partner' || !e.mpnId || !e.profile) return null;
      // R-IND-2 again: a world imported or written before the check at Enroll now may hold two enrollments of one MPN ID.
      const mpnProblem = R_IND_2_mpnIdFree(
        e.mpnId,
        tenant.id,
        await db.partners.where('mpnId').equals(e.mpnId).toArray(),
        [],
      );
      if (mpnProblem)
        return {
          key: 'errors:store.reviewMpn',
          params: { organization: e.profile.legalName ?? tenant.name, mpnId: e.mpnId },
        };
      await db.tenants.update(tenant.id, { kind: 'partner' });
      await db.partners.add({
        tenantId: tenant.id,
        mpnId: e.mpnId,
        programs: ['cspIndirectReseller'],
        legalName: e.profile.legalName ?? tenant.name,
        primaryContactEmail: e.profile.contactEmail ?? '',
        supportEmail: e.profile.supportEmail ?? '',
        supportPhone: e.profile.supportPhone ?? '',
      });
      await db.enrollments.update(e.id, { step: 'ready', updatedAt: now });
      if (e.profile.contactEmail) {
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: [e.profile.contactEmail],
          subject: { kind: 'i18n', key: 'mail:enroll.ready.subject' },
          body: {
            kind: 'i18n',
            key: 'mail:enroll.ready.body',
            params: {
              organization: e.profile.legalName ?? tenant.name,
              link: simLink('/partner-center/settings/user-management'),
            },
          },
        });
      }
      return null;
    },
  );
}

/** The enrollment a user started, if any (its status page survives reloads: it lives in the world). */
export async function enrollmentOf(db: AppDB, userId: string): Promise<Enrollment | undefined> {
  return db.enrollments.where('userId').equals(userId).last();
}
