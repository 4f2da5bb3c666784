import type { Namespace } from './languages';

/** Loaded before the first paint on every route: the shell's texts. */
export const START_NAMESPACES: readonly Namespace[] = ['common', 'world'];

/** Loaded once the first page shows its content (app/afterFirstView.ts): the messages a write
 * failure or a rule refusal may need at any moment. A toast composed before they arrive waits
 * for its namespace (app/failures.ts); a page's text reads them reactively. */
export const LATER_NAMESPACES: readonly Namespace[] = ['errors', 'rules'];

// The namespaces a route's page shows, by path (union of every matching prefix). A text of
// another namespace still appears (t() loads it on first use); this list only saves the wait.
const BY_PATH: ReadonlyArray<readonly [RegExp, readonly Namespace[]]> = [
  [/^(partner-center|$)/, ['partnerCenter']],
  [/^partner-center\/settings\/user-management/, ['users']],
  [/^partner-center\/(indirect-|provider-order)/, ['providers']],
  [/^partner-center\/partner-overview/, ['o365']],
  [/^partner-center\/customers\/request/, ['mail']],
  [/^(admin-center|office-admin-portal)/, ['adminCenter', 'findPartner', 'enroll', 'o365']],
  [/^mail/, ['mail']],
  [/^(partner-invitation|accept-agreement)/, ['adminCenter']],
  [/^provider-invitation/, ['providers']],
  [/^o365-offer/, ['o365']],
  [/^find-a-partner/, ['findPartner']],
  [/^enroll/, ['enroll']],
  [/^world/, ['simulator']],
];

/** The namespaces for a hash path such as `/partner-center/customers` (`''` is the home page,
 * which for the default world's first persona is Partner Center's). Training routes load their
 * own (`training`, `wt-<slug>`) in their pages. */
export function routeNamespaces(path: string): Namespace[] {
  const p = path.replace(/^#?\/?/, '').split('?')[0] ?? '';
  const out = new Set<Namespace>();
  for (const [pattern, namespaces] of BY_PATH)
    if (pattern.test(p)) for (const ns of namespaces) out.add(ns);
  return [...out];
}
