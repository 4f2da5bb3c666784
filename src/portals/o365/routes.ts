import { inCustomerPortal, type RouteDef } from '../../app/page';

// Office 365 partner features (seed 004): W-TRIAL and W-OFFER in Partner Center (Partner
// overview, R-IND-7: Admin agent or Global admin of an Office 365 partner), the customer's answer
// to the personal link, and W-POR in the customer portals.

const partnerCenter: RouteDef[] = [
  {
    pattern: 'partner-center/partner-overview',
    portal: 'partner-center',
    feature: 'pc.partnerOverview',
    titleKey: 'o365:overview.title',
    load: () => import('./PartnerOverviewPage.svelte'),
    nav: { labelKey: 'o365:nav.partnerOverview' },
  },
  {
    pattern: 'partner-center/partner-overview/trial',
    portal: 'partner-center',
    feature: 'pc.partnerOverview',
    titleKey: 'o365:create.trialTitle',
    load: () => import('./TrialInvitationPage.svelte'),
  },
  {
    pattern: 'partner-center/partner-overview/offer',
    portal: 'partner-center',
    feature: 'pc.partnerOverview',
    titleKey: 'o365:create.offerTitle',
    load: () => import('./PurchaseOfferPage.svelte'),
  },
];

/** R-REQ-5: the same customer pages in the Microsoft 365 admin center and the Office Admin Portal. */
function customerRoutes(portal: 'admin-center' | 'office-admin-portal'): RouteDef[] {
  return [
    // R-MPR-1 (Global admin or Billing admin) and R-O365-6 (not 21Vianet) through the feature.
    {
      pattern: `${portal}/billing/partner-of-record`,
      portal,
      feature: 'ac.billing.partnerRelationships',
      titleKey: 'o365:por.title',
      load: () => import('./PartnerOfRecordPage.svelte'),
      nav: { labelKey: 'o365:nav.partnerOfRecord', groupKey: 'adminCenter:nav.billing' },
    },
    // Any admin may open the link; the page explains a refusal (R-MPR-1, R-O365-6, used, expired…).
    {
      pattern: `${portal}/o365-offer/:token`,
      portal,
      feature: 'ac.home',
      titleKey: 'o365:offer.title',
      load: () => import('./OfferPage.svelte'),
    },
  ];
}

/** This area's pages; src/app/routes.ts includes them. */
export const routes: RouteDef[] = [
  ...partnerCenter,
  ...customerRoutes('admin-center'),
  ...customerRoutes('office-admin-portal'),
  // The link in the mail: it opens in the portal of the persona's cloud (R-REQ-5).
  {
    pattern: 'o365-offer/:token',
    portal: null,
    titleKey: 'o365:offer.title',
    redirect: inCustomerPortal(({ token }) => `o365-offer/${encodeURIComponent(token ?? '')}`),
    load: () => import('./OfferLinkPage.svelte'),
  },
];
