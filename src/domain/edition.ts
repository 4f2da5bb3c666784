/**
 * Editions (../shared/docs/editions/today-gdap.md, issue 16). The 2020 documentation is the
 * default and the reference; the Today edition simulates granular delegated admin privileges
 * (GDAP) on the same world model. A world carries its edition in `WorldMeta.edition` (absent means
 * '2020', so every world written before editions existed stays a 2020 world) and never changes it
 * silently: a link with another `?edition=` asks before it resets the world.
 */
export const EDITIONS = ['2020', 'today'] as const;
export type Edition = (typeof EDITIONS)[number];

export const DEFAULT_EDITION: Edition = '2020';

/** An `?edition=` value from outside: anything but a known edition is `undefined` (caller says why). */
export function parseEdition(value: unknown): Edition | undefined {
  return typeof value === 'string' && (EDITIONS as readonly string[]).includes(value)
    ? (value as Edition)
    : undefined;
}

/** The edition of a stored world's meta row: worlds without the field are 2020 worlds. */
export function editionOf(meta: { edition?: Edition } | undefined): Edition {
  return meta?.edition ?? DEFAULT_EDITION;
}

/**
 * The world's meta in an edition. A 2020 world carries no `edition` field at all, so a 2020 world
 * made today is the very record (and export file) it always was.
 */
export function metaInEdition<M extends { edition?: Edition }>(meta: M, edition: Edition): M {
  const { edition: _previous, ...rest } = meta;
  return (edition === DEFAULT_EDITION ? rest : { ...rest, edition }) as M;
}
