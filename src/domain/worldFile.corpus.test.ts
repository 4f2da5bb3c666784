import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { AppDB } from '../db/AppDB';
import { setDatabase } from '../db/instance';
import { readWorld, replaceWorld } from '../db/repositories/worldRepository';
import { importWorld } from '../app/worldActions';
import { defaultWorld } from '../db/scenarios/default';
import { decodeWorldFile, parseWorldFile, toWorldFile } from './worldFile';
import { BREAKERS, validWorld } from '../../test/worlds';
import type { World } from './types';

// Issue 17: the generated import corpus, one file per way a world file can be wrong. Every one
// is refused with a message that exists in every language, and a sample per category goes
// through the real import and leaves the stored world byte-for-byte as it was.
type Case = { category: string; name: string; bytes: Uint8Array };
const enc = new TextEncoder();
const fileText = (w: World) => JSON.stringify(toWorldFile(w, new Date(0)));
const base = fileText(defaultWorld());
const asBytes = (s: string) => enc.encode(s);
const corpus: Case[] = [];
const add = (category: string, name: string, content: string | Uint8Array) =>
  corpus.push({ category, name, bytes: typeof content === 'string' ? asBytes(content) : content });

// Not JSON: the valid file cut at 25 places, and some other text.
for (let i = 1; i <= 25; i++)
  add('notJson', `cut at ${i}/26`, base.slice(0, Math.floor((base.length * i) / 26)));
['', ' ', 'nope', '{', '<html></html>', 'null,', "{'a':1}"].forEach((s) =>
  add('notJson', JSON.stringify(s), s),
);

// Not UTF-8: UTF-16 with and without a byte-order mark, Latin-1.
const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2 + (le ? 0 : 1)] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};
add('encoding', 'UTF-16 LE with BOM', utf16(base, true, true));
add('encoding', 'UTF-16 BE with BOM', utf16(base, false, true));
add('encoding', 'UTF-16 LE without BOM', utf16(base, true, false));
add('encoding', 'UTF-16 BE without BOM', utf16(base, false, false));
add(
  'encoding',
  'Latin-1 name',
  Uint8Array.from([...asBytes(base.slice(0, 40)), 0xe9, ...asBytes(base.slice(40))]),
);

// Not a world file: other JSON, other envelopes.
[
  '[]',
  '{}',
  'null',
  '42',
  '"world"',
  '{"format":"other","version":1}',
  '{"format":"partner-sim-world","version":2}',
  '{"format":"partner-sim-world","version":"1"}',
  '{"format":"partner-sim-world","version":1}',
].forEach((s) => add('envelope', s, s));

// Prototype names as keys: top level, in the world, in records, in mail parameters, in a profile.
const PROTO = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'prototype',
];
const inject = (text: string, anchor: string, key: string) => {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor ${anchor}`);
  return (
    text.slice(0, at + anchor.length) +
    `${JSON.stringify(key)}:{"polluted":true},` +
    text.slice(at + anchor.length)
  );
};
const withEnrollment = (() => {
  const w = defaultWorld();
  const u = w.users.find((x) => x.tenantId === 'lamnahealthcare')!;
  w.enrollments.push({
    id: 'enr-1',
    userId: u.id,
    tenantId: u.tenantId,
    step: 'review',
    profile: { legalName: 'Lamna' },
    createdAt: w.meta.now,
    updatedAt: w.meta.now,
  });
  return fileText(w);
})();
for (const key of PROTO) {
  add('prototypeKey', `${key} top level`, inject(base, '{', key));
  add('prototypeKey', `${key} in world`, inject(base, '"world":{', key));
  add('prototypeKey', `${key} in meta`, inject(base, '"meta":{', key));
  add('prototypeKey', `${key} in a tenant`, inject(base, '"tenants":[{', key));
  add('prototypeKey', `${key} in a user`, inject(base, '"users":[{', key));
  add('prototypeKey', `${key} in mail parameters`, inject(base, '"params":{', key));
  add(
    'prototypeKey',
    `${key} in an enrollment profile`,
    inject(withEnrollment, '"profile":{', key),
  );
}

// Wrong shapes: in the first record of every table, each field in turn given a value of another kind.
const world = JSON.parse(base).world as Record<string, unknown>;
for (const [table, rows] of Object.entries(world)) {
  const row = Array.isArray(rows) ? rows[0] : rows;
  if (!row || typeof row !== 'object') continue;
  for (const field of Object.keys(row as object)) {
    for (const wrong of [null, 42, 'text', [], {}] as unknown[]) {
      const value = (row as Record<string, unknown>)[field];
      if (
        typeof wrong === typeof value &&
        Array.isArray(wrong) === Array.isArray(value) &&
        (wrong === null) === (value === null)
      )
        continue;
      if (
        field === 'step' ||
        (typeof value === 'string' && wrong === 'text' && !['mailbox', 'email'].includes(field))
      )
        continue;
      const file = JSON.parse(base);
      const target = Array.isArray(file.world[table]) ? file.world[table][0] : file.world[table];
      target[field] = wrong;
      add('shape', `${table}.${field} = ${JSON.stringify(wrong)}`, JSON.stringify(file));
    }
  }
  add(
    'unknownKey',
    `${table}: an extra key`,
    (() => {
      const file = JSON.parse(base);
      const target = Array.isArray(file.world[table]) ? file.world[table][0] : file.world[table];
      if (target) target.script = '<script>alert(1)</script>';
      else file.world[table] = [{ script: 1 }];
      return JSON.stringify(file);
    })(),
  );
}

// Dangling references and duplicates.
const mutate = (category: string, name: string, f: (w: World) => void) => {
  const w = defaultWorld();
  f(w);
  add(category, name, fileText(w));
};
mutate('reference', 'user in no tenant', (w) => void (w.users[0]!.tenantId = 'nowhere'));
mutate(
  'reference',
  'relationship to no customer',
  (w) => void (w.relationships[0]!.customerId = 'nowhere'),
);
mutate(
  'reference',
  'invitation from no user',
  (w) => void (w.invitations[0]!.senderUserId = 'u-ghost'),
);
mutate(
  'reference',
  'agreement by no user',
  (w) => void (w.agreements[0]!.acceptedByUserId = 'u-ghost'),
);
mutate('reference', 'mail for no invitation', (w) => void (w.mail[0]!.invitationId = 'inv-ghost'));
mutate('reference', 'no default persona', (w) => void (w.meta.defaultPersonaId = 'u-ghost'));
mutate(
  'reference',
  'duplicate relationship',
  (w) => void w.relationships.push({ ...w.relationships[0]! }),
);
mutate(
  'reference',
  'duplicate user id',
  (w) => void w.users.push({ ...w.users[0]!, email: 'other@fabrikam.example' }),
);

// Rules of the world's meaning, each broken on generated valid worlds.
const samples = fc.sample(validWorld, { numRuns: 12, seed: 17 });
for (const b of BREAKERS) {
  samples.forEach((w0, i) => {
    const w = structuredClone(w0);
    if (b.key === 'worldRules.unownedMailbox' && !w.mail.length) w.mail = defaultWorld().mail;
    b.apply(w);
    add('rule', `${b.key} #${i}`, fileText(w));
  });
}
mutate('clock', 'largest date', (w) => void (w.meta.now = 8.64e15));
mutate('clock', 'before 2000', (w) => void (w.meta.now = 0));
// An edition that is not one (issue 16): refused whole, never read as a 2020 world.
for (const bad of ['Today', 'today ', '2019', '', 42, null, ['today']] as unknown[])
  mutate('shape', `meta.edition = ${JSON.stringify(bad)}`, (w) => {
    (w.meta as { edition?: unknown }).edition = bad;
  });

const locales = Object.fromEntries(
  ['en', 'ru', 'zh'].map((l) => [l, JSON.parse(readFileSync(`locales/${l}/errors.json`, 'utf8'))]),
);
const message = (lang: string, key: string) =>
  key
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      locales[lang],
    );

function refuse(bytes: Uint8Array) {
  const decoded = decodeWorldFile(bytes);
  return decoded.ok ? parseWorldFile(decoded.text) : decoded;
}

describe('the generated import corpus (issue 17)', () => {
  it('has at least 300 files in every category', () => {
    expect(corpus.length, String(corpus.length)).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((c) => c.category))).toEqual(
      new Set([
        'notJson',
        'encoding',
        'envelope',
        'prototypeKey',
        'shape',
        'unknownKey',
        'reference',
        'rule',
        'clock',
      ]),
    );
  });

  it('refuses every file with a message in every language', () => {
    const accepted: string[] = [];
    const untranslated: string[] = [];
    for (const c of corpus) {
      const r = refuse(c.bytes);
      if (r.ok) accepted.push(`${c.category}: ${c.name}`);
      else
        for (const p of r.problems)
          for (const lang of ['en', 'ru', 'zh'])
            if (typeof message(lang, p.key) !== 'string') untranslated.push(`${lang} ${p.key}`);
    }
    expect(accepted).toEqual([]);
    expect([...new Set(untranslated)]).toEqual([]);
  });

  it('a valid file still imports, and text that looks like markup is a name like any other', () => {
    const w = defaultWorld();
    w.users[0]!.displayName = 'Sizes <small> to <large> offices';
    w.tenants[0]!.name = '<b>Fabrikam</b> = "javascript:"';
    expect(refuse(asBytes(fileText(w)))).toMatchObject({ ok: true });
    expect(refuse(Uint8Array.from([0xef, 0xbb, 0xbf, ...asBytes(base)]))).toMatchObject({
      ok: true,
    });
  });

  describe('through the real import', () => {
    let db: AppDB;
    beforeAll(async () => {
      db = new AppDB(`corpus-${Math.random()}`);
      setDatabase(db, false);
      await db.open();
      await replaceWorld(db, defaultWorld());
    });
    it('leaves the stored world unchanged for one file of every category', async () => {
      const before = JSON.stringify(await readWorld(db));
      const oneEach = [
        ...new Map(
          corpus.map((c) => [c.category === 'rule' ? c.name.split(' ')[0] : c.category, c]),
        ).values(),
      ];
      expect(oneEach.length).toBeGreaterThanOrEqual(16);
      for (const c of oneEach) {
        const result = await importWorld(
          new File([c.bytes as BlobPart], 'world.json', { type: 'application/json' }),
        );
        expect(result.ok, `${c.category}: ${c.name}`).toBe(false);
      }
      expect(JSON.stringify(await readWorld(db))).toBe(before);
    });
  });
});
