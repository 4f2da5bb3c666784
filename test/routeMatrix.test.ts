import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppDB } from '../src/db/AppDB';
import { ensureWorld } from '../src/db/repositories/worldRepository';
import { loadPersona, type Persona } from '../src/db/queries/personas';
import { ROUTES } from '../src/app/routes';
import { navigationFor, resolveRoute } from '../src/app/resolveRoute';
import { decideAccess } from '../src/domain/access';

// Issue 17, every persona against every route: a typed URL of any page of the simulator, for
// any user of the default world, resolves to the page (when the persona's portal and roles
// allow it) or to a clear refusal — "not for this role" with its rule, or "another portal" —
// never to "not found" or an exception. The same decision serves navigation and typed URLs.

const rules = JSON.parse(readFileSync('locales/en/rules.json', 'utf8')) as Record<string, string>;

/** A concrete path for a route pattern: each `:param` gets a sample value. */
const pathOf = (pattern: string) => pattern.replace(/:[A-Za-z]+/g, 'sample-1');

async function personas(): Promise<Persona[]> {
  const db = new AppDB('partner-sim.world.route-matrix');
  await ensureWorld(db, 'default');
  const users = await db.users.toArray();
  const loaded = await Promise.all(users.map((u) => loadPersona(db, u.id)));
  await db.delete();
  expect(loaded.every(Boolean)).toBe(true);
  return loaded as Persona[];
}

describe('persona × route matrix (every user of the default world, every route)', () => {
  it('each typed URL gives the page or a clear refusal, and the navigation only allowed pages', async () => {
    const all = await personas();
    expect(all.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set<string>();
    for (const persona of all) {
      for (const route of ROUTES) {
        const path = pathOf(route.pattern);
        const at = `${persona.user.id} → #/${path}`;
        const r = resolveRoute(path, persona.portal, persona.subject);
        kinds.add(r.kind);
        expect(r.kind, at).not.toBe('notFound');
        expect(r.kind, at).not.toBe('home');
        if (r.kind === 'notFound' || r.kind === 'home') continue;
        if (r.kind === 'redirect') {
          // A link page that the persona's portal shows elsewhere: followed once, the target is
          // a page or a refusal naming its rule (never another redirect, never "not found").
          const to = r.to.replace(/^\//, '');
          const next = resolveRoute(to, persona.portal, persona.subject);
          expect(['page', 'forbidden'], `${at} → #/${to}`).toContain(next.kind);
          if (next.kind === 'forbidden') expect(rules[next.decision.ruleId], at).toBeTruthy();
          continue;
        }
        const resolved = r.route;
        const otherPortal = resolved.portal !== null && resolved.portal !== persona.portal;
        if (otherPortal) {
          expect(r, at).toMatchObject({ kind: 'wrongPortal', portal: resolved.portal });
          continue;
        }
        const decision = resolved.feature ? decideAccess(persona.subject, resolved.feature) : null;
        if (decision && !decision.allowed) {
          expect(r.kind, at).toBe('forbidden');
          // The refusal names a documented rule the page can show in words.
          if (r.kind === 'forbidden') {
            expect(r.decision.ruleId, at).toMatch(/^R-[A-Z0-9]+-\d+$/);
            expect(rules[r.decision.ruleId], at).toBeTruthy();
          }
        } else {
          expect(r.kind, at).toBe('page');
        }
      }
      for (const item of navigationFor(persona.portal, persona.subject)) {
        const r = resolveRoute(item.href.slice(2), persona.portal, persona.subject);
        expect(r.kind, `${persona.user.id} nav ${item.href}`).toBe('page');
      }
    }
    // The matrix exercises every outcome, so none of the branches above is vacuous.
    expect([...kinds].sort()).toEqual(['forbidden', 'page', 'redirect', 'wrongPortal']);
  });
});
