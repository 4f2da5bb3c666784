// What a page and a route are. Apart from the route table (routes.ts), so pages and the portals'
// own route lists import these types without importing the table that imports them back.
import type { Component } from 'svelte';
import type { Feature } from '../domain/access';
import type { Portal } from '../domain/portals';
import type { Persona } from '../domain/persona';

export interface PageProps {
  persona: Persona;
  params: Record<string, string>;
  query: URLSearchParams;
}

type PageModule = { default: Component<PageProps> };

export interface RouteDef {
  pattern: string;
  /** The portal the page belongs to; null for pages every persona may open (mail, simulator). */
  portal: Portal | null;
  /** R-IND-7 / R-MPR-1: the feature the persona's roles must allow. */
  feature?: Feature;
  /** i18n key of the page title (document title and heading). */
  titleKey: string;
  load: () => Promise<PageModule>;
  /**
   * Where a persona of this portal is sent instead (the path, without `#`), or undefined to
   * open the page. R-REQ-5: a link in mail opens in the portal of the customer's cloud.
   */
  redirect?: (portal: Portal, params: Record<string, string>) => string | undefined;
  /** Shown in the portal's navigation, under an optional group (e.g. Billing). */
  nav?: {
    labelKey: string;
    groupKey?: string;
    /** The group in the Today edition where the portal moved the page (issue 16); else groupKey. */
    groupKeyToday?: string;
    /** Sorts the menu (default 50); Settings sit last, as in the portals. */ order?: number;
    /** A tile on the portal's home page, with this description under the label. */
    tileKey?: string;
  };
}

/** The home route of each portal. */
export const PORTAL_HOME: Record<Portal, string> = {
  'partner-center': '/partner-center',
  'admin-center': '/admin-center',
  'office-admin-portal': '/office-admin-portal',
};

/**
 * A `redirect` for a link in mail (R-REQ-5): a customer's persona opens it in the portal of its
 * cloud, at `/<portal>/<path(params)>`; partner staff stay on the link's own page.
 */
export const inCustomerPortal =
  (path: (params: Record<string, string>) => string) =>
  (portal: Portal, params: Record<string, string>): string | undefined =>
    portal === 'partner-center' ? undefined : `/${portal}/${path(params)}`;
