// Issue 17, always recoverable: a stored world record that an older build wrote, or someone
// edited in the browser's developer tools, must never blank a page. The start checks the
// stored world with the import's own validation (shape, references, world rules: one
// validation, src/domain/worldFile.ts) and, when a record doesn't fit, the app takes the safe
// start, which names each record and offers export, reset and import.
import type { AppDB } from './AppDB';
import { readWorld } from './repositories/worldRepository';
import type { World } from '../domain/types';
import {
  RECORD_SCHEMAS,
  toWorldFile,
  validateWorldFile,
  type WorldFileProblem,
} from '../domain/worldFile';
import { checkRecordRules, type RecordContext } from '../domain/worldRules';
import type { SchemaIssue } from '../lib/schema';
import { schemaProblem } from './worldRulesMiddleware';

/** Thrown by the start when the stored world has records the app can't use. */
export class StoredWorldError extends Error {
  constructor(readonly problems: WorldFileProblem[]) {
    super(`the stored world has ${problems.length} unusable record(s)`);
    this.name = 'StoredWorldError';
  }
}

/** What is wrong with the stored world, in the import's words; empty when it is usable. */
export async function checkStoredWorld(db: AppDB): Promise<WorldFileProblem[]> {
  let world: World;
  try {
    world = await readWorld(db);
  } catch {
    return [{ key: 'storedWorld.unreadable' }];
  }
  const result = validateWorldFile(toWorldFile(withTextParams(world), new Date(0)));
  return result.ok ? [] : result.problems;
}

/** The meta record's rules (the clock's range) read no other record. */
const NO_CONTEXT: RecordContext = {
  tenant: () => undefined,
  user: () => undefined,
  mailboxOwned: () => true,
  delegatedPartners: () => [],
};

/**
 * What the first paint needs, without reading the whole world (the 10,000-customer world takes
 * long to read): the main record (clock, scenario) is readable, fits its schema and its rules,
 * and there are organizations and users. The full check runs after the first paint
 * (src/app/worldCheckAtBoot.ts).
 */
export async function checkStoredWorldQuickly(db: AppDB): Promise<WorldFileProblem[]> {
  let meta: unknown;
  let counts: number[];
  try {
    [meta, ...counts] = await db.transaction('r', [db.meta, db.tenants, db.users], () =>
      Promise.all([db.meta.get('world'), db.tenants.count(), db.users.count()]),
    );
  } catch {
    return [{ key: 'storedWorld.unreadable' }];
  }
  if (!meta) return [{ key: 'storedWorld.unreadable' }];
  const issues: SchemaIssue[] = [];
  if (!RECORD_SCHEMAS.meta(meta, 'meta', issues)) return [schemaProblem(issues[0]!)];
  const rules = checkRecordRules('meta', meta, 'meta', NO_CONTEXT);
  if (rules.length) return rules;
  return counts.some((n) => n === 0) ? [{ key: 'storedWorld.empty' }] : [];
}

/** Throws a StoredWorldError (the start then takes the safe start) unless the world is usable. */
export async function assertStoredWorld(db: AppDB): Promise<void> {
  const problems = await checkStoredWorld(db);
  if (problems.length) throw new StoredWorldError(problems);
}

/**
 * Mail parameters older builds stored as numbers (the review mail's day count, issue 18) read
 * as text, as export writes them. Written for any record: it runs before the shape is known.
 */
function withTextParams(world: World): World {
  const asText = (text: unknown): unknown => {
    if (!text || typeof text !== 'object') return text;
    const params = (text as { params?: unknown }).params;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return text;
    return {
      ...text,
      params: Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
      ),
    };
  };
  return {
    ...world,
    mail: world.mail.map((m) =>
      m && typeof m === 'object' ? { ...m, subject: asText(m.subject), body: asText(m.body) } : m,
    ) as World['mail'],
  };
}
