// Example company profiles shipped with the simulator (issue 15): a trainer can try the
// personalization without writing a file, and a link can name one (`?profile=vanarsdel`).
// Fictional organizations from Microsoft's documentation examples that the default world
// doesn't already hold (names and domains: a tenant's domain is unique), on `.example` domains.
// Each is checked by the same rules as a file (profile.test.ts).
import type { CompanyProfile } from './profile';

/** A small square mark: plain SVG shapes, no text, script or external reference. */
const mark = (fill: string, shape: string): string =>
  `data:image/svg+xml;base64,${btoa(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="${fill}"/>${shape}</svg>`,
  )}`;

export const BUILT_IN_PROFILES = {
  vanarsdel: {
    partner: { name: 'VanArsdel, Ltd.', domain: 'vanarsdel.example' },
    customer: { name: 'Wingtip Toys', domain: 'wingtiptoys.example' },
    accent: '#0f6b3c',
    logo: mark('#0f6b3c', '<circle cx="16" cy="16" r="8" fill="#ffffff"/>'),
  },
  margies: {
    partner: { name: 'Margie’s Travel', domain: 'margiestravel.example' },
    customer: { name: 'Southridge Video', domain: 'southridgevideo.example' },
    accent: '#6b2c91',
    logo: mark('#6b2c91', '<path d="M8 22h16l-8-13z" fill="#ffffff"/>'),
  },
} as const satisfies Record<string, CompanyProfile>;

export type BuiltInProfileId = keyof typeof BUILT_IN_PROFILES;

export const BUILT_IN_PROFILE_IDS = Object.keys(BUILT_IN_PROFILES) as BuiltInProfileId[];

/** The built-in profile a link or the chooser names (own keys only: `__proto__` names none). */
export function builtInProfile(id: string): CompanyProfile | undefined {
  return Object.hasOwn(BUILT_IN_PROFILES, id)
    ? (structuredClone(BUILT_IN_PROFILES[id as BuiltInProfileId]) as CompanyProfile)
    : undefined;
}
