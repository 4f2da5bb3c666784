import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { openPath, switchPersona, type Lang } from '../helpers';
import { escapeRe, tr } from '../customer/helpers';

// Indirect provider specs (W-CONNECT-PROVIDER, W-INVITE-3WAY, R-IND-8/9/10). Every label is read
// from locales/<lang>/*.json, so a ru or zh test clicks what the ru or zh documentation names.

export { LANGS, escapeRe } from '../customer/helpers';

export const PROVIDER = 'Northwind Distribution';
export const RESELLER = 'Fabrikam Solutions';

export function P(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  return {
    lang,
    // Pages and glossary labels
    indirectProviders: s('partnerCenter:indirectProviders.title'),
    indirectResellers: s('partnerCenter:indirectResellers.title'),
    customers: s('partnerCenter:customers.title'),
    customersCaption: s('partnerCenter:customers.table_caption'),
    navIndirectProviders: s('partnerCenter:nav.indirectProviders'),
    navIndirectResellers: s('partnerCenter:nav.indirectResellers'),
    navCustomers: s('partnerCenter:nav.customers'),
    portalNav: s('common:shell.portalNav', { portal: s('common:portals.partner-center') }),
    viewCustomers: s('providers:actions.viewCustomers'),
    inviteCustomers: s('providers:actions.inviteCustomers'),
    removeAccess: s('providers:actions.removeAccess'),
    submitOrder: s('providers:actions.submitOrder'),
    authorizeTitle: s('providers:authorize.title'),
    authorize: s('providers:authorize.button'),
    ack: (provider: string) => s('providers:authorize.ack', { provider }),
    yes: s('providers:links.yes'),
    no: s('providers:links.no'),
    providersCaption: s('providers:providersPage.table_caption'),
    resellersCaption: s('providers:resellersPage.table_caption'),
    // Invite form
    emailLabel: s('providers:invite.email_label'),
    send: s('providers:invite.send'),
    sent: (address: string, organization: string) =>
      s('providers:invite.sent', { address, organization }),
    inviteError: (key: string, params: Record<string, string | number> = {}) =>
      s(`providers:invite.errors.${key}`, params),
    // Authorization page refusals
    blocked: (key: string) => s(`providers:authorize.blocks.${key}`),
    actAs: (name: string) => s('providers:authorize.actAs', { name }),
    // Remove admin access
    accessConfirmTitle: (provider: string) => s('providers:access.confirmTitle', { provider }),
    accessConfirm: s('providers:access.confirm'),
    cancel: s('common:actions.cancel'),
    // View customers
    viewCustomersTitle: s('providers:viewCustomers.title'),
    sharedCaption: (name: string) => s('providers:viewCustomers.table_caption', { name }),
    sharedEmpty: (name: string) => s('providers:viewCustomers.empty', { name }),
    // Orders
    orderTitle: s('providers:order.title'),
    subscriptionLabel: s('providers:order.subscription_label'),
    quantityLabel: s('providers:order.quantity_label'),
    orderDone: (offer: string, licenses: string) =>
      s('providers:order.done_addLicenses', { offer, licenses }),
    ruleLine: (rule: string) => s('common:shell.refused.rule', { rule, text: s(`rules:${rule}`) }),
    noOwnRelationship: (customer: string) =>
      s('providers:order.refusals.noOwnRelationship', { customer, provider: PROVIDER }),
    quantityError: (key: string) =>
      s(`providers:order.errors.quantity.${key}`, { maxQuantity: 10000 }),
    // Mail
    inbox: s('mail:inbox'),
    invitationSubject: s('providers:mail.invitation.subject', { provider: PROVIDER }),
    authorizedSubject: s('providers:mail.authorized.subject', { reseller: RESELLER }),
    // W-INVITE-3WAY (the request flow of W-REQUEST)
    next: s('common:actions.next'),
    draftDone: s('partnerCenter:request.draft.done'),
    to: s('mail:to'),
    composerSend: s('partnerCenter:composer.send'),
    requestSent: s('partnerCenter:request.sent.title'),
    threeWaySubject: s('partnerCenter:request.draft.threeWay.subject', {
      partner: RESELLER,
      provider: PROVIDER,
    }),
    ackMca: s('adminCenter:acceptInvitation.ackMca'),
    acceptAndAuthorize: s('adminCenter:acceptInvitation.accept'),
    partnerRelationshipsTitle: s('adminCenter:partnerRelationships.title'),
  };
}
export type ProviderLabels = ReturnType<typeof P>;

/** The Partner Center side navigation. */
export function pcNav(page: Page, L: ProviderLabels): Locator {
  return page.getByRole('navigation', { name: L.portalNav });
}

/** A row of a table, found by the text of one of its cells. */
export function rowOf(table: Locator, text: string): Locator {
  return table.getByRole('row').filter({ hasText: text });
}

/** Opens the mailbox and the message with this subject; returns it. */
export async function openMessage(
  page: Page,
  L: ProviderLabels,
  subject: string,
): Promise<Locator> {
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

/** The simulator link in a message whose route starts with `prefix` (e.g. `/provider-invitation/`). */
export function mailLink(message: Locator, prefix: string): Locator {
  return message
    .getByTestId('mail-body')
    .getByRole('link', { name: new RegExp(`#${escapeRe(prefix)}[A-Za-z0-9-]+$`) });
}

/** Diego, on Indirect resellers, invites Megan; the form says it was sent. */
export async function diegoInvitesMegan(page: Page, L: ProviderLabels): Promise<void> {
  await openPath(page, 'partner-center/indirect-resellers', { persona: 'u-diego', lang: L.lang });
  await expect(page.getByRole('heading', { level: 1, name: L.indirectResellers })).toBeVisible();
  await page.getByRole('textbox', { name: L.emailLabel }).fill('megan@fabrikam.example');
  await page.getByRole('button', { name: L.send, exact: true }).click();
  await expect(page.getByTestId('invite-sent')).toHaveText(
    L.sent('megan@fabrikam.example', RESELLER),
  );
}

/** Megan opens the invitation mail and follows its link; returns the link's route. */
export async function meganFollowsInvitation(page: Page, L: ProviderLabels): Promise<string> {
  await switchPersona(page, 'u-megan');
  const message = await openMessage(page, L, L.invitationSubject);
  const link = mailLink(message, '/provider-invitation/');
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: L.authorizeTitle })).toBeVisible();
  return href.replace(/^#/, '');
}

/** On the authorization page: tick the box, Authorize indirect provider; lands on Indirect providers. */
export async function authorize(page: Page, L: ProviderLabels): Promise<void> {
  const button = page.getByRole('button', { name: L.authorize, exact: true });
  await expect(button).toBeDisabled();
  const box = page.getByRole('checkbox', { name: L.ack(PROVIDER) });
  await box.check();
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page).toHaveURL(/#\/partner-center\/indirect-providers$/);
  await expect(page.getByRole('heading', { level: 1, name: L.indirectProviders })).toBeVisible();
}

/** W-CONNECT-PROVIDER end to end: Diego invites, Megan authorizes. Ends as Megan on Indirect providers. */
export async function linkNorthwindAndFabrikam(page: Page, L: ProviderLabels): Promise<string> {
  await diegoInvitesMegan(page, L);
  const route = await meganFollowsInvitation(page, L);
  await authorize(page, L);
  return route;
}
