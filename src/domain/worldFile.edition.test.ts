import { describe, expect, it } from 'vitest';
import { defaultWorld } from '../db/scenarios/default';
import {
  WORLD_FILE_VERSION,
  WORLD_FILE_VERSION_EDITION,
  WORLD_FILE_VERSION_PROFILE,
  parseWorldFile,
  toWorldFile,
} from './worldFile';
import { editionOf } from './edition';
import type { World } from './types';

// Issue 16: the world file carries the edition. A 2020 world (no edition) keeps the version it
// always had, so files exported from 2020 worlds stay byte-for-byte what older builds read.
const withEdition = (w: World, edition: unknown): World =>
  ({ ...w, meta: { ...w.meta, edition } }) as World;

describe('world file: the edition', () => {
  it('a 2020 world without edition still writes version 1 (2 with a profile)', () => {
    const plain = toWorldFile(defaultWorld(), new Date(0));
    expect(plain.version).toBe(WORLD_FILE_VERSION);
    expect('edition' in plain.world.meta).toBe(false);
    const profiled = defaultWorld();
    profiled.meta.profile = {
      format: 'partner-sim.profile',
      version: 1,
      partner: { name: 'Lamna Partners', domain: 'lamna.example' },
    } as never;
    expect(toWorldFile(profiled, new Date(0)).version).toBe(WORLD_FILE_VERSION_PROFILE);
  });

  it('a Today world writes version 3 and reads back as a Today world', () => {
    const file = toWorldFile(withEdition(defaultWorld(), 'today'), new Date(0));
    expect(file.version).toBe(WORLD_FILE_VERSION_EDITION);
    const read = parseWorldFile(JSON.stringify(file));
    expect(read.ok && editionOf(read.world.meta)).toBe('today');
  });

  it('an old file (version 1, no edition) reads as a 2020 world', () => {
    const read = parseWorldFile(JSON.stringify(toWorldFile(defaultWorld(), new Date(0))));
    expect(read.ok && editionOf(read.world.meta)).toBe('2020');
  });

  it('a bad edition is refused whole with the allowed values', () => {
    for (const bad of ['Today', '2019', '', 3, null]) {
      const file = toWorldFile(withEdition(defaultWorld(), bad), new Date(0));
      const read = parseWorldFile(JSON.stringify(file));
      expect(read, String(bad)).toMatchObject({
        ok: false,
        problems: [{ params: { path: 'world.meta.edition' } }],
      });
    }
  });

  it('an unknown version names every version this build reads', () => {
    const file = JSON.parse(JSON.stringify(toWorldFile(defaultWorld(), new Date(0))));
    file.version = 4;
    expect(parseWorldFile(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [{ key: 'import.unknownVersion', params: { found: '4', supported: '1, 2, 3' } }],
    });
  });
});
