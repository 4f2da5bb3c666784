import { describe, expect, it } from 'vitest';
import { defaultWorld } from '../db/scenarios/default';
import {
  applyProfile,
  DEFAULT_CUSTOMER_NAME,
  DEFAULT_PARTNER_NAME,
  encodeProfileParam,
  parseProfileParam,
  personalize,
  simulatedDomain,
  TRAINING_CUSTOMER_ID,
  TRAINING_PARTNER_ID,
  type CompanyProfile,
} from './profile';
import {
  parseWorldFile,
  toWorldFile,
  WORLD_FILE_VERSION,
  WORLD_FILE_VERSION_PROFILE,
} from './worldFile';

const profile: CompanyProfile = {
  partner: { name: 'Ромашка Софт', domain: 'romashka.example' },
  customer: { name: 'Acme', domain: 'acme.example' },
  accent: '#0f548c',
};

describe('applying a company profile (issue 15)', () => {
  it('renames the training partner wherever the world writes its name; ids, emails and links stay', () => {
    const world = defaultWorld();
    const applied = applyProfile(world, profile);
    const text = JSON.stringify(applied);
    expect(text).not.toContain(DEFAULT_PARTNER_NAME);
    expect(applied.tenants.find((t) => t.id === TRAINING_PARTNER_ID)?.name).toBe('Ромашка Софт');
    // The seeded MCA mail names the partner in its parameters.
    expect(JSON.stringify(applied.mail)).toContain('Ромашка Софт');
    expect(applied.users.map((u) => u.email)).toEqual(world.users.map((u) => u.email));
    expect(applied.meta.profile).toEqual(profile);
    // The input world is not changed (pure).
    expect(JSON.stringify(world)).toContain(DEFAULT_PARTNER_NAME);
    expect(world.meta.profile).toBeUndefined();
  });

  it("applies the customer's name and domain too: the training customer's tenant, relationships (and their search copy), mails", () => {
    const world = defaultWorld();
    const applied = applyProfile(world, profile);
    const text = JSON.stringify(applied);
    expect(text).not.toContain(DEFAULT_CUSTOMER_NAME);
    expect(text).not.toContain(DEFAULT_CUSTOMER_NAME.toLowerCase());
    const customer = applied.tenants.find((t) => t.id === TRAINING_CUSTOMER_ID)!;
    expect(customer).toMatchObject({ name: 'Acme', domain: 'acme.example' });
    expect(applied.tenants.find((t) => t.id === TRAINING_PARTNER_ID)?.domain).toBe(
      'romashka.example',
    );
    const rel = applied.relationships.find((r) => r.customerId === TRAINING_CUSTOMER_ID);
    if (rel) expect(rel).toMatchObject({ customerName: 'Acme', customerNameLower: 'acme' });
    // The other tenants keep their domains; every email address stays (sign-in, mailboxes).
    const others = (w: typeof world) =>
      w.tenants.filter((t) => t.id !== TRAINING_CUSTOMER_ID && t.id !== TRAINING_PARTNER_ID);
    expect(others(applied)).toEqual(others(world));
    expect(applied.users.map((u) => u.email)).toEqual(world.users.map((u) => u.email));
    expect(personalize('Contoso Ltd asks Fabrikam Solutions', profile)).toBe(
      'Acme asks Ромашка Софт',
    );
  });

  it('a real domain is shown under .example (the simulator names no real domain); the world file accepts it', () => {
    const real = { ...profile, customer: { name: 'Acme', domain: 'acme.co.uk' } };
    const applied = applyProfile(defaultWorld(), real);
    expect(applied.tenants.find((t) => t.id === TRAINING_CUSTOMER_ID)?.domain).toBe(
      'acme.co.uk.example',
    );
    expect(parseWorldFile(JSON.stringify(toWorldFile(applied, new Date(0)))).ok).toBe(true);
    expect(simulatedDomain(`${'a'.repeat(120)}.com`, 'contoso.example')).toBe('contoso.example');
    // Another organization's domain (a tenant's domain is unique) leaves the default one.
    const clash = { ...profile, customer: { name: 'Acme', domain: 'adatum.example' } };
    expect(
      applyProfile(defaultWorld(), clash).tenants.find((t) => t.id === TRAINING_CUSTOMER_ID)
        ?.domain,
    ).toBe('contoso.example');
  });

  it('a second profile replaces the first; none returns the default names', () => {
    const first = applyProfile(defaultWorld(), profile);
    const second = applyProfile(first, {
      ...profile,
      partner: { ...profile.partner, name: 'Beta' },
    });
    expect(JSON.stringify(second)).not.toContain('Ромашка Софт');
    expect(second.tenants.find((t) => t.id === TRAINING_PARTNER_ID)?.name).toBe('Beta');
    const back = applyProfile(second, undefined);
    expect(back).toEqual(defaultWorld());
  });

  it('texts name the profile partner; without a profile they are untouched', () => {
    expect(personalize('Sign in as Fabrikam Solutions admin', profile)).toBe(
      'Sign in as Ромашка Софт admin',
    );
    expect(personalize('Fabrikam-Sales-2020!', profile)).toBe('Fabrikam-Sales-2020!');
    expect(personalize('Fabrikam Solutions', undefined)).toBe('Fabrikam Solutions');
  });

  it('the profile travels with the world file (version 2), a world without one stays version 1', () => {
    const plain = toWorldFile(defaultWorld(), new Date(0));
    expect(plain.version).toBe(WORLD_FILE_VERSION);
    const file = toWorldFile(applyProfile(defaultWorld(), profile), new Date(0));
    expect(file.version).toBe(WORLD_FILE_VERSION_PROFILE);
    const read = parseWorldFile(JSON.stringify(file));
    expect(read.ok && read.world.meta.profile).toEqual(profile);
  });

  it('a world file whose profile is bad (markup name, unreadable accent, script logo) is refused whole', () => {
    const bad = [
      { ...profile, partner: { name: '<img src=x onerror=alert(1)>', domain: 'a.example' } },
      { ...profile, accent: '#ffff00' },
      {
        ...profile,
        logo: `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`,
      },
      { ...profile, logo: 'data:text/html;base64,PGgxPmhpPC9oMT4=' },
    ];
    for (const p of bad) {
      const file = toWorldFile(defaultWorld(), new Date(0));
      (file.world.meta as { profile?: unknown }).profile = p;
      file.version = WORLD_FILE_VERSION_PROFILE;
      const got = parseWorldFile(JSON.stringify(file));
      expect(got.ok, JSON.stringify(p).slice(0, 60)).toBe(false);
    }
  });

  it('a link value round-trips; a bad one is refused with the profile problem', () => {
    expect(parseProfileParam(encodeProfileParam(profile))).toEqual({ ok: true, profile });
    expect(parseProfileParam('not base64!')).toEqual({ ok: false, problem: 'notProfile' });
    expect(parseProfileParam('')).toEqual({ ok: false, problem: 'notProfile' });
    expect(parseProfileParam(Buffer.from('{"x":1}').toString('base64url'))).toEqual({
      ok: false,
      problem: 'notProfile',
    });
    const evil = Buffer.from(
      JSON.stringify({
        format: 'partner-sim.profile',
        version: 1,
        ...profile,
        partner: { name: '<script>alert(1)</script>', domain: 'a.example' },
      }),
    ).toString('base64url');
    expect(parseProfileParam(evil)).toMatchObject({ ok: false, problem: 'name' });
    expect(parseProfileParam('A'.repeat(400_000))).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
