import type { RouteDef } from '../../../app/page';

/**
 * This area's pages; src/app/routes.ts includes them. The Indirect providers and Indirect
 * resellers pages themselves are listed there (with the navigation); these are the pages
 * reached from their rows (View customers, Invite new customers, Submit order) and the
 * provider invitation's mail link (W-CONNECT-PROVIDER).
 */
export const routes: RouteDef[] = [
  // Reseller side (R-IND-7: 'pc.indirectProviders').
  {
    pattern: 'partner-center/indirect-providers/:providerId/customers',
    portal: 'partner-center',
    feature: 'pc.indirectProviders',
    titleKey: 'providers:viewCustomers.title',
    load: () => import('./ViewCustomersPage.svelte'),
  },
  // W-INVITE-3WAY.
  {
    pattern: 'partner-center/indirect-providers/:providerId/invite',
    portal: 'partner-center',
    feature: 'pc.indirectProviders',
    titleKey: 'providers:inviteCustomers.title',
    load: () => import('./InviteCustomersPage.svelte'),
  },
  // Provider side (R-IND-7: 'pc.indirectResellers').
  {
    pattern: 'partner-center/indirect-resellers/:resellerId/customers',
    portal: 'partner-center',
    feature: 'pc.indirectResellers',
    titleKey: 'providers:viewCustomers.title',
    load: () => import('./ViewCustomersPage.svelte'),
  },
  // R-IND-10: any customer id may be typed here; the page and the repository decide.
  {
    pattern: 'partner-center/provider-order/:customerId',
    portal: 'partner-center',
    feature: 'pc.indirectResellers',
    titleKey: 'providers:order.title',
    load: () => import('./ProviderOrderPage.svelte'),
  },
  // The link in the provider's invitation email: any persona may open it; the page explains a refusal.
  {
    pattern: 'provider-invitation/:token',
    portal: null,
    titleKey: 'providers:authorize.title',
    load: () => import('./ProviderInvitationLinkPage.svelte'),
  },
];
