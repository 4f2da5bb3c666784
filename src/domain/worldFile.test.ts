import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultWorld } from '../db/scenarios/default';
import { largeWorld } from '../db/scenarios/large';
import { WORLD_FILE_MAX_BYTES, checkReferences, parseWorldFile, toWorldFile } from './worldFile';

const validText = () => JSON.stringify(toWorldFile(defaultWorld(), new Date(0)));

describe('world file validation', () => {
  it('accepts the default and the large world', () => {
    expect(parseWorldFile(validText())).toMatchObject({ ok: true });
    const large = parseWorldFile(JSON.stringify(toWorldFile(largeWorld(), new Date(0))));
    expect(large.ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(parseWorldFile('{nope')).toEqual({ ok: false, problems: [{ key: 'import.notJson' }] });
  });

  it('refuses an oversized file before parsing it', () => {
    const r = parseWorldFile(' '.repeat(WORLD_FILE_MAX_BYTES + 1));
    expect(r).toMatchObject({ ok: false, problems: [{ key: 'import.tooLarge' }] });
  });

  it('refuses another JSON document and an unknown version', () => {
    expect(parseWorldFile('[1,2]')).toMatchObject({
      ok: false,
      problems: [{ key: 'import.notWorldFile' }],
    });
    const file = JSON.parse(validText());
    file.version = 99;
    expect(parseWorldFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      problems: [{ key: 'import.unknownVersion', params: { found: '99' } }],
    });
  });

  it('refuses a wrong shape and says where', () => {
    const file = JSON.parse(validText());
    file.world.users[2].email = 42;
    const r = parseWorldFile(JSON.stringify(file));
    expect(r).toMatchObject({
      ok: false,
      problems: [{ key: 'schema.type.string', params: { path: 'world.users[2].email' } }],
    });
  });

  it('refuses unknown keys, so nothing unvalidated is stored', () => {
    const file = JSON.parse(validText());
    file.world.tenants[0].script = '<script>alert(1)</script>';
    expect(parseWorldFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      problems: [{ key: 'schema.unknownKey' }],
    });
  });

  it('refuses dangling references and duplicates', () => {
    const world = defaultWorld();
    world.users[0]!.tenantId = 'nowhere';
    world.relationships.push({ ...world.relationships[0]! });
    const keys = checkReferences(world).map((p) => p.key);
    expect(keys).toContain('import.dangling');
    expect(keys).toContain('import.duplicate');
    expect(parseWorldFile(JSON.stringify(toWorldFile(world, new Date(0))))).toMatchObject({
      ok: false,
    });
  });

  it('refuses a default persona that does not exist', () => {
    const world = defaultWorld();
    world.meta.defaultPersonaId = 'u-ghost';
    expect(checkReferences(world)).toEqual([
      { key: 'import.dangling', params: { path: 'meta.defaultPersonaId', id: 'u-ghost' } },
    ]);
  });

  // Generated malformed inputs: any JSON value at all, and valid files with one value
  // replaced somewhere by something else. Every one is either refused or still a valid world.
  it('refuses arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseWorldFile(JSON.stringify(value)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid file with one field replaced by a value of another type', () => {
    const base = JSON.parse(validText());
    const paths = collectPaths(base);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.integer(),
          fc.string(),
          fc.constant(null),
          fc.array(fc.integer()),
          fc.boolean(),
        ),
        (path, value) => {
          const copy = structuredClone(base);
          const original = getAt(copy, path);
          fc.pre(
            typeof value !== typeof original ||
              Array.isArray(value) !== Array.isArray(original) ||
              value === null,
          );
          setAt(copy, path, value);
          expect(parseWorldFile(JSON.stringify(copy)).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

type Path = (string | number)[];
function collectPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      if (out.length < 5000) collectPaths(v, [...prefix, key], out);
    }
  }
  return out;
}
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}
function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}
