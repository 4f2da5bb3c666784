import type { RouteDef } from '../../../app/page';

/**
 * The Today edition's GDAP pages on the partner side (docs/editions/today-gdap.md); src/app/routes.ts
 * includes them. The list itself is a part of the customer workspace (Admin relationships). Five
 * segments, so none of these is read as the workspace's `:section`; the request before the
 * relationship page, which would otherwise take "request" for an id. Each route asks only for
 * the Customers list: a persona who may not act is told R-GDAP-2 on the page, and a 2020 world
 * that GDAP exists in Today only (the repository refuses both again).
 */
export const routes: RouteDef[] = [
  {
    pattern: 'partner-center/customers/:customerId/admin-relationships/request',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'gdap:request.title',
    load: () => import('./RequestAdminRelationshipPage.svelte'),
  },
  {
    pattern: 'partner-center/customers/:customerId/admin-relationships/:relationshipId',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'gdap:adminRelationships.title',
    load: () => import('./AdminRelationshipPage.svelte'),
  },
  // A customer's review link opened by partner staff (the admin center's route sends them here).
  {
    pattern: 'partner-center/gdap-review-link/:relationshipId',
    portal: 'partner-center',
    feature: 'pc.home',
    titleKey: 'gdap:approve.title',
    load: () => import('./ReviewLinkForPartnerPage.svelte'),
  },
  {
    pattern: 'partner-center/expiring-granular-relationships',
    portal: 'partner-center',
    feature: 'pc.customers',
    titleKey: 'gdap:expiring.title',
    load: () => import('./ExpiringRelationshipsPage.svelte'),
  },
];
