import type { AppDB } from '../db/AppDB';
import { getDb } from '../db/instance';
import { readProfile, setWorldProfile } from '../db/repositories/profileRepository';
import {
  checkProfile,
  isProfileFileRef,
  parseProfileBytes,
  parseProfileParam,
  profileFileUrl,
  personalize,
  type CompanyProfile,
  type ProfileResult,
} from '../domain/profile';
import { builtInProfile } from '../domain/builtInProfiles';
import { setTextPersonalizer } from '../i18n/i18n.svelte';

// The profile of the world on screen (issue 15). Read whenever a world is shown; texts (every
// i18n string: walkthrough instructions, mails, certificates) name its partner, and the accent
// colour becomes the brand colour. State, so what reads it re-renders when it changes.

let active = $state.raw<CompanyProfile | undefined>(undefined);

export const worldProfile = {
  get current(): CompanyProfile | undefined {
    return active;
  },
};

setTextPersonalizer((text) => personalize(text, active));

const BRAND_VARS = ['--ui-brand', '--ui-brand-fg', '--ui-brand-hover', '--ui-brand-fg-hover'];

/** A colour a little darker (hover): the profile's accent already passes 4.5:1, darker only gains. */
function darker(hex: string): string {
  const c = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * 0.82));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function show(profile: CompanyProfile | undefined) {
  active = profile;
  if (typeof document === 'undefined') return;
  const root = document.documentElement.style;
  // CSSOM, not a style attribute: allowed under the strict CSP.
  if (!profile) for (const v of BRAND_VARS) root.removeProperty(v);
  else {
    root.setProperty('--ui-brand', profile.accent);
    root.setProperty('--ui-brand-fg', profile.accent);
    root.setProperty('--ui-brand-hover', darker(profile.accent));
    root.setProperty('--ui-brand-fg-hover', darker(profile.accent));
  }
}

/** Reads the shown world's profile. A stored profile that no longer validates is ignored. */
export async function loadProfile(db: AppDB): Promise<void> {
  try {
    const stored = await readProfile(db);
    const checked = stored ? checkProfile(stored) : undefined;
    show(checked?.ok ? checked.profile : undefined);
  } catch {
    show(undefined);
  }
}

/** Applies a validated profile to the world on screen (or removes it with `undefined`). */
export async function applyWorldProfile(profile: CompanyProfile | undefined): Promise<void> {
  await setWorldProfile(getDb(), profile);
  show(profile);
}

/** The reason a profile was refused, in the learner's language (the `cohort` namespace). */
export function profileProblemKey(result: Extract<ProfileResult, { ok: false }>): {
  key: string;
  params: Record<string, string>;
} {
  return {
    key: `cohort:profile.problems.${result.problem}`,
    params: { field: result.field ?? '' },
  };
}

/**
 * A hosted profile file of the site's own (`?profile=./profiles/acme.json`): only ever requested
 * from the page's origin (another one is refused before any request), no redirect followed,
 * no cookies sent; what comes back is validated like an upload.
 */
async function readHostedProfile(value: string): Promise<ProfileResult> {
  const where = profileFileUrl(value, location.href);
  if (!where.ok) return where;
  let bytes: Uint8Array;
  try {
    const response = await fetch(where.url, {
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-cache',
    });
    if (!response.ok) return { ok: false, problem: 'unreachable' };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  return parseProfileBytes(bytes);
}

/**
 * A link's `?profile=`: a built-in example's name, a hosted file of the site's own, or an encoded profile, validated whole; a good one is applied to the world on screen, a bad one
 * changes nothing and is reported. Returns the refusal, if any.
 */
export async function applyProfileParam(
  value: string,
): Promise<Extract<ProfileResult, { ok: false }> | 'failed' | undefined> {
  // A built-in example by name (`?profile=proseware`), a file (`?profile=./profiles/acme.json`),
  // else the encoded profile itself.
  const builtIn = builtInProfile(value);
  const result: ProfileResult = builtIn
    ? { ok: true, profile: builtIn }
    : isProfileFileRef(value)
      ? await readHostedProfile(value)
      : parseProfileParam(value);
  if (!result.ok) return result;
  try {
    await applyWorldProfile(result.profile);
  } catch {
    return 'failed';
  }
  return undefined;
}
