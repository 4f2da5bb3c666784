import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { personaSwitcher, type Lang } from '../helpers';
import { escapeRe, tr } from '../customer/helpers';

// Partner Center users (W-ADD-USER, R-IND-5, R-IND-6, R-IND-7): every label a test clicks or
// reads comes from locales/<lang>/*.json (tr reads them with node:fs), never hard-coded.

export { LANGS, openAs } from '../customer/helpers';

export const FABRIKAM = 'Fabrikam Solutions';
/** A new password that meets R-IND-6's rules. */
export const NEW_PASSWORD = 'New-Passw0rd!';

export function userLabels(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  const partnerCenter = s('common:portals.partner-center');
  return {
    lang,
    partnerCenter,
    pcNav: s('common:shell.portalNav', { portal: partnerCenter }),
    navUserManagement: s('partnerCenter:nav.userManagement'),
    navCustomers: s('partnerCenter:nav.customers'),
    homeTitle: s('partnerCenter:home.title'),
    userManagementTitle: s('partnerCenter:userManagement.title'),
    role: (role: string) => s(`world:roles.${role}`),
    noAgent: s('users:roles.noAgent'),
    noAdmin: s('users:roles.noAdmin'),
    personaOption: (name: string, role: string) =>
      s('common:shell.personaOption', {
        name,
        role: s(`world:roles.${role}`),
        organization: FABRIKAM,
      }),
    // W-ADD-USER
    addUser: s('users:list.addUser'),
    addTitle: s('users:add.title'),
    fullName: s('users:add.displayName'),
    email: s('users:add.email'),
    add: s('users:add.submit'),
    added: s('users:add.done.title'),
    once: s('partnerCenter:secret.once'),
    errNameRequired: s('users:add.errors.displayName.required'),
    errEmailRequired: s('users:add.errors.email.required'),
    errEmailTaken: (email: string) => s('users:add.errors.email.taken', { email }),
    errOtherDomain: s('users:add.errors.email.otherDomain', { domain: 'fabrikam.example' }),
    errNoRole: s('users:roles.errors.noRole'),
    // R-IND-5 / R-IND-7
    needsAdminAgent: (name: string) => s('users:add.refused.needsAdminAgent', { name }),
    ruleLine: (rule: string) => s('common:shell.refused.rule', { rule, text: s(`rules:${rule}`) }),
    refusedTitle: (page: string) => s('common:shell.refused.title', { page }),
    rolesHeading: (name: string) => s('users:roles.heading', { name }),
    update: s('users:roles.update'),
    updated: (name: string) => s('users:roles.updated', { name }),
    errLastAssigner: s('users:roles.errors.lastAssigner'),
    // R-IND-6 first sign-in
    signInTitle: s('users:signIn.title'),
    userName: s('users:signIn.userName'),
    temporary: s('users:signIn.temporary'),
    signIn: s('users:signIn.submit'),
    wrongCredentials: s('users:signIn.errors.wrongCredentials'),
    changeTitle: s('users:signIn.change_title'),
    newPassword: s('users:signIn.password'),
    confirmation: s('users:signIn.confirmation'),
    changeSubmit: s('users:signIn.change_submit'),
    errWeak: s('users:signIn.errors.password.weak'),
  };
}
export type UserLabels = ReturnType<typeof userLabels>;

export function pcNav(page: Page, L: UserLabels): Locator {
  return page.getByRole('navigation', { name: L.pcNav });
}

/** A password field by its label (its visible label ends with the required mark). */
export function passwordField(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${escapeRe(label)}\\*?$`));
}

export function h1(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Settings > User management, through the navigation. */
export async function openUserManagement(page: Page, L: UserLabels): Promise<void> {
  await pcNav(page, L).getByRole('link', { name: L.navUserManagement }).click();
  await expect(h1(page, L.userManagementTitle)).toBeVisible();
}

/** The user's row in the User management table. */
export function userRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
}

export interface NewUser {
  name: string;
  email: string;
  agent: string | null;
  admin: string | null;
}

/** Fills the Add user form (on the add page) and selects Add. */
export async function fillAndAdd(page: Page, L: UserLabels, user: NewUser): Promise<void> {
  await page.getByRole('textbox', { name: L.fullName }).fill(user.name);
  await page.getByRole('textbox', { name: L.email }).fill(user.email);
  await page
    .getByRole('radio', { name: user.agent ? L.role(user.agent) : L.noAgent, exact: true })
    .check();
  await page
    .getByRole('radio', { name: user.admin ? L.role(user.admin) : L.noAdmin, exact: true })
    .check();
  await page.getByRole('button', { name: L.add, exact: true }).click();
}

/** After a successful Add: the one-time details. Returns the temporary password. */
export async function readOneTimePassword(
  page: Page,
  L: UserLabels,
  email: string,
): Promise<string> {
  await expect(page.getByRole('heading', { level: 2, name: L.added })).toBeVisible();
  await expect(page.getByText(L.once)).toBeVisible();
  await expect(page.getByTestId('secret-user')).toHaveText(email);
  const password = (await page.getByTestId('secret-password').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[A-Z][a-z]{3}-\d{4}-[A-Z][a-z]{3}$/);
  return password;
}

/** Chooses a persona by its option's text (new users have generated ids). */
export async function switchToNewPersona(
  page: Page,
  L: UserLabels,
  name: string,
  role: string,
): Promise<void> {
  await personaSwitcher(page).selectOption({ label: L.personaOption(name, role) });
  await expect(personaSwitcher(page)).toHaveAccessibleName(new RegExp(name));
}

/** R-IND-6: temporary password, then the new one; lands on the Partner Center dashboard. */
export async function firstSignIn(page: Page, L: UserLabels, temporary: string): Promise<void> {
  await expect(h1(page, L.signInTitle)).toBeVisible();
  await passwordField(page, L.temporary).fill(temporary);
  await page.getByRole('button', { name: L.signIn, exact: true }).click();
  await expect(h1(page, L.changeTitle)).toBeVisible();
  await passwordField(page, L.newPassword).fill(NEW_PASSWORD);
  await passwordField(page, L.confirmation).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: L.changeSubmit, exact: true }).click();
  await expect(h1(page, L.homeTitle)).toBeVisible();
}
