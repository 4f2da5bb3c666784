import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { DAY_MS, simClock, type Lang } from '../helpers';
import {
  escapeRe,
  labels as customerLabels,
  openMessage,
  tr,
  trPattern,
} from '../customer/helpers';

// W-ENROLL specs (issue 5). As in the other areas, every label a test clicks or reads comes
// from locales/<lang>/*.json, so the ru and zh runs click what a reader of the ru and zh
// documentation looks for, and no test hard-codes a translation.

export { LANGS, escapeRe, openAs, openMessage, tr } from '../customer/helpers';

/** The default world's practice credentials (src/db/scenarios/default.ts), told to Grady by mail. */
export const GRADY = {
  id: 'u-grady',
  name: 'Grady Archie',
  email: 'grady@lamnahealthcare.example',
  password: 'Lamna-Admin-2020',
} as const;
export const PMC = { user: 'partner@lamnahealthcare.example', password: 'Lamna-PMC-2020' } as const;
export const LAMNA = 'Lamna Healthcare';
/** Lamna's Partner Membership Center profiles: US active, Canada, US inactive. */
export const MPN = { us: '5120001', canada: '5120002', inactive: '5120003' } as const;

export function labels(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  const e = (key: string, params?: Record<string, string | number>) => s(`enroll:${key}`, params);
  const field = (f: string) => e(`profile.fields.${f}`);
  return {
    lang,
    inbox: s('mail:inbox'),
    mailBadge: (count: number) => s('common:shell.mailLink', { count }),
    rule: (id: string) => s('common:shell.refused.rule', { rule: id, text: s(`rules:${id}`) }),
    portal: (p: 'partner-center' | 'admin-center') => s(`common:portals.${p}`),
    portalNav: (portal: string) => s('common:shell.portalNav', { portal }),
    previous: s('common:actions.previous'),
    // The top bar's clock
    clockCaption: s('common:shell.clock.caption'),
    clockGroup: s('common:shell.clock.advanceGroup'),
    clockAdvance: (days: number) => s('common:shell.clock.advance', { count: days }),
    // The enrollment site
    site: e('site'),
    title: e('title'),
    alreadyPartner: (organization: string) => e('alreadyPartner', { organization }),
    step: (key: string) => e(`steps.${key}`),
    next: e('buttons.next'),
    signIn: e('buttons.signIn'),
    createOne: e('buttons.createOne'),
    continue: e('buttons.continue'),
    cancel: e('buttons.cancel'),
    enrollNow: e('buttons.enrollNow'),
    workUserName: e('workSignIn.userName'),
    workPassword: e('workSignIn.password'),
    pmcUserName: e('pmcUser.userName'),
    pmcPassword: e('pmcPassword.password'),
    pmcPasswordIntro: (userName: string) => e('pmcPassword.intro', { userName }),
    profileLegend: e('chooseProfile.legend'),
    profileOption: (mpnId: string) => new RegExp(escapeRe(e('chooseProfile.mpnId', { mpnId }))),
    error: (key: string, params?: Record<string, string>) => e(key, params),
    // Create one
    created: e('createAccount.created'),
    createField: (f: string) => e(`createAccount.${f}`),
    createError: (f: string, problem: string, params?: Record<string, string>) =>
      e(`createAccount.errors.${f}.${problem}`, params),
    passwordError: (problem: string) => e(`password.${problem}`),
    // Profile form (step 8)
    group: (g: 'business' | 'contact' | 'support') => e(`profile.groups.${g}`),
    field,
    fieldError: (f: string, problem: string) => e(`profile.errors.${problem}`, { field: field(f) }),
    fixFields: e('profile.errors.fix'),
    // Status (R-IND-4, R-IND-5)
    statusTitle: e('status.title'),
    progress: e('status.progress'),
    statusStep: (key: string) => e(`status.steps.${key}`),
    statusVerify: (email: string) => e('status.verifyEmail', { email }),
    statusReview: trPattern(lang, 'enroll:status.review'),
    statusReady: e('status.ready'),
    toUserManagement: e('status.toUserManagement'),
    verifyTitle: e('verify.title'),
    verifyDone: e('verify.done'),
    verifyToStatus: e('verify.toStatus'),
    verifyAlready: e('verify.already'),
    // Mail
    seededSubject: s('mail:seeded.enrollment.subject'),
    verifySubject: s('mail:enroll.verify.subject'),
    reviewSubject: s('mail:enroll.review.subject'),
    readySubject: s('mail:enroll.ready.subject'),
    // Partner Center > Settings > User management (W-ADD-USER's pages, R-IND-5)
    userManagementTitle: s('partnerCenter:userManagement.title'),
    needsAdminAgentTitle: s('users:list.needsAdminAgent_title'),
    rolesHeading: (name: string) => s('users:roles.heading', { name }),
    agentType: s('users:roles.agentType'),
    adminType: s('users:roles.adminType'),
    roleName: (role: string) => s(`world:roles.${role}`),
    update: s('users:roles.update'),
    rolesUpdated: (name: string) => s('users:roles.updated', { name }),
    addUser: s('users:list.addUser'),
    addTitle: s('users:add.title'),
    addDisplayName: s('users:add.displayName'),
    addEmail: s('users:add.email'),
    addSubmit: s('users:add.submit'),
    addedTitle: s('users:add.done.title'),
    addRefusedTitle: s('users:add.refused.title'),
    backToUserManagement: s('users:add.done.back'),
  };
}
export type EnrollLabels = ReturnType<typeof labels>;

/** The h1 of the enrollment site's current step. */
export function stepHeading(page: Page, L: EnrollLabels, step: string): Locator {
  return page.getByRole('heading', { level: 1, name: L.step(step), exact: true });
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/**
 * A password field by its label. Password inputs have no ARIA role, so this goes by the
 * `<label>`, whose text ends with the required marker `*` (hidden from screen readers).
 */
export function passwordField(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${escapeRe(label)}\\*?$`));
}

/** The error notice of the current step (the refusal a step's action came back with). */
export function stepError(page: Page): Locator {
  return page.getByTestId('enroll-error');
}

/** Advances the simulated clock from the top bar, with the labels of `lang`. */
export async function advanceClock(page: Page, L: EnrollLabels, days: 1 | 3 | 7): Promise<void> {
  const before = await simClock(page).getAttribute('datetime');
  expect(before).not.toBeNull();
  const group = page.getByRole('group', { name: L.clockGroup, exact: true });
  if (!(await group.isVisible()))
    await page.getByRole('button', { name: new RegExp(`^${escapeRe(L.clockCaption)}`) }).click();
  await group.getByRole('button', { name: L.clockAdvance(days), exact: true }).click();
  await expect(simClock(page)).toHaveAttribute(
    'datetime',
    new Date(Date.parse(before!) + days * DAY_MS).toISOString(),
  );
}

/** Opens a message of the current persona's mailbox by subject (the newest with that subject). */
export async function openMail(page: Page, L: EnrollLabels, subject: string): Promise<Locator> {
  return openMessage(page, customerLabels(L.lang), subject);
}

/** The unread count the top bar's mail badge announces (its localized accessible name). */
export async function unreadCount(page: Page, L: EnrollLabels): Promise<number> {
  const badge = page.getByTestId('mail-badge');
  await expect(badge).toBeVisible();
  const name = await badge.getAttribute('aria-label');
  const count = Array.from({ length: 50 }, (_, n) => n).find((n) => L.mailBadge(n) === name);
  expect(count, `mail badge "${name}"`).toBeDefined();
  return count!;
}

/** The in-app link of an open message whose route matches `route`. */
export function mailLink(message: Locator, route: RegExp): Locator {
  return message.getByTestId('mail-body').getByRole('link', { name: route });
}

/** Steps 1–6 with the right credentials: Welcome → work account → MPN info → PMC sign-in. */
export async function signInToProfiles(page: Page, L: EnrollLabels): Promise<void> {
  await expect(stepHeading(page, L, 'welcome')).toBeVisible();
  await button(page, L.next).click();
  await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
  await page.getByRole('textbox', { name: L.workUserName, exact: true }).fill(GRADY.email);
  await passwordField(page, L.workPassword).fill(GRADY.password);
  await button(page, L.signIn).click();
  await expect(stepHeading(page, L, 'mpnInfo')).toBeVisible();
  await button(page, L.signIn).click();
  await pmcSignIn(page, L);
}

/** Steps 5–6: PMC user name, Next, password, Sign in → the organization profiles. */
export async function pmcSignIn(page: Page, L: EnrollLabels): Promise<void> {
  await expect(stepHeading(page, L, 'pmcUser')).toBeVisible();
  await page.getByRole('textbox', { name: L.pmcUserName, exact: true }).fill(PMC.user);
  await button(page, L.next).click();
  await expect(stepHeading(page, L, 'pmcPassword')).toBeVisible();
  await passwordField(page, L.pmcPassword).fill(PMC.password);
  await button(page, L.signIn).click();
  await expect(stepHeading(page, L, 'chooseProfile')).toBeVisible();
}

/** A text field of the profile form, within its group (two groups have a "Phone number"). */
export function profileField(
  page: Page,
  L: EnrollLabels,
  group: 'business' | 'contact' | 'support',
  field: string,
): Locator {
  return page
    .getByRole('group', { name: L.group(group), exact: true })
    .getByRole('textbox', { name: L.field(field), exact: true });
}

/** Valid values for every field of the profile form (US postal code, Lamna's own domain). */
export const VALID_PROFILE: {
  group: 'business' | 'contact' | 'support';
  field: string;
  value: string;
}[] = [
  { group: 'business', field: 'legalName', value: 'Lamna Healthcare Company' },
  { group: 'business', field: 'addressLine', value: '1 Main Street' },
  { group: 'business', field: 'city', value: 'Seattle' },
  { group: 'business', field: 'state', value: 'WA' },
  { group: 'business', field: 'postalCode', value: '98052' },
  { group: 'business', field: 'phone', value: '+1 425 555 0100' },
  { group: 'contact', field: 'contactFirstName', value: 'Grady' },
  { group: 'contact', field: 'contactLastName', value: 'Archie' },
  { group: 'contact', field: 'contactEmail', value: GRADY.email },
  { group: 'contact', field: 'contactPhone', value: '+1 425 555 0101' },
  { group: 'support', field: 'supportEmail', value: 'support@lamnahealthcare.example' },
  { group: 'support', field: 'supportPhone', value: '+1 425 555 0102' },
];
