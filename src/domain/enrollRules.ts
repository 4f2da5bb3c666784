import { checkText, EMAIL_PATTERN, type TextProblem } from './textInput';
import type { CountryCode, PmcProfile, Role } from './types';

// W-ENROLL: enrollment as an indirect reseller (seed 002, "Get started", steps 1–9).

/** R-IND-1: enrollment needs the global admin credentials of a work account. */
export function R_IND_1_isGlobalAdmin(roles: readonly Role[]): boolean {
  return roles.includes('globalAdmin');
}

/** R-IND-2: the MPN ID must belong to an active organization profile in the tenant's country/region. */
export function R_IND_2_profileAllowed(
  profile: Pick<PmcProfile, 'active' | 'country'>,
  tenantCountry: CountryCode,
): 'inactive' | 'otherCountry' | null {
  if (!profile.active) return 'inactive';
  if (profile.country !== tenantCountry) return 'otherCountry';
  return null;
}

/**
 * R-IND-2 (one organization per MPN ID): an MPN ID names one practice organization, so it may
 * belong to one Partner Center organization only, whether enrolled already or still enrolling.
 * Checked at Enroll now and again when a review completes; the unique index on partners.mpnId
 * stays as the last line of defence.
 */
export function R_IND_2_mpnIdFree(
  mpnId: string,
  tenantId: string,
  partners: readonly { tenantId: string; mpnId: string }[],
  enrollments: readonly { tenantId: string; mpnId?: string; step: string }[],
): 'mpnTaken' | 'mpnEnrolling' | null {
  if (partners.some((p) => p.mpnId === mpnId && p.tenantId !== tenantId)) return 'mpnTaken';
  if (enrollments.some((e) => e.mpnId === mpnId && e.tenantId !== tenantId && e.step !== 'ready'))
    return 'mpnEnrolling';
  return null;
}

/** R-IND-3: web-based email services the primary contact may not use. */
const WEBMAIL = [
  /^gmail\.com$/,
  /^googlemail\.com$/,
  /^yahoo\.[a-z.]+$/,
  /^ymail\.com$/,
  /^icloud\.com$/,
  /^me\.com$/,
  /^mac\.com$/,
  /^aol\.com$/,
  /^outlook\.[a-z.]+$/,
  /^hotmail\.[a-z.]+$/,
  /^live\.[a-z.]+$/,
  /^msn\.com$/,
];

export function R_IND_3_isWebmail(email: string): boolean {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  return WEBMAIL.some((re) => re.test(domain));
}

/** R-IND-4: the review takes several days of the simulated clock after the email is verified. */
export const R_IND_4_REVIEW_DAYS = 3;

export const PROFILE_FIELDS = [
  'legalName',
  'addressLine',
  'city',
  'state',
  'postalCode',
  'phone',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactPhone',
  'supportEmail',
  'supportPhone',
  'supportWebsite',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type BusinessProfile = Record<ProfileField, string>;
export type ProfileProblem = TextProblem | 'webmail';
export type ProfileErrors = Partial<Record<ProfileField, ProfileProblem>>;

const PHONE = /^\+?[0-9][0-9 ()-]{5,18}[0-9]$/;
const POSTAL: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
  DE: /^\d{5}$/,
  JP: /^\d{3}-?\d{4}$/,
  CN: /^\d{6}$/,
};
const WEBSITE = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s<>"]*)?$/i;

/** Every field of step 8 (legal business profile, primary contact, customer support). */
export function validateProfile(p: BusinessProfile, country: CountryCode): ProfileErrors {
  const errors: ProfileErrors = {};
  const set = (field: ProfileField, problem: ProfileProblem | null) => {
    if (problem) errors[field] = problem;
  };
  set('legalName', checkText(p.legalName, { required: true, max: 100 }));
  set('addressLine', checkText(p.addressLine, { required: true, max: 100 }));
  set('city', checkText(p.city, { required: true, max: 60 }));
  set('state', checkText(p.state, { max: 60 }));
  set(
    'postalCode',
    checkText(p.postalCode, {
      required: true,
      max: 10,
      pattern: POSTAL[country] ?? /^[A-Za-z0-9 -]{3,10}$/,
    }),
  );
  set('phone', checkText(p.phone, { required: true, max: 20, pattern: PHONE }));
  set('contactFirstName', checkText(p.contactFirstName, { required: true, max: 50 }));
  set('contactLastName', checkText(p.contactLastName, { required: true, max: 50 }));
  const contactEmail = checkText(p.contactEmail, {
    required: true,
    max: 254,
    pattern: EMAIL_PATTERN,
  });
  set('contactEmail', contactEmail ?? (R_IND_3_isWebmail(p.contactEmail) ? 'webmail' : null));
  set('contactPhone', checkText(p.contactPhone, { required: true, max: 20, pattern: PHONE }));
  set(
    'supportEmail',
    checkText(p.supportEmail, { required: true, max: 254, pattern: EMAIL_PATTERN }),
  );
  set('supportPhone', checkText(p.supportPhone, { required: true, max: 20, pattern: PHONE }));
  set('supportWebsite', checkText(p.supportWebsite, { max: 200, pattern: WEBSITE }));
  return errors;
}

export function emptyProfile(): BusinessProfile {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f, ''])) as BusinessProfile;
}

/** "Create one": a new work account (tenant + Global admin). */
export interface NewWorkAccount {
  organization: string;
  domainPrefix: string;
  country: CountryCode;
  displayName: string;
  userName: string;
  password: string;
  confirmation: string;
}
export type NewAccountErrors = Partial<
  Record<keyof NewWorkAccount, TextProblem | 'taken' | 'weak' | 'mismatch' | 'tooShort'>
>;

export const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{1,40}[a-z0-9])$/;
export const USER_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/i;

export function validateNewAccount(
  a: NewWorkAccount,
  countries: readonly string[],
): NewAccountErrors {
  const errors: NewAccountErrors = {};
  const org = checkText(a.organization, { required: true, max: 100 });
  if (org) errors.organization = org;
  const prefix = checkText(a.domainPrefix, { required: true, max: 42, pattern: DOMAIN_PREFIX });
  if (prefix) errors.domainPrefix = prefix;
  if (!countries.includes(a.country)) errors.country = 'required';
  const name = checkText(a.displayName, { required: true, max: 100 });
  if (name) errors.displayName = name;
  const user = checkText(a.userName, { required: true, max: 64, pattern: USER_NAME });
  if (user) errors.userName = user;
  return errors;
}

export function isEmailLike(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}
