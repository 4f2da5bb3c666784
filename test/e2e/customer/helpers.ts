import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { openPath, type Lang, type PersonaId } from '../helpers';
import { noDoubledStop } from '../../../src/i18n/sentenceEnd';

// Customer-side specs: every label a test clicks or reads is taken from locales/<lang>/*.json,
// so a test in ru or zh clicks what a reader of the ru or zh documentation looks for, and no
// test hard-codes a translation.

export const LANGS: Lang[] = ['en', 'ru', 'zh'];

const LOCALES_DIR = fileURLToPath(new URL('../../../locales/', import.meta.url));
const PLURAL_TAG: Record<Lang, string> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

type Tree = { [key: string]: string | Tree };
const cache = new Map<Lang, Record<string, Tree>>();

function bundles(lang: Lang): Record<string, Tree> {
  let b = cache.get(lang);
  if (!b) {
    b = {};
    const dir = `${LOCALES_DIR}${lang}/`;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      b[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Tree;
    }
    cache.set(lang, b);
  }
  return b;
}

function lookup(lang: Lang, key: string): string | Tree | undefined {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: string | Tree | undefined = bundles(lang)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/**
 * A string of the locale files, as i18next renders it: `ns:a.b` (namespace `common` when
 * omitted), `{{name}}` interpolation, and `_one`/`_few`/`_other`… plural forms with `count`.
 */
export function tr(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let value =
    typeof params.count === 'number'
      ? lookup(lang, `${key}_${new Intl.PluralRules(PLURAL_TAG[lang]).select(params.count)}`)
      : undefined;
  value ??= lookup(lang, key);
  if (typeof value !== 'string') throw new Error(`locales/${lang}: no string for ${key}`);
  // As the app's t(): a name ending in a full stop ends its sentence once ("Inc..").
  return noDoubledStop(
    value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      if (!(name in params)) throw new Error(`locales/${lang} ${key}: no value for {{${name}}}`);
      return String(params[name]);
    }),
  );
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A string of the locale files with its `{{placeholders}}` matching anything (dates…). */
export function trPattern(
  lang: Lang,
  key: string,
  params: Record<string, string | number> = {},
): RegExp {
  const value = lookup(lang, key);
  if (typeof value !== 'string') throw new Error(`locales/${lang}: no string for ${key}`);
  const parts = value.split(/(\{\{\s*\w+\s*\}\})/);
  return new RegExp(
    parts
      .map((p) => {
        const m = /^\{\{\s*(\w+)\s*\}\}$/.exec(p);
        if (!m) return escapeRe(p);
        return m[1]! in params ? escapeRe(String(params[m[1]!])) : '.+';
      })
      .join(''),
  );
}

/** The labels the customer-side workflows use, as the documentation of `lang` spells them. */
export function labels(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  return {
    lang,
    // Shell
    portal: {
      adminCenter: s('common:portals.admin-center'),
      officeAdminPortal: s('common:portals.office-admin-portal'),
      partnerCenter: s('common:portals.partner-center'),
    },
    portalNav: (portal: string) => s('common:shell.portalNav', { portal }),
    close: s('common:actions.close'),
    yes: s('common:actions.yes'),
    // Admin center navigation: Billing > Partner relationships
    navHome: s('adminCenter:nav.home'),
    navBilling: s('adminCenter:nav.billing'),
    navPartnerRelationships: s('adminCenter:nav.partnerRelationships'),
    partnerRelationshipsTitle: s('adminCenter:partnerRelationships.title'),
    noPartners: s('adminCenter:partnerRelationships.empty'),
    endRelationshipNote: s('adminCenter:partnerRelationships.endRelationship_note'),
    microsoftSupportNote: s('adminCenter:partnerRelationships.microsoftSupport_note'),
    adminRolesNone: s('adminCenter:partnerRelationships.adminRoles_none'),
    // W-ACCEPT
    acceptInvitationTitle: s('adminCenter:acceptInvitation.title'),
    acceptAndAuthorize: s('adminCenter:acceptInvitation.accept'),
    ackMca: s('adminCenter:acceptInvitation.ackMca'),
    mcaTitle: s('adminCenter:mca.title'),
    mcaPlaceholder: s('adminCenter:mca.placeholderNotice'),
    // W-MCA
    acceptAgreementTitle: s('adminCenter:acceptAgreement.title'),
    accept: s('adminCenter:acceptAgreement.accept'),
    homeMcaAccepted: trPattern(lang, 'adminCenter:home.mca_accepted'),
    removeRolesDone: (partner: string, type: string) =>
      s('adminCenter:removeRoles.done', { partner, type }),
    mcaAlready: trPattern(lang, 'adminCenter:acceptAgreement.already'),
    // W-REMOVE-ROLES
    removeRoles: s('adminCenter:removeRoles.button'),
    removeRolesConfirm: s('adminCenter:removeRoles.confirmTitle'),
    // W-CANCEL-INVITE
    cancelInvitation: s('adminCenter:cancelInvitation.button'),
    cancelConfirmTitle: s('adminCenter:cancelInvitation.confirmTitle'),
    cancelledTitle: s('adminCenter:cancelInvitation.doneTitle'),
    cancelledDone: (partner: string) => s('adminCenter:cancelInvitation.done', { partner }),
    // Refusals
    block: (key: string) => s(`adminCenter:invitation.blocks.${key}`),
    actAs: (name: string) => s('adminCenter:invitation.actAs', { name }),
    refusedTitle: (pageTitle: string) => s('common:shell.refused.title', { page: pageTitle }),
    ruleLine: (rule: string) => s('common:shell.refused.rule', { rule, text: s(`rules:${rule}`) }),
    refusedCloud: s('common:shell.refused.cloud'),
    vianetTitle: s('adminCenter:home.vianet_title'),
    // World vocabulary
    role: (role: string) => s(`world:roles.${role}`),
    partnerType: (type: string) => s(`world:partnerTypes.${type}`),
    // W-FIND
    findPartnerTitle: s('findPartner:title'),
    location: s('findPartner:search.location'),
    keywords: s('findPartner:search.keywords'),
    go: s('findPartner:search.go'),
    service: (tag: string) => s(`findPartner:services.${tag}`),
    resultsCount: (count: number) => s('findPartner:results.count', { count }),
    contactSelected: s('findPartner:results.contact'),
    contactTitle: s('findPartner:contact.title'),
    needs: s('findPartner:contact.needs'),
    send: s('findPartner:contact.send'),
    sentTitle: s('findPartner:sent.title'),
    errKeywordsTooLong: s('findPartner:errors.keywords.tooLong', { max: 100 }),
    errSelectionNone: s('findPartner:errors.selection.none'),
    errNeedsRequired: s('findPartner:errors.needs.required', { min: 10, max: 2000 }),
    errNeedsTooShort: s('findPartner:errors.needs.tooShort', { min: 10, max: 2000 }),
    // Mail
    inbox: s('mail:inbox'),
    mailSubject: (key: string, params: Record<string, string>) => s(`mail:${key}`, params),
    // Partner Center
    pcCustomers: s('partnerCenter:nav.customers'),
    pcNo: s('partnerCenter:shared.no'),
  };
}
export type Labels = ReturnType<typeof labels>;

export const TREY_TOKEN = 'inv-trey-fourthcoffee-token';
export const RELECLOUD_TOKEN = 'inv-relecloud-wwi-token';

/** Opens the app as `persona` in `lang` at a hash route (a trainer link). */
export async function openAs(
  page: Page,
  persona: PersonaId,
  lang: Lang,
  path: string,
): Promise<void> {
  await openPath(page, path, { persona, lang });
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : lang);
}

/** Opens the mailbox from the top bar and the message with this subject; returns the message. */
export async function openMessage(page: Page, L: Labels, subject: string): Promise<Locator> {
  await page.getByTestId('mail-badge').click();
  await expect(page).toHaveURL(/#\/mail(\/|$)/);
  await page
    .getByRole('list', { name: L.inbox })
    .getByRole('link', { name: new RegExp(escapeRe(subject)) })
    .first()
    .click();
  const message = page.getByRole('article', { name: subject });
  await expect(message).toBeVisible();
  return message;
}

/** Follows the simulator link in an open message whose route ends with `route`. */
export async function followMailLink(message: Locator, route: string): Promise<void> {
  const link = message
    .getByTestId('mail-body')
    .getByRole('link', { name: new RegExp(`#${escapeRe(route)}$`) });
  await expect(link).toHaveAttribute('href', `#${route}`);
  await link.click();
}

/** Opens an invitation email from `partner` and follows its personal link. */
export async function followInvitationMail(
  page: Page,
  L: Labels,
  partner: string,
  token: string,
): Promise<void> {
  const message = await openMessage(
    page,
    L,
    L.mailSubject('seeded.invitation.subject', { partner }),
  );
  await followMailLink(message, `/partner-invitation/${token}`);
}

/** The customer portal's side navigation (localized name). */
export function customerNav(page: Page, L: Labels, portalName: string): Locator {
  return page.getByRole('navigation', { name: L.portalNav(portalName) });
}

/** Billing > Partner relationships, through the navigation's labels. */
export async function openPartnerRelationships(
  page: Page,
  L: Labels,
  portalName: string,
): Promise<void> {
  const billing = customerNav(page, L, portalName).getByRole('list', { name: L.navBilling });
  await billing.getByRole('link', { name: L.navPartnerRelationships }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: L.partnerRelationshipsTitle }),
  ).toBeVisible();
}

/** The row of a partner in the Partner relationships table. */
export function partnerRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}
