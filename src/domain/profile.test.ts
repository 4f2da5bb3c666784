import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProfile, contrastWithWhite, LOGO_MAX_BYTES, parseProfile } from './profile';
import { BUILT_IN_PROFILE_IDS, builtInProfile } from './builtInProfiles';

const good = {
  format: 'partner-sim.profile',
  version: 1,
  partner: { name: 'Ромашка Софт', domain: 'romashka.example' },
  customer: { name: '北京 Trading & Co.', domain: 'bj-trading.example.cn' },
  accent: '#0F548C',
};
const json = (over: Record<string, unknown> = {}) => JSON.stringify({ ...good, ...over });
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('company profile', () => {
  it('a good profile is kept, names trimmed, domain and colour lower-cased', () => {
    const got = parseProfile(
      json({ partner: { name: '  Ромашка Софт ', domain: 'Romashka.Example' } }),
    );
    expect(got).toEqual({
      ok: true,
      profile: {
        partner: { name: 'Ромашка Софт', domain: 'romashka.example' },
        customer: good.customer,
        accent: '#0f548c',
      },
    });
  });

  it('refuses the whole profile on one bad field, naming it', () => {
    expect(parseProfile('nope')).toEqual({ ok: false, problem: 'notProfile' });
    expect(parseProfile(json({ format: 'partner-sim.world' }))).toEqual({
      ok: false,
      problem: 'notProfile',
    });
    expect(parseProfile(json({ version: 2 }))).toEqual({ ok: false, problem: 'newerVersion' });
    expect(
      parseProfile(json({ partner: { name: 'x'.repeat(65), domain: 'a.example' } })),
    ).toMatchObject({ problem: 'name', field: 'partner.name' });
    expect(
      parseProfile(json({ partner: { name: 'Evil\u202Eexe', domain: 'a.example' } })),
    ).toMatchObject({ problem: 'name' });
    expect(
      parseProfile(json({ partner: { name: '<b>x</b>', domain: 'a.example' } })),
    ).toMatchObject({ problem: 'name' });
    expect(
      parseProfile(json({ customer: { name: 'Ok', domain: 'http://a.example' } })),
    ).toMatchObject({ problem: 'domain', field: 'customer.domain' });
    expect(parseProfile(json({ accent: 'red' }))).toMatchObject({ problem: 'accent' });
    // Yellow: white text on it is unreadable.
    expect(parseProfile(json({ accent: '#ffee00' }))).toMatchObject({ problem: 'accentContrast' });
    expect(parseProfile(json(), 200 * 1024)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('logo: a PNG or a plain SVG as a data: URL; script, handlers, external references, wrong bytes or size refused', () => {
    expect(parseProfile(json({ logo: `data:image/png;base64,${b64(png)}` })).ok).toBe(true);
    expect(
      parseProfile(
        json({
          logo: `data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="url(#g)"/></svg>')}`,
        }),
      ).ok,
    ).toBe(true);
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"/>',
      '<svg><image href="https://evil.example/x.png"/></svg>',
      '<svg><foreignObject/></svg>',
      '<svg><style>@import "https://x"</style></svg>',
      '<html><svg/></html>',
    ])
      expect(
        parseProfile(json({ logo: `data:image/svg+xml;base64,${b64(svg)}` })),
        svg,
      ).toMatchObject({ problem: 'logo' });
    expect(parseProfile(json({ logo: `data:image/png;base64,${b64('GIF89a')}` }))).toMatchObject({
      problem: 'logo',
    });
    expect(parseProfile(json({ logo: 'https://evil.example/logo.png' }))).toMatchObject({
      problem: 'logo',
    });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(png);
    expect(parseProfile(json({ logo: `data:image/png;base64,${b64(big)}` }))).toMatchObject({
      problem: 'logoTooLarge',
    });
  });

  it('contrast: the default accent passes 4.5:1, white fails', () => {
    expect(contrastWithWhite('#0f548c')).toBeGreaterThan(4.5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1);
  });

  it('fuzz: whatever a profile holds, a kept one has only safe names, a domain and a readable accent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 70 })),
        fc.oneof(fc.domain(), fc.string({ maxLength: 40 })),
        fc.oneof(
          fc.constant('#0f548c'),
          fc.stringMatching(/^#[0-9a-f]{6}$/),
          fc.string({ maxLength: 8 }),
        ),
        (name, domain, accent) => {
          const got = parseProfile(json({ partner: { name, domain }, accent }));
          if (!got.ok) return;
          expect(got.profile.partner.name).not.toMatch(/[<>"\p{Cc}\u202A-\u202E]/u);
          expect(got.profile.partner.name.length).toBeLessThanOrEqual(64);
          expect(got.profile.partner.domain).toMatch(/\.[a-z]{2,}$/);
          expect(contrastWithWhite(got.profile.accent)).toBeGreaterThanOrEqual(4.5);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('built-in example profiles (issue 15)', () => {
  it('each passes the same checks as a file, and a link can name it', () => {
    for (const id of BUILT_IN_PROFILE_IDS) {
      const profile = builtInProfile(id)!;
      expect(checkProfile(profile), id).toEqual({ ok: true, profile });
      expect(profile.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    }
  });

  it('only its own names: prototype keys and unknown names give none', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope', ''])
      expect(builtInProfile(id), id).toBeUndefined();
  });
});
