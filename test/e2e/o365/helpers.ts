import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { switchPersona, type Lang, type PersonaId } from '../helpers';
import { escapeRe, labels as customerLabels, openAs, tr, trPattern } from '../customer/helpers';

// Office 365 partner features (W-TRIAL, W-OFFER, W-POR): every label comes from the locale
// files of the language under test (see ../customer/helpers.ts), none is hard-coded here.

export { escapeRe, openAs, tr, trPattern };

export function labels(lang: Lang) {
  const s = (key: string, params?: Record<string, string | number>) => tr(lang, key, params);
  const c = customerLabels(lang);
  return {
    ...c,
    // Partner side
    pcNav: s('common:shell.portalNav', { portal: s('common:portals.partner-center') }),
    navPartnerOverview: s('o365:nav.partnerOverview'),
    overviewTitle: s('o365:overview.title'),
    overviewEmpty: s('o365:overview.empty'),
    createTrial: s('o365:overview.createTrial'),
    createOffer: s('o365:overview.createOffer'),
    trialTitle: s('o365:create.trialTitle'),
    offerTitle: s('o365:create.offerTitle'),
    servicesLegend: s('o365:create.servicesLegend'),
    licenses: (service: string) => s('o365:create.licenses', { service }),
    daLabel: s('o365:create.daLabel'),
    daNotAllowed: (organization: string) => s('o365:create.daNotAllowed', { organization }),
    next: s('common:actions.next'),
    draftDone: s('partnerCenter:request.draft.done'),
    to: s('mail:to'),
    send: s('partnerCenter:composer.send'),
    sent: (kind: 'trial' | 'purchase', customer: string) => s(`o365:sent.${kind}`, { customer }),
    errService: (key: string) => s(`o365:create.errors.services.${key}`, { max: 10 }),
    errLicenses: (key: string) => trPattern(lang, `o365:create.errors.licenses.${key}`),
    sendError: (key: string, params: Record<string, string>) =>
      s(`o365:send.errors.${key}`, params),
    kind: (kind: string) => s(`o365:kinds.${kind}`),
    state: (state: string) => s(`o365:states.${state}`),
    daState: (state: string) => s(`o365:delegatedAdminStates.${state}`),
    offerMailSubject: (variant: string, partner: string) =>
      s(`o365:draft.${variant}.subject`, { partner }),
    // Customer side: the offer page
    offerTitle_: s('o365:offer.title'),
    startTrial: s('o365:offer.startTrial'),
    acceptOffer: s('o365:offer.acceptOffer'),
    subStatus: (status: string) => s(`o365:offer.subscriptionStatus.${status}`),
    daAccept: s('o365:offer.daAccept'),
    daDecline: s('o365:offer.daDecline'),
    daConfirmTitle: s('o365:offer.daConfirmTitle'),
    daAccepted: (partner: string) => s('o365:offer.daState.accepted', { partner }),
    daOther: (partner: string) => s('o365:offer.daOther', { partner }),
    servicesDone: (kind: 'trial' | 'purchase', partner: string) =>
      s(`o365:offer.servicesDone_${kind}`, { partner }),
    oneDelegatedAdmin: (partner: string, customer: string, offering: string) =>
      s('o365:offer.errors.oneDelegatedAdmin', { partner, customer, offering }),
    offerBlock: (key: string) => s(`o365:offer.blocks.${key}`),
    offerSupport: s('o365:offer.support'),
    // W-POR
    navPartnerOfRecord: s('o365:nav.partnerOfRecord'),
    porTitle: s('o365:por.title'),
    porAdd: s('o365:por.add'),
    porChange: s('o365:por.change'),
    porSave: s('o365:por.save'),
    porModeMpn: s('o365:por.modeMpn'),
    porPartner: s('o365:por.partnerLabel'),
    porMpn: s('o365:por.mpnLabel'),
    porSaved: (partner: string) => s('o365:por.saved', { partner }),
    porNone: s('o365:por.none'),
    porSupport: s('o365:por.support'),
    porColumn: s('o365:por.column'),
    porYes: s('o365:por.yes'),
    porOption: (name: string, mpn: string) => s('o365:por.partnerOption', { name, mpn }),
    porErrMpn: (key: string) => s(`o365:por.errors.mpn.${key}`, { max: 12 }),
    porErrUnknown: (mpn: string) => s('o365:por.errors.mpnUnknown', { mpn }),
  };
}
export type O365Labels = ReturnType<typeof labels>;

export interface OfferSpec {
  kind: 'trial' | 'purchase';
  /** Service names as the catalogue spells them, with the licence count for a purchase offer. */
  services: { name: string; licenses?: string }[];
  delegatedAdmin: boolean;
  to: string;
}

/** Partner overview > Create trial invitation / Create purchase offer: the services step only. */
export async function openCreate(
  page: Page,
  L: O365Labels,
  kind: 'trial' | 'purchase',
): Promise<void> {
  await page
    .getByRole('link', { name: kind === 'trial' ? L.createTrial : L.createOffer, exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: kind === 'trial' ? L.trialTitle : L.offerTitle }),
  ).toBeVisible();
}

/** Chooses the services (and licence counts) and the delegated administration option, then Next. */
export async function chooseServices(
  page: Page,
  L: O365Labels,
  spec: Pick<OfferSpec, 'services' | 'delegatedAdmin'>,
): Promise<void> {
  const services = page.getByRole('group', { name: L.servicesLegend });
  for (const s of spec.services) {
    await services.getByRole('checkbox', { name: s.name, exact: true }).check();
    if (s.licenses !== undefined)
      await page.getByRole('textbox', { name: L.licenses(s.name) }).fill(s.licenses);
  }
  if (spec.delegatedAdmin) await page.getByRole('checkbox', { name: L.daLabel }).check();
  await page.getByRole('button', { name: L.next, exact: true }).click();
}

/** From the services step on: draft email (Done), composer (To, Send); expects it sent. */
export async function finishAndSend(
  page: Page,
  L: O365Labels,
  spec: Pick<OfferSpec, 'kind' | 'to'>,
  customer: string,
): Promise<void> {
  await page.getByRole('button', { name: L.draftDone, exact: true }).click();
  await page.getByRole('textbox', { name: L.to }).fill(spec.to);
  await page.getByRole('button', { name: L.send, exact: true }).click();
  await expect(page.getByTestId('offer-sent')).toContainText(L.sent(spec.kind, customer));
}

/** A partner persona sends a whole offer from Partner overview. */
export async function sendOffer(
  page: Page,
  L: O365Labels,
  spec: OfferSpec,
  customer: string,
): Promise<void> {
  await page
    .getByRole('navigation', { name: L.pcNav })
    .getByRole('link', { name: L.navPartnerOverview, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: L.overviewTitle })).toBeVisible();
  await openCreate(page, L, spec.kind);
  await chooseServices(page, L, spec);
  await finishAndSend(page, L, spec, customer);
}

/** As `persona`, opens the newest mail with this subject and follows its offer link. */
export async function followOfferMail(
  page: Page,
  L: O365Labels,
  persona: PersonaId,
  subject: string,
): Promise<void> {
  await switchPersona(page, persona);
  await page.getByTestId('mail-badge').click();
  await expect(page).toHaveURL(/#\/mail(\/|$)/);
  await page
    .getByRole('list', { name: L.inbox })
    .getByRole('link', { name: new RegExp(escapeRe(subject)) })
    .first()
    .click();
  const message: Locator = page.getByRole('article', { name: subject });
  await expect(message).toBeVisible();
  await message
    .getByTestId('mail-body')
    .getByRole('link', { name: /\/o365-offer\/o_[a-z0-9]+$/ })
    .click();
  await expect(page).toHaveURL(/#\/(admin-center|office-admin-portal)\/o365-offer\/o_[a-z0-9]+$/);
}
