import { inCustomerPortal, type RouteDef } from './page';
import { routes as userRoutes } from '../portals/partner-center/users/routes';
import { routes as providerRoutes } from '../portals/partner-center/providers/routes';
import { routes as o365Routes } from '../portals/o365/routes';
import { routes as enrollRoutes } from '../portals/enroll/routes';
import { routes as gdapPartnerRoutes } from '../portals/partner-center/gdap/routes';
import { routes as adminCenterGdapRoutes } from '../portals/admin-center/gdap/routes';

const partnerCenter: RouteDef[] = [
  {
    pattern: 'partner-center',
    portal: 'partner-center',
    feature: 'pc.home',
    titleKey: 'partnerCenter:home.title',
    load: () => import('../portals/partner-center/HomePage.svelte'),
    nav: { labelKey: 'partnerCenter:nav.dashboard' },
  },
  {
    pattern: 'partner-center/customers',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'partnerCenter:customers.title',
    load: () => import('../portals/partner-center/CustomersPage.svelte'),
    nav: {
      labelKey: 'partnerCenter:nav.customers',
      tileKey: 'partnerCenter:home.tile_customers_description',
    },
  },
  {
    pattern: 'partner-center/customers/request',
    portal: 'partner-center',
    feature: 'pc.customers.request',
    titleKey: 'partnerCenter:request.title',
    load: () => import('../portals/partner-center/RequestRelationshipPage.svelte'),
  },
  // The customer workspace (after request, which would otherwise read as a customer id).
  {
    pattern: 'partner-center/customers/:customerId',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'partnerCenter:workspace.title',
    load: () => import('../portals/partner-center/CustomerWorkspacePage.svelte'),
  },
  // Account has its own pattern: "select Account" is a documented step a walkthrough waits for.
  {
    pattern: 'partner-center/customers/:customerId/account',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'partnerCenter:workspace.title',
    load: () => import('../portals/partner-center/CustomerWorkspacePage.svelte'),
  },
  {
    pattern: 'partner-center/customers/:customerId/:section',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'partnerCenter:workspace.title',
    load: () => import('../portals/partner-center/CustomerWorkspacePage.svelte'),
  },
  // Settings (the gear in Partner Center's header): the list of the settings pages.
  {
    pattern: 'partner-center/settings',
    portal: 'partner-center',
    feature: 'pc.home',
    titleKey: 'partnerCenter:settings.title',
    load: () => import('../portals/partner-center/SettingsPage.svelte'),
  },
  {
    pattern: 'partner-center/indirect-providers',
    portal: 'partner-center',
    feature: 'pc.indirectProviders',
    titleKey: 'partnerCenter:indirectProviders.title',
    load: () => import('../portals/partner-center/IndirectProvidersPage.svelte'),
    nav: {
      labelKey: 'partnerCenter:nav.indirectProviders',
      tileKey: 'partnerCenter:home.tile_indirectProviders_description',
    },
  },
  {
    pattern: 'partner-center/indirect-resellers',
    portal: 'partner-center',
    feature: 'pc.indirectResellers',
    titleKey: 'partnerCenter:indirectResellers.title',
    load: () => import('../portals/partner-center/IndirectResellersPage.svelte'),
    nav: {
      labelKey: 'partnerCenter:nav.indirectResellers',
      tileKey: 'partnerCenter:home.tile_indirectResellers_description',
    },
  },
  {
    pattern: 'partner-center/settings/user-management',
    portal: 'partner-center',
    feature: 'pc.settings.userManagement',
    titleKey: 'partnerCenter:userManagement.title',
    load: () => import('../portals/partner-center/UserManagementPage.svelte'),
    nav: {
      labelKey: 'partnerCenter:nav.userManagement',
      groupKey: 'partnerCenter:nav.settings',
      order: 90,
      tileKey: 'partnerCenter:home.tile_userManagement_description',
    },
  },
];

/** R-REQ-5: the same customer pages exist in the Microsoft 365 admin center and the Office Admin Portal. */
function customerRoutes(portal: 'admin-center' | 'office-admin-portal'): RouteDef[] {
  return [
    {
      pattern: portal,
      portal,
      feature: 'ac.home',
      titleKey: 'adminCenter:home.title',
      load: () => import('../portals/admin-center/HomePage.svelte'),
      nav: { labelKey: 'adminCenter:nav.home' },
    },
    {
      pattern: `${portal}/users`,
      portal,
      feature: 'ac.users',
      titleKey: 'adminCenter:users.title',
      load: () => import('../portals/admin-center/ActiveUsersPage.svelte'),
      nav: {
        labelKey: 'adminCenter:nav.activeUsers',
        groupKey: 'adminCenter:nav.users',
        tileKey: 'adminCenter:home.link_users_description',
      },
    },
    {
      pattern: `${portal}/billing/partner-relationships`,
      portal,
      feature: 'ac.billing.partnerRelationships',
      titleKey: 'adminCenter:partnerRelationships.title',
      load: () => import('../portals/admin-center/PartnerRelationshipsPage.svelte'),
      nav: {
        labelKey: 'adminCenter:nav.partnerRelationships',
        groupKey: 'adminCenter:nav.billing',
        // Microsoft 365 admin center since 2022: Settings > Partner relationships (today-gdap.md).
        ...(portal === 'admin-center' ? { groupKeyToday: 'adminCenter:nav.settings' } : {}),
        tileKey: 'adminCenter:home.link_partnerRelationships_description',
      },
    },
    {
      pattern: `${portal}/billing/partner-relationships/:partnerId`,
      portal,
      feature: 'ac.billing.partnerRelationships',
      titleKey: 'adminCenter:partnerDetail.title',
      load: () => import('../portals/admin-center/PartnerDetailPage.svelte'),
    },
    {
      pattern: `${portal}/billing/accept-agreement`,
      portal,
      feature: 'ac.billing.acceptAgreement',
      titleKey: 'adminCenter:acceptAgreement.title',
      load: () => import('../portals/admin-center/AcceptAgreementPage.svelte'),
    },
    // Any admin may open the link; the page explains a refusal (R-MPR-1, wrong tenant, used link…).
    {
      pattern: `${portal}/partner-invitation/:token`,
      portal,
      feature: 'ac.home',
      titleKey: 'adminCenter:acceptInvitation.title',
      load: () => import('../portals/admin-center/AcceptInvitationPage.svelte'),
    },
  ];
}

const shared: RouteDef[] = [
  {
    pattern: 'mail',
    portal: null,
    titleKey: 'mail:title',
    load: () => import('../portals/mail/MailboxPage.svelte'),
  },
  {
    pattern: 'mail/:id',
    portal: null,
    titleKey: 'mail:title',
    load: () => import('../portals/mail/MailboxPage.svelte'),
  },
  // Links in mail: they open in the portal of the persona's cloud (R-REQ-5).
  {
    pattern: 'partner-invitation/:token',
    portal: null,
    titleKey: 'adminCenter:acceptInvitation.title',
    redirect: inCustomerPortal(
      ({ token }) => `partner-invitation/${encodeURIComponent(token ?? '')}`,
    ),
    load: () => import('../portals/links/InvitationLinkPage.svelte'),
  },
  {
    pattern: 'accept-agreement',
    portal: null,
    titleKey: 'adminCenter:acceptAgreement.title',
    redirect: inCustomerPortal(() => 'billing/accept-agreement'),
    load: () => import('../portals/links/AcceptAgreementLinkPage.svelte'),
  },
  {
    pattern: 'find-a-partner',
    portal: null,
    titleKey: 'findPartner:title',
    load: () => import('../portals/find-a-partner/FindPartnerPage.svelte'),
  },
  // The training layer: catalogue, a trainer's link into a walkthrough, a test's results.
  {
    pattern: 'learn',
    portal: null,
    titleKey: 'training:catalogue.title',
    load: () => import('../training/pages/LearnCataloguePage.svelte'),
  },
  // The trainer's desk (before learn/:slug, which would take "cohort" for a walkthrough).
  {
    pattern: 'learn/cohort',
    portal: null,
    titleKey: 'cohort:title',
    load: () => import('../training/cohort/CohortPage.svelte'),
  },
  {
    pattern: 'learn/verify',
    portal: null,
    titleKey: 'cohort:verify.title',
    load: () => import('../training/cohort/CohortPage.svelte'),
  },
  {
    pattern: 'learn/:slug',
    portal: null,
    titleKey: 'training:run.title',
    load: () => import('../training/pages/LearnRunPage.svelte'),
  },
  {
    pattern: 'learn/:slug/certificate/:runId',
    portal: null,
    titleKey: 'cohort:certificate.title',
    load: () => import('../training/certificate/CertificatePage.svelte'),
  },
  {
    pattern: 'learn/:slug/results/:runId',
    portal: null,
    titleKey: 'training:results.title',
    load: () => import('../training/pages/LearnResultsPage.svelte'),
  },
  {
    pattern: 'world',
    portal: null,
    titleKey: 'simulator:world.title',
    load: () => import('../portals/simulator/WorldPage.svelte'),
  },
];

// Each area lists its own pages (src/portals/<area>/routes.ts); order matters only for the navigation.
export const ROUTES: RouteDef[] = [
  ...partnerCenter,
  ...userRoutes,
  ...providerRoutes,
  ...gdapPartnerRoutes,
  ...customerRoutes('admin-center'),
  ...customerRoutes('office-admin-portal'),
  // After the customer pages, so its Billing item follows Home in the customer navigation.
  ...o365Routes,
  ...enrollRoutes,
  ...adminCenterGdapRoutes,
  ...shared,
];
