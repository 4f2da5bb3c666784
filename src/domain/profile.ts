// A partner's own company profile (personalization): a small JSON file naming the partner
// organization and the customer, with an accent colour and an optional logo. Validated like
// an import: one bad field refuses the whole profile, nothing of it is applied.

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
  | 'logoTooLarge';
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
