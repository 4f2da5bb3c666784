import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultWorld } from '../db/scenarios/default';
import { largeWorld } from '../db/scenarios/large';
import { parseWorldFile, toWorldFile } from './worldFile';
import { checkWorldRules } from './worldRules';
import type { World } from './types';
import { BREAKERS, customerOf, validWorld } from '../../test/worlds';

const text = (w: World) => JSON.stringify(toWorldFile(w, new Date(0)));

describe('the world’s meaning (issue 17)', () => {
  it('the scenario seeds keep every rule', () => {
    expect(checkWorldRules(defaultWorld())).toEqual([]);
    expect(checkWorldRules(largeWorld())).toEqual([]);
  });

  it('generated valid worlds import', () => {
    fc.assert(
      fc.property(validWorld, (w) => {
        const r = parseWorldFile(text(w));
        expect(r.ok ? [] : r.problems).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it.each(BREAKERS.map((b) => [b.key, b] as const))(
    'a world breaking one rule is refused whole, naming record and rule: %s',
    (_, b) => {
      fc.assert(
        fc.property(validWorld, (w) => {
          if (b.key === 'worldRules.unownedMailbox' && !w.mail.length) return;
          b.apply(w);
          const r = parseWorldFile(text(w));
          expect(r.ok).toBe(false);
          if (r.ok) return;
          const p = r.problems.find((x) => x.key === b.key);
          expect(p, JSON.stringify(r.problems)).toBeDefined();
          expect(p!.params?.record).toMatch(/^[a-zA-Z0-9]+(\[\d+\])?(\.[a-z]+(\[\d+\])?)?$/);
          if (b.rule) expect(p!.params?.rule).toBe(b.rule);
        }),
        { numRuns: 15 },
      );
    },
  );

  it('R-O365-3 names the second partner’s relationship and the customer', () => {
    const w = defaultWorld();
    BREAKERS[0]!.apply(w);
    const c = customerOf(w);
    const i = w.relationships.findIndex((r) => r.id === 'rel-x2');
    expect(checkWorldRules(w)).toEqual([
      {
        key: 'worldRules.secondDelegatedAdmin',
        params: { record: `relationships[${i}]`, rule: 'R-O365-3', customer: c.name },
      },
    ]);
  });

  it('CSP relationships and a removed delegated admin don’t count for R-O365-3 (decision 4)', () => {
    const w = defaultWorld();
    BREAKERS[0]!.apply(w);
    w.relationships.at(-1)!.source = 'csp';
    expect(checkWorldRules(w)).toEqual([]);
    w.relationships.at(-1)!.source = 'o365';
    w.relationships.at(-1)!.adminRoles = [];
    expect(checkWorldRules(w)).toEqual([]);
  });
});
