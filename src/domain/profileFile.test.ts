import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  encodeProfileParam,
  isProfileFileRef,
  parseProfileBytes,
  profileFileUrl,
  PROFILE_MAX_BYTES,
  profileToJson,
} from './profile';
import { BUILT_IN_PROFILE_IDS, builtInProfile } from './builtInProfiles';

// Issue 15: `?profile=` naming a hosted file of the site's own (`?profile=./profiles/acme.json`).
const PAGE = 'https://trainer.example/sim/index.html#/learn/request-relationship';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a profile link naming a hosted file', () => {
  it('tells a file reference from an encoded profile and the built-in names', () => {
    for (const v of [
      './profiles/acme.json',
      '/p.json',
      'acme.json',
      'https://x.example/p',
      '..%2Fp',
    ])
      expect(isProfileFileRef(v)).toBe(true);
    for (const id of BUILT_IN_PROFILE_IDS) expect(isProfileFileRef(id)).toBe(false);
    const encoded = encodeProfileParam(builtInProfile(BUILT_IN_PROFILE_IDS[0]!)!);
    expect(isProfileFileRef(encoded)).toBe(false);
    // Base64url never carries a file reference's characters.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64url');
        expect(isProfileFileRef(b64)).toBe(false);
      }),
    );
  });

  it('resolves a same-origin path against the page, without its hash', () => {
    expect(profileFileUrl('./profiles/acme.json', PAGE)).toEqual({
      ok: true,
      url: 'https://trainer.example/sim/profiles/acme.json',
    });
    expect(profileFileUrl('/profiles/acme.json?v=2#x', PAGE)).toEqual({
      ok: true,
      url: 'https://trainer.example/profiles/acme.json?v=2',
    });
  });

  it('refuses anything off the site: another host, port, scheme, credentials, data: and javascript:', () => {
    for (const v of [
      'https://evil.example/p.json',
      '//evil.example/p.json',
      'http://trainer.example/p.json',
      'https://trainer.example:8443/p.json',
      'https://user:pw@trainer.example/p.json',
      'data:application/json,{}',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'blob:https://trainer.example/1',
    ])
      expect(profileFileUrl(v, PAGE), v).toEqual({ ok: false, problem: 'crossOrigin' });
  });

  it('the example the site hosts (public/profiles/example.json) is a valid profile', () => {
    const got = parseProfileBytes(readFileSync('public/profiles/example.json'));
    expect(got).toMatchObject({ ok: true, profile: { partner: { name: 'Lucerne Publishing' } } });
  });

  it('reads the file like an upload: good kept, non-UTF-8, too large and bad refused whole', () => {
    const profile = builtInProfile(BUILT_IN_PROFILE_IDS[0]!)!;
    expect(parseProfileBytes(utf8(profileToJson(profile)))).toEqual({ ok: true, profile });
    expect(parseProfileBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({
      ok: false,
      problem: 'notProfile',
    });
    expect(parseProfileBytes(new Uint8Array(PROFILE_MAX_BYTES + 1).fill(0x20))).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
    expect(parseProfileBytes(utf8('<html>not found</html>'))).toEqual({
      ok: false,
      problem: 'notProfile',
    });
    const bad = JSON.parse(profileToJson(profile));
    bad.partner.name = '<b>Acme</b>';
    expect(parseProfileBytes(utf8(JSON.stringify(bad)))).toMatchObject({
      ok: false,
      problem: 'name',
      field: 'partner.name',
    });
  });
});
