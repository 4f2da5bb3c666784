// A partner's own company profile (personalization): a small JSON file naming the partner
// organization and the customer, with an accent colour and an optional logo. Validated like
// an import: one bad field refuses the whole profile, nothing of it is applied.
import type { Tenant } from './types';

export const PROFILE_FORMAT = 'partner-sim.profile';
export const PROFILE_VERSION = 1;
export const PROFILE_MAX_BYTES = 128 * 1024;
export const PROFILE_NAME_MAX = 64;
/** A logo is decoded bytes, at most this many: a letterhead mark, not a photo. */
export const LOGO_MAX_BYTES = 48 * 1024;

export interface CompanyProfile {
  partner: { name: string; domain: string };
  customer: { name: string; domain: string };
  /** #rrggbb, dark enough for white text on it (WCAG 4.5:1). */
  accent: string;
  /** A data: URL of a PNG or SVG, only ever shown through <img> (an SVG in <img> runs no script). */
  logo?: string;
}

export type ProfileProblem =
  | 'tooLarge'
  | 'notProfile'
  | 'newerVersion'
  | 'name'
  | 'domain'
  | 'accent'
  | 'accentContrast'
  | 'logo'
  | 'logoTooLarge'
  | 'crossOrigin'
  | 'unreachable';
export type ProfileResult =
  { ok: true; profile: CompanyProfile } | { ok: false; problem: ProfileProblem; field?: string };

// Letters, marks, digits, spaces and the punctuation company names use; no control or
// bidirectional-override characters (a name is shown in every page of the world).
const NAME = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,&'’()-]*$/u;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast of white text on the colour. */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function base64Bytes(b64: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return undefined;
  try {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function checkLogo(value: string): ProfileProblem | undefined {
  const m = /^data:image\/(png|svg\+xml);base64,(.*)$/s.exec(value);
  if (!m) return 'logo';
  const bytes = base64Bytes(m[2]!);
  if (!bytes || bytes.length === 0) return 'logo';
  if (bytes.length > LOGO_MAX_BYTES) return 'logoTooLarge';
  if (m[1] === 'png') return PNG_SIGNATURE.every((b, i) => bytes[i] === b) ? undefined : 'logo';
  // An SVG is only shown through <img>, where it cannot run script or load anything; still, one
  // that carries script or external references is not a logo, so it is refused outright.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'logo';
  if (
    /<script|<foreignObject|\bon[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["']?(?!#)|@import|url\(\s*["']?(?!#)/i.test(
      text,
    )
  )
    return 'logo';
  return undefined;
}

function checkParty(
  v: unknown,
  field: 'partner' | 'customer',
): { name: string; domain: string } | ProfileResult {
  if (typeof v !== 'object' || v === null) return { ok: false, problem: 'notProfile', field };
  const o = v as Record<string, unknown>;
  const name = typeof o.name === 'string' ? o.name.trim() : '';
  if (!name || name.length > PROFILE_NAME_MAX || !NAME.test(name))
    return { ok: false, problem: 'name', field: `${field}.name` };
  const domain = typeof o.domain === 'string' ? o.domain.trim().toLowerCase() : '';
  if (!DOMAIN.test(domain)) return { ok: false, problem: 'domain', field: `${field}.domain` };
  return { name, domain };
}

/**
 * The profile object itself (as stored with the world, without the file's envelope): every
 * field checked; one bad field refuses it whole. Returns a fresh, normalized copy.
 */
export function checkProfile(value: unknown): ProfileResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'notProfile' };
  const o = value as Record<string, unknown>;
  const partner = checkParty(o.partner, 'partner');
  if ('ok' in partner) return partner;
  const customer = checkParty(o.customer, 'customer');
  if ('ok' in customer) return customer;
  if (typeof o.accent !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(o.accent))
    return { ok: false, problem: 'accent', field: 'accent' };
  const accent = o.accent.toLowerCase();
  if (contrastWithWhite(accent) < 4.5)
    return { ok: false, problem: 'accentContrast', field: 'accent' };
  const profile: CompanyProfile = { partner, customer, accent };
  if (o.logo !== undefined) {
    if (typeof o.logo !== 'string') return { ok: false, problem: 'logo', field: 'logo' };
    const problem = checkLogo(o.logo);
    if (problem) return { ok: false, problem, field: 'logo' };
    profile.logo = o.logo;
  }
  return { ok: true, profile };
}

export function parseProfile(text: string, byteSize = text.length): ProfileResult {
  if (byteSize > PROFILE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notProfile' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, problem: 'notProfile' };
  const o = parsed as Record<string, unknown>;
  if (
    o.format !== PROFILE_FORMAT ||
    typeof o.version !== 'number' ||
    !Number.isInteger(o.version) ||
    o.version < 1
  )
    return { ok: false, problem: 'notProfile' };
  if (o.version > PROFILE_VERSION) return { ok: false, problem: 'newerVersion' };
  return checkProfile({ partner: o.partner, customer: o.customer, accent: o.accent, logo: o.logo });
}

/** The profile as a file (what the chooser's "download" writes and parseProfile reads back). */
export function profileToJson(profile: CompanyProfile): string {
  return JSON.stringify({ format: PROFILE_FORMAT, version: PROFILE_VERSION, ...profile });
}

// ---- the profile in a link: `?profile=<base64url of the profile file>` ----

/** Encodes a profile for a trainer's link (base64url of the UTF-8 file text: no escaping needed). */
export function encodeProfileParam(profile: CompanyProfile): string {
  const bytes = new TextEncoder().encode(profileToJson(profile));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A link's `profile` value read back: refused whole (with the same problems as a file) when bad. */
export function parseProfileParam(value: string): ProfileResult {
  // Base64 grows by a third: a value longer than that of the largest file is refused unread.
  if (value.length > Math.ceil((PROFILE_MAX_BYTES * 4) / 3) + 4)
    return { ok: false, problem: 'tooLarge' };
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return { ok: false, problem: 'notProfile' };
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) =>
      c.charCodeAt(0),
    );
  } catch {
    return { ok: false, problem: 'notProfile' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notProfile' };
  }
  return parseProfile(text, bytes.length);
}

// ---- the profile in a link as a hosted file: `?profile=./profiles/acme.json` ----

/**
 * A link's `profile` value that names a file rather than carrying the profile: any value with
 * a character base64url and the built-in names never use (`/`, `.`, `:`, `%`, `?`, `#`).
 */
export const isProfileFileRef = (value: string): boolean => /[/.:%?#\\]/.test(value);

/**
 * Where a hosted profile is read from: resolved against the page's address and refused unless it
 * is on the page's own origin (the site makes no request beyond its own files — a profile link
 * can't make a learner's browser call another server), over http(s), without credentials in it.
 */
export function profileFileUrl(
  value: string,
  pageHref: string,
): { ok: true; url: string } | { ok: false; problem: ProfileProblem } {
  let url: URL;
  try {
    url = new URL(value, pageHref);
  } catch {
    return { ok: false, problem: 'notProfile' };
  }
  const page = new URL(pageHref);
  if (
    url.origin !== page.origin ||
    !/^https?:$/.test(url.protocol) ||
    url.username !== '' ||
    url.password !== ''
  )
    return { ok: false, problem: 'crossOrigin' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** A hosted profile's bytes read back: not UTF-8, too large or bad, refused like a file. */
export function parseProfileBytes(bytes: Uint8Array): ProfileResult {
  if (bytes.length > PROFILE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notProfile' };
  }
  return parseProfile(text, bytes.length);
}

// ---- applying a profile to a world ----

/**
 * The default world's training partner: the organization a profile renames. Walkthrough texts,
 * mails and setups name it by this display name in every language (a proper name, untranslated).
 */
export const TRAINING_PARTNER_ID = 'fabrikam';
export const DEFAULT_PARTNER_NAME = 'Fabrikam Solutions';

/** The default world's training customer: the organization a profile's `customer` renames. */
export const TRAINING_CUSTOMER_ID = 'contoso';
export const DEFAULT_CUSTOMER_NAME = 'Contoso Ltd';

/** The partner organization's display name under a profile (the default without one). */
export const partnerNameOf = (profile: CompanyProfile | undefined) =>
  profile?.partner.name ?? DEFAULT_PARTNER_NAME;

/** The training customer's display name under a profile (the default without one). */
export const customerNameOf = (profile: CompanyProfile | undefined) =>
  profile?.customer.name ?? DEFAULT_CUSTOMER_NAME;

/**
 * The primary domain a tenant shows for a profile's domain. The simulator never names a real
 * domain (every address in it is on `.example`, which the world file's schema requires), so a
 * real one is shown under `.example`: `romashka.ru` → `romashka.ru.example`. Too long for a
 * tenant's domain, the default one stays.
 */
export function simulatedDomain(domain: string, fallback: string): string {
  const shown = domain.endsWith('.example') ? domain : `${domain}.example`;
  return shown.length <= 120 ? shown : fallback;
}

/** A text (a walkthrough instruction, a mail) with the partner's and the customer's names the profile gives. */
export function personalize(text: string, profile: CompanyProfile | undefined): string {
  let out = text;
  const partner = partnerNameOf(profile);
  if (partner !== DEFAULT_PARTNER_NAME) out = out.replaceAll(DEFAULT_PARTNER_NAME, partner);
  const customer = customerNameOf(profile);
  if (customer !== DEFAULT_CUSTOMER_NAME) out = out.replaceAll(DEFAULT_CUSTOMER_NAME, customer);
  return out;
}

/** Every string in `value` with each `[from, to]` replaced (lists and records walked through). */
function renameDeep(value: unknown, pairs: readonly (readonly [string, string])[]): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [from, to] of pairs) if (out.includes(from)) out = out.replaceAll(from, to);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, pairs));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renameDeep(v, pairs);
    return out;
  }
  return value;
}

/**
 * The world under a profile (or back to the default names with `undefined`): the training
 * partner's and the training customer's display names change wherever the world writes them
 * (their tenants, the listing, relationships, the mails and invitations already sent), and
 * their tenants show the profile's domains; ids and email addresses stay, so every link,
 * sign-in and walkthrough still finds its records. The profile is kept in the world's meta, so
 * it is exported and imported with the world, and a reset (a fresh default world) drops it.
 */
export function applyProfile<W extends { meta: { profile?: CompanyProfile }; tenants: Tenant[] }>(
  world: W,
  profile: CompanyProfile | undefined,
): W {
  const pairs: [string, string][] = [];
  for (const nameOf of [partnerNameOf, customerNameOf]) {
    const from = nameOf(world.meta.profile);
    const to = nameOf(profile);
    // The lower-case copies too: the relationships' customerNameLower (a search index).
    if (from !== to) pairs.push([from, to], [from.toLowerCase(), to.toLowerCase()]);
  }
  const { meta, ...tables } = world;
  const renamed = (pairs.length ? renameDeep(tables, pairs) : tables) as Omit<W, 'meta'>;
  // Only the tenants' own domain field: the email addresses (sign-in, mailboxes) keep theirs.
  const domains: Record<string, string | undefined> = {
    [TRAINING_PARTNER_ID]: profile?.partner.domain,
    [TRAINING_CUSTOMER_ID]: profile?.customer.domain,
  };
  // A domain is unique among the world's tenants: one another organization already has stays
  // unused (the tenant keeps its default domain) rather than refusing the whole profile.
  const taken = new Set(renamed.tenants.filter((t) => !(t.id in domains)).map((t) => t.domain));
  const tenants = renamed.tenants.map((t) => {
    if (!(t.id in domains)) return t;
    const fallback = `${t.id}.example`;
    const wanted = domains[t.id] ? simulatedDomain(domains[t.id]!, fallback) : fallback;
    return { ...t, domain: taken.has(wanted) ? fallback : wanted };
  });
  const nextMeta = { ...meta };
  if (profile) nextMeta.profile = profile;
  else delete nextMeta.profile;
  return { ...renamed, tenants, meta: nextMeta } as W;
}
