import type { AppDB } from '../../db/AppDB';
import {
  LAMNA_ADMIN_PASSWORD,
  LAMNA_PMC_PASSWORD,
  LAMNA_PMC_USER,
} from '../../db/scenarios/default';
import type { CoachAction, DocRef, Walkthrough } from '../types';
import { followMailLinkStep, openMailStep } from './commonSteps';

// W-ENROLL (IND "Get started", steps 2–9): Grady Archie, Global admin of Lamna Healthcare (a
// company, not yet a partner), enrolls it as an indirect reseller: the Welcome page, his work
// account, the Partner Membership Center sign-in, the organization profile with the MPN ID
// (R-IND-2: the active US one), the business details (R-IND-3: Lamna's own domain), the
// verification mail (R-IND-4), the review days on the simulated clock, and finally making
// himself an Admin agent (R-IND-5). The default world needs no setup: the credentials are the
// ones Grady's mailbox tells him.

const GRADY = 'u-grady';
const GRADY_EMAIL = 'grady@lamnahealthcare.example';
/** R-IND-2: Lamna's active organization profile in the tenant's country (US). */
const MPN_ID = '5120001';

const doc = (step: number): DocRef => ({ doc: 'IND', section: 'get-started', step });

/** Step 8's fields, all valid (US postal code, Lamna's own domain for the primary contact). */
export const PROFILE: [field: string, value: string][] = [
  ['legalName', 'Lamna Healthcare Company'],
  ['addressLine', '1 Main Street'],
  ['city', 'Seattle'],
  ['state', 'WA'],
  ['postalCode', '98052'],
  ['phone', '+1 425 555 0100'],
  ['contactFirstName', 'Grady'],
  ['contactLastName', 'Archie'],
  ['contactEmail', GRADY_EMAIL],
  ['contactPhone', '+1 425 555 0101'],
  ['supportEmail', 'support@lamnahealthcare.example'],
  ['supportPhone', '+1 425 555 0102'],
];

const enrollment = (db: AppDB) => db.enrollments.where('userId').equals(GRADY).last();

/** R-IND-4: the review is over; Lamna Healthcare is a partner. */
export async function enrolled(db: AppDB): Promise<boolean> {
  return (await enrollment(db))?.step === 'ready';
}

/** R-IND-2: the enrollment uses Lamna's active organization profile in the US. */
export async function rightMpnId(db: AppDB): Promise<boolean> {
  return (await enrollment(db))?.mpnId === MPN_ID;
}

/** R-IND-5: Grady is an Admin agent (so he can add users and finish the setup). */
export async function gradyIsAdminAgent(db: AppDB): Promise<boolean> {
  return !!(await db.users.get(GRADY))?.roles.includes('adminAgent');
}

export const enrollReseller: Walkthrough = {
  slug: 'enroll-reseller',
  workflow: 'W-ENROLL',
  audience: 'partner',
  doc: { doc: 'IND', section: 'get-started' },
  start: 'enroll',
  steps: [
    {
      id: 'welcome',
      doc: doc(2),
      persona: GRADY,
      target: { id: 'enroll.welcome.next' },
      actions: [{ kind: 'click', target: { id: 'enroll.welcome.next' } }],
      done: { machine: { id: 'enroll', in: 'workSignIn' } },
    },
    {
      id: 'work-account',
      doc: doc(3),
      persona: GRADY,
      target: { id: 'enroll.workSignIn.form' },
      allow: [
        { id: 'enroll.workSignIn.userName' },
        { id: 'enroll.workSignIn.password' },
        { id: 'enroll.workSignIn.signIn' },
      ],
      actions: [
        { kind: 'fill', target: { id: 'enroll.workSignIn.userName' }, value: GRADY_EMAIL },
        { kind: 'fill', target: { id: 'enroll.workSignIn.password' }, value: LAMNA_ADMIN_PASSWORD },
        { kind: 'click', target: { id: 'enroll.workSignIn.signIn' } },
      ],
      done: { machine: { id: 'enroll', in: 'mpnInfo' } },
    },
    {
      id: 'mpn-info',
      doc: doc(4),
      persona: GRADY,
      target: { id: 'enroll.mpnInfo.signIn' },
      actions: [{ kind: 'click', target: { id: 'enroll.mpnInfo.signIn' } }],
      done: { machine: { id: 'enroll', in: 'pmcUser' } },
    },
    {
      id: 'pmc-user',
      doc: doc(5),
      persona: GRADY,
      target: { id: 'enroll.pmcUser.form' },
      allow: [{ id: 'enroll.pmcUser.userName' }, { id: 'enroll.pmcUser.next' }],
      actions: [
        { kind: 'fill', target: { id: 'enroll.pmcUser.userName' }, value: LAMNA_PMC_USER },
        { kind: 'click', target: { id: 'enroll.pmcUser.next' } },
      ],
      done: { machine: { id: 'enroll', in: 'pmcPassword' } },
    },
    {
      id: 'pmc-password',
      doc: doc(6),
      persona: GRADY,
      target: { id: 'enroll.pmcPassword.form' },
      allow: [{ id: 'enroll.pmcPassword.password' }, { id: 'enroll.pmcPassword.signIn' }],
      actions: [
        { kind: 'fill', target: { id: 'enroll.pmcPassword.password' }, value: LAMNA_PMC_PASSWORD },
        { kind: 'click', target: { id: 'enroll.pmcPassword.signIn' } },
      ],
      done: { machine: { id: 'enroll', in: 'chooseProfile' } },
    },
    {
      id: 'choose-profile',
      doc: doc(7),
      persona: GRADY,
      target: { id: 'enroll.chooseProfile.option', key: MPN_ID },
      allow: [{ id: 'enroll.chooseProfile.profiles' }, { id: 'enroll.chooseProfile.continue' }],
      actions: [
        {
          kind: 'check',
          target: { id: 'enroll.chooseProfile.option', key: MPN_ID },
          checked: true,
        },
        { kind: 'click', target: { id: 'enroll.chooseProfile.continue' } },
      ],
      done: { machine: { id: 'enroll', in: 'profile' } },
    },
    {
      id: 'profile',
      doc: doc(8),
      persona: GRADY,
      target: { id: 'enroll.profile.form' },
      allow: [
        ...PROFILE.map(([field]) => ({ id: 'enroll.profile.field', key: field })),
        { id: 'enroll.profile.field', key: 'supportWebsite' },
        { id: 'enroll.profile.enrollNow' },
      ],
      actions: [
        ...PROFILE.map(([field, value]): CoachAction => ({
          kind: 'fill',
          target: { id: 'enroll.profile.field', key: field },
          value,
        })),
        { kind: 'click', target: { id: 'enroll.profile.enrollNow' } },
      ],
      // R-IND-4: the enrollment is recorded and waits for the primary contact's verification.
      done: { world: async (db) => (await enrollment(db))?.step === 'verifyEmail' },
    },
    {
      id: 'open-mail',
      doc: doc(8),
      persona: GRADY,
      target: { id: 'mail.badge' },
      actions: [{ kind: 'click', target: { id: 'mail.badge' } }],
      done: { at: 'mail' },
    },
    openMailStep(
      { id: 'open-verification', doc: doc(8), persona: GRADY },
      'mail:enroll.verify.subject',
    ),
    // R-IND-4: verified, the review begins.
    followMailLinkStep({ id: 'verify-email', doc: doc(8), persona: GRADY }, 'enroll', {
      world: async (db) => (await enrollment(db))?.step === 'review',
    }),
    {
      id: 'see-status',
      doc: doc(8),
      persona: GRADY,
      target: { id: 'enroll.verify.toStatus' },
      actions: [{ kind: 'click', target: { id: 'enroll.verify.toStatus' } }],
      done: { at: 'enroll' },
    },
    {
      id: 'wait-review',
      doc: doc(8),
      persona: GRADY,
      target: { id: 'clock.toggle' },
      allow: [{ id: 'clock.advance' }],
      actions: [
        { kind: 'click', target: { id: 'clock.toggle' } },
        { kind: 'click', target: { id: 'clock.advance', key: '3' } },
      ],
      // R-IND-4: the review took its days; Lamna is now a partner.
      done: { world: enrolled },
    },
    {
      id: 'open-user-management',
      doc: doc(9),
      persona: GRADY,
      target: { id: 'enroll.status.toUserManagement' },
      allow: [{ id: 'nav:partner-center/settings/user-management' }],
      actions: [{ kind: 'click', target: { id: 'enroll.status.toUserManagement' } }],
      done: { at: 'partner-center/settings/user-management' },
    },
    {
      id: 'select-yourself',
      doc: doc(9),
      persona: GRADY,
      target: { id: 'pc.userManagement.user', key: GRADY },
      actions: [{ kind: 'click', target: { id: 'pc.userManagement.user', key: GRADY } }],
      done: { machine: { id: 'updateUserRoles', in: 'editing' } },
    },
    {
      id: 'admin-agent',
      doc: doc(9),
      persona: GRADY,
      target: { id: 'pc.userRoles.form' },
      allow: [
        { id: 'pc.roles.agentType' },
        { id: 'pc.roles.adminType' },
        { id: 'pc.userRoles.update' },
      ],
      actions: [
        { kind: 'check', target: { id: 'pc.roles.agentType', key: 'adminAgent' }, checked: true },
        { kind: 'click', target: { id: 'pc.userRoles.update' } },
      ],
      // R-IND-5: Grady may now finish the setup, including adding users.
      done: { world: gradyIsAdminAgent },
    },
  ],
  outcome: [
    { id: 'mpn-id', doc: doc(7), rule: 'R-IND-2', expected: true, actual: rightMpnId },
    { id: 'enrolled', doc: doc(8), rule: 'R-IND-4', expected: true, actual: enrolled },
    { id: 'admin-agent', doc: doc(9), rule: 'R-IND-5', expected: true, actual: gradyIsAdminAgent },
  ],
};
