import { decideAccess, type AccessDecision } from '../domain/access';
import type { Portal } from '../domain/portals';
import type { AccessSubject, Feature } from '../domain/access';
import { matchPattern } from './router.svelte';
import type { RouteDef } from './page';
import { ROUTES } from './routes';
import { DEFAULT_EDITION, type Edition } from '../domain/edition';

export type Resolution =
  | { kind: 'home' }
  | { kind: 'notFound' }
  /** The route sends this persona's portal elsewhere (a link in mail, R-REQ-5): `to` is the path. */
  | { kind: 'redirect'; route: RouteDef; to: string }
  /** R-REQ-5 / R-IND-7: a page of another portal than the persona's. */
  | { kind: 'wrongPortal'; route: RouteDef; portal: Portal }
  | { kind: 'forbidden'; route: RouteDef; decision: Extract<AccessDecision, { allowed: false }> }
  | { kind: 'page'; route: RouteDef; params: Record<string, string> };

/**
 * Decides what a path shows for a persona. The same decision serves the navigation and a
 * typed URL, so a page a role may not open is refused whichever way it is reached.
 */
export function resolveRoute(path: string, portal: Portal, subject: AccessSubject): Resolution {
  if (path === '') return { kind: 'home' };
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    const to = route.redirect?.(portal, params);
    if (to !== undefined) return { kind: 'redirect', route, to };
    if (route.portal && route.portal !== portal)
      return { kind: 'wrongPortal', route, portal: route.portal };
    if (route.feature) {
      const decision = decideAccess(subject, route.feature);
      if (!decision.allowed) return { kind: 'forbidden', route, decision };
    }
    return { kind: 'page', route, params };
  }
  return { kind: 'notFound' };
}

export interface NavItem {
  href: string;
  labelKey: string;
  groupKey?: string;
  /** The feature the page needs (a coach target names a home tile by it). */
  feature?: Feature;
  /** The description of the page's tile on the portal's home page, if it has one. */
  tileKey?: string;
}

/** The navigation a persona's roles allow in its portal (R-IND-7), grouped as in the edition. */
export function navigationFor(
  portal: Portal,
  subject: AccessSubject,
  edition: Edition = DEFAULT_EDITION,
): NavItem[] {
  const visible = ROUTES.filter(
    (r) => r.nav && r.portal === portal && (!r.feature || decideAccess(subject, r.feature).allowed),
  );
  // A stable sort: equal orders keep the route table's order.
  visible.sort((a, b) => (a.nav!.order ?? 50) - (b.nav!.order ?? 50));
  return visible.map((r) => ({
    href: `#/${r.pattern}`,
    labelKey: r.nav!.labelKey,
    groupKey: (edition === 'today' && r.nav!.groupKeyToday) || r.nav!.groupKey,
    feature: r.feature,
    tileKey: r.nav!.tileKey,
  }));
}
