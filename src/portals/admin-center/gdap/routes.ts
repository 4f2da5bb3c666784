import type { RouteDef } from '../../../app/page';

/**
 * The Today edition's customer pages for granular delegated admin privileges (GDAP);
 * src/app/routes.ts includes them. Approve partner roles is the page the review link of a GDAP
 * request opens (`gdapReviewLink`, W-GDAP-APPROVE). Any admin of the customer may open it, as
 * with an invitation link: the page says who may approve and why not (R-GDAP-6, -7, -9), rather
 * than a generic refusal. The repository checks the approval itself again. Partner staff who open
 * it are sent to a Partner Center page that says who must open it (a customer's Global admin).
 */
export const routes: RouteDef[] = [
  {
    pattern: 'admin-center/partners/granular-admin-relationships/:relationshipId',
    portal: 'admin-center',
    feature: 'ac.home',
    titleKey: 'gdap:approve.title',
    redirect: (portal, params) =>
      portal === 'partner-center'
        ? `partner-center/gdap-review-link/${encodeURIComponent(params.relationshipId ?? '')}`
        : undefined,
    load: () => import('./ApprovePartnerRolesPage.svelte'),
  },
];
