import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { Lang } from '../helpers';
import {
  escapeRe,
  followMailLink,
  labels as customerLabels,
  openMessage,
  tr,
  trPattern,
} from '../customer/helpers';

// Partner-side specs (issue 4: W-REQUEST, W-REMOVE-REL, managing a customer). As on the
// customer side, every label a test clicks or reads comes from locales/<lang>/*.json, so the
// ru and zh runs click what a reader of the ru and zh documentation looks for.

export {
  LANGS,
  openAs,
  openMessage,
  escapeRe,
  tr,
  partnerRow,
  openPartnerRelationships,
} from '../customer/helpers';

/** The labels of the partner-side workflows (plus the customer side's, for the acceptance). */
export function labels(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  const rule = (id: string) => s('common:shell.refused.rule', { rule: id, text: s(`rules:${id}`) });
  return {
    ...customerLabels(lang),
    rule,
    next: s('common:actions.next'),
    previous: s('common:actions.previous'),
    cancel: s('common:actions.cancel'),
    cloud: (cloud: string) => s(`world:clouds.${cloud}`),
    // Customers
    customersTitle: s('partnerCenter:customers.title'),
    expand: (name: string) => s('partnerCenter:customers.expand_label', { name }),
    pcYes: s('partnerCenter:shared.yes'),
    // W-REQUEST: options
    requestTitle: s('partnerCenter:request.title'),
    optionsTitle: s('partnerCenter:request.options.title'),
    includeDap: s('partnerCenter:request.options.includeDap'),
    withoutDapMeans: s('partnerCenter:request.options.withoutDapMeans'),
    cannotOmit: (cloud: string) =>
      s('partnerCenter:request.options.cannotOmit', { cloud: s(`world:clouds.${cloud}`) }),
    // W-REQUEST: draft
    draftTitle: s('partnerCenter:request.draft.title'),
    subject: s('partnerCenter:request.draft.subject'),
    message: s('partnerCenter:request.draft.body'),
    done: s('partnerCenter:request.draft.done'),
    linkMissing: s('partnerCenter:request.draft.linkMissing'),
    draftSubject: (partner: string) =>
      s('partnerCenter:request.draft.withDap.subject', { partner }),
    draftBody: (
      kind: 'withDap' | 'withoutDap',
      params: { partner: string; sender: string; link: string },
    ) => s(`partnerCenter:request.draft.${kind}.body`, params),
    // W-REQUEST: composer
    composerTitle: s('partnerCenter:composer.title'),
    to: s('mail:to'),
    send: s('partnerCenter:composer.send'),
    noLinkTitle: s('partnerCenter:composer.noLinkTitle'),
    sendAnyway: s('partnerCenter:composer.sendAnyway'),
    putLinkBack: s('partnerCenter:composer.putLinkBack'),
    errToRequired: s('partnerCenter:composer.errors.to.required', { max: 10 }),
    errToFormat: s('partnerCenter:composer.errors.to.format', { max: 10 }),
    errBodyTooLong: s('partnerCenter:composer.errors.body.tooLong', { max: 10_000 }),
    errUnknownRecipient: (address: string) =>
      s('partnerCenter:request.errors.unknownRecipient', { address }),
    errNotCustomer: (address: string) => s('partnerCenter:request.errors.notCustomer', { address }),
    errSeveralCustomers: s('partnerCenter:request.errors.severalCustomers'),
    sentTitle: s('partnerCenter:request.sent.title'),
    sentBody: (customer: string) => s('partnerCenter:request.sent.body', { customer }),
    // Customer side of the acceptance
    refusedInvitationTitle: s('adminCenter:invitation.refusedTitle'),
    blockedInvitationTitle: s('adminCenter:invitation.blockedTitle'),
    acceptedSubject: (customer: string) => s('mail:invitation.accepted.subject', { customer }),
    failedSubject: (customer: string) => s('mail:invitation.failedRegion.subject', { customer }),
    serviceRequestSubject: (number: string, customer: string) =>
      s('mail:serviceRequest.subject', { number, customer }),
    // Customer details and management
    subscriptionsCaption: (name: string) =>
      s('partnerCenter:customerDetails.subscriptions_caption', { name }),
    usersCaption: (name: string) => s('partnerCenter:customerDetails.users_caption', { name }),
    accountHeading: s('partnerCenter:customerDetails.account_heading'),
    mcaAccepted: s('partnerCenter:manage.mcaAccepted'),
    mcaMissing: s('partnerCenter:manage.mcaMissing'),
    adminRightsYes: s('partnerCenter:manage.adminRightsYes'),
    adminRightsNo: s('partnerCenter:manage.adminRightsNo'),
    addUser: s('partnerCenter:manage.addUser'),
    resetPassword: s('partnerCenter:manage.resetPassword'),
    addLicenses: s('partnerCenter:manage.addLicenses'),
    addAzure: s('partnerCenter:manage.addAzure'),
    serviceRequest: s('partnerCenter:manage.serviceRequest'),
    roleCannotManage: s('partnerCenter:manage.roleCannotManage'),
    limited: (key: string, customer: string) =>
      s(`partnerCenter:manage.limited.${key}`, { customer }),
    rolesRemoved: (customer: string) =>
      trPattern(lang, 'partnerCenter:manage.rolesRemoved', { customer }),
    dialogTitle: (kind: string, params: { customer?: string; target?: string }) =>
      s(`partnerCenter:manage.dialog.${kind}.title`, { customer: '', target: '', ...params }),
    dialogSubmit: (kind: string) => s(`partnerCenter:manage.dialog.${kind}.submit`),
    displayName: s('partnerCenter:manage.dialog.addUser.displayName'),
    userName: s('partnerCenter:manage.dialog.addUser.userName'),
    quantity: s('partnerCenter:manage.dialog.addLicenses.quantity'),
    licensesDone: (licenses: number) =>
      s('partnerCenter:manage.dialog.addLicenses.done', { licenses }),
    azureDone: (customer: string) =>
      s('partnerCenter:manage.dialog.addAzureSubscription.done', { customer }),
    description: s('partnerCenter:manage.dialog.serviceRequest.description'),
    serviceRequestDone: trPattern(lang, 'partnerCenter:manage.dialog.serviceRequest.done'),
    manageError: (key: string) =>
      s(`partnerCenter:manage.errors.${key}`, { min: 10, max: 2000, maxQuantity: 10_000 }),
    secretOnce: s('partnerCenter:secret.once'),
    // W-REMOVE-REL
    removeRelationship: s('partnerCenter:removeRelationship.button'),
    removeConfirmTitle: (customer: string) =>
      s('partnerCenter:removeRelationship.confirmTitle', { customer }),
    attestation: s('partnerCenter:removeRelationship.attestation'),
    removedToast: (customer: string) => s('partnerCenter:removeRelationship.done', { customer }),
  };
}
export type PartnerLabels = ReturnType<typeof labels>;

export const PATTI = 'patti@contoso.example';
/** A personal invitation link in a draft (src/domain/mailLinks.ts `invitationLink`). */
export const INVITATION_LINK =
  /https:\/\/partner-sim\.example\/#\/partner-invitation\/[A-Za-z0-9_-]+/;

/** Partner Center navigation > Customers. */
export async function goToCustomers(page: Page, L: PartnerLabels): Promise<void> {
  await page
    .getByRole('navigation', { name: L.portalNav(L.portal.partnerCenter) })
    .getByRole('link', { name: L.pcCustomers, exact: true })
    .click();
  await expect(page).toHaveURL(/#\/partner-center\/customers$/);
  await expect(page.getByRole('heading', { level: 1, name: L.customersTitle })).toBeVisible();
}

/** The row of a customer on the Customers page. */
export function customerRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Expands a customer's record with its down arrow; returns the details cell it controls. */
export async function expandCustomer(page: Page, L: PartnerLabels, name: string): Promise<Locator> {
  const button = page.getByRole('button', { name: L.expand(name), exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const id = await button.getAttribute('aria-controls');
  expect(id).toBeTruthy();
  const details = page.locator(`[id="${id}"]`);
  // Loaded: the Account section is there.
  await expect(
    details.getByRole('heading', { level: 3, name: L.accountHeading, exact: true }),
  ).toBeVisible();
  return details;
}

/** The Account section of an expanded customer. */
export function accountSection(details: Locator, L: PartnerLabels): Locator {
  return details.locator('section').filter({
    has: details.page().getByRole('heading', { level: 3, name: L.accountHeading, exact: true }),
  });
}

/** Customers > Request a reseller relationship: the options step is shown. */
export async function openRequest(page: Page, L: PartnerLabels): Promise<void> {
  await page.getByRole('link', { name: L.requestTitle, exact: true }).click();
  await expect(page).toHaveURL(/#\/partner-center\/customers\/request$/);
  await expect(page.getByRole('heading', { level: 1, name: L.requestTitle })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: L.optionsTitle })).toBeVisible();
}

export function dapCheckbox(page: Page, L: PartnerLabels): Locator {
  return page.getByRole('checkbox', { name: L.includeDap, exact: true });
}

/** Options → Next: the draft step. Returns the personal link found in the draft. */
export async function toDraft(page: Page, L: PartnerLabels): Promise<string> {
  await page.getByRole('button', { name: L.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: L.draftTitle })).toBeVisible();
  const body = page.getByRole('textbox', { name: L.message, exact: true });
  await expect(body).toHaveValue(INVITATION_LINK);
  const link = INVITATION_LINK.exec(await body.inputValue())![0];
  return link;
}

/** Draft → Done: the composer. */
export async function toComposer(page: Page, L: PartnerLabels): Promise<void> {
  await page.getByRole('button', { name: L.done, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: L.composerTitle })).toBeVisible();
}

/** Types the recipients and selects Send. */
export async function sendTo(page: Page, L: PartnerLabels, to: string): Promise<void> {
  await page.getByRole('textbox', { name: L.to, exact: true }).fill(to);
  await page.getByRole('button', { name: L.send, exact: true }).click();
}

/** The "Email sent" step for `customer`. */
export async function expectSent(page: Page, L: PartnerLabels, customer: string): Promise<void> {
  const sent = page.getByTestId('request-sent');
  await expect(sent.getByRole('heading', { level: 2, name: L.sentTitle })).toBeVisible();
  await expect(sent).toContainText(L.sentBody(customer));
}

/**
 * The whole W-REQUEST as Megan (already on Partner Center): Customers, Request a reseller
 * relationship, DAP ticked or cleared, Next, Done, To, Send. Returns the personal link.
 */
export async function requestRelationship(
  page: Page,
  L: PartnerLabels,
  to: string,
  customer: string,
  withDap = true,
): Promise<string> {
  await goToCustomers(page, L);
  await openRequest(page, L);
  const dap = dapCheckbox(page, L);
  await expect(dap).toBeChecked();
  if (!withDap) {
    await dap.uncheck();
    await expect(page.getByText(L.withoutDapMeans)).toBeVisible();
  }
  const link = await toDraft(page, L);
  await toComposer(page, L);
  await sendTo(page, L, to);
  await expectSent(page, L, customer);
  return link;
}

/** The route of a personal link, e.g. `/partner-invitation/i-…`. */
export function routeOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

/**
 * As the customer admin now acting: opens the partner's mail, follows the personal link,
 * ticks the MCA acknowledgement and selects Accept & Authorize.
 */
export async function acceptFromMail(
  page: Page,
  L: PartnerLabels,
  subject: string,
  link: string,
): Promise<void> {
  const message = await openMessage(page, L, subject);
  await followMailLink(message, routeOf(link));
  await expect(
    page.getByRole('heading', { level: 1, name: L.acceptInvitationTitle }),
  ).toBeVisible();
  const accept = page.getByRole('button', { name: L.acceptAndAuthorize, exact: true });
  await expect(accept).toBeDisabled();
  await page.getByRole('checkbox', { name: L.ackMca }).check();
  await accept.click();
}

/** The number of messages in the current persona's inbox (opens the mailbox). */
export async function inboxCount(page: Page, L: PartnerLabels): Promise<number> {
  await page.getByTestId('mail-badge').click();
  await expect(page).toHaveURL(/#\/mail(\/|$)/);
  const list = page.getByRole('list', { name: L.inbox });
  await expect(list).toBeVisible();
  return list.getByRole('listitem').count();
}

/** The open dialog with this title. */
export function dialog(page: Page, title: string): Locator {
  return page.getByRole('dialog', { name: title, exact: true });
}

export const re = (text: string) => new RegExp(escapeRe(text));
