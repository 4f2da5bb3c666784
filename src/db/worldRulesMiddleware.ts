// Issue 17, one validation of the world's meaning: every write of a world record, whichever
// repository makes it, is checked here — the record's shape (the world file's schema) and the
// world rules that record must keep (src/domain/worldRules.ts, the same rules import checks).
// A write that would break one is refused with a WorldRuleError naming the record and the rule;
// the error aborts the write's transaction, so nothing stored changes. One Dexie DBCore
// middleware rather than a check in each repository: no write can be forgotten.
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { SchemaIssue } from '../lib/schema';
import type { Relationship, Tenant, User } from '../domain/types';
import { RECORD_SCHEMAS } from '../domain/worldFile';
import {
  checkRecordRules,
  type RecordContext,
  type RuleTable,
  type WorldRuleProblem,
} from '../domain/worldRules';

/** A refused write: `problems` are i18n keys in `errors` with the record and the rule. */
export class WorldRuleError extends Error {
  constructor(readonly problems: WorldRuleProblem[]) {
    super(
      problems
        .map((p) => `${p.key} ${p.params.record ?? ''} ${p.params.rule ?? ''}`.trim())
        .join('; '),
    );
    this.name = 'WorldRuleError';
  }
  /** The documented rule the write would break (the first), or undefined for a bad shape. */
  get rule(): string | undefined {
    const rule = this.problems.find((p) => typeof p.params.rule === 'string')?.params.rule;
    return typeof rule === 'string' ? rule : undefined;
  }
}

/**
 * The stores each table's rules read. IndexedDB lets a transaction touch only the stores it
 * was opened with, so every read-write transaction writing a table also opens these (for
 * reading only: repositories still see just the tables they asked for).
 */
const LOOKUPS: Partial<Record<string, readonly string[]>> = {
  partners: ['tenants'],
  relationships: ['tenants'],
  invitations: ['tenants', 'users'],
  o365Offers: ['tenants', 'users'],
  mail: ['users'],
};

const equal = (key: unknown): DBCoreKeyRange => ({
  type: 1 /* DBCoreRangeType.Equal (a const enum) */,
  lower: key,
  upper: key,
});

type Row = Record<string, unknown>;

/** Fetches, inside the write's transaction, what the rules of `rows` need to know. */
async function contextFor(
  core: DBCore,
  table: string,
  rows: readonly Row[],
  trans: DBCoreTransaction,
): Promise<RecordContext> {
  const tenants = new Map<string, Tenant | undefined>();
  const users = new Map<string, User | undefined>();
  const mailboxes = new Map<string, boolean>();
  const delegated = new Map<string, Relationship[]>();
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const tenantIds = new Set<string>();
  const userIds = new Set<string>();
  for (const r of rows) {
    for (const k of ['tenantId', 'partnerId', 'customerId'])
      if (str(r[k]) && table !== 'mail') tenantIds.add(r[k] as string);
    if (str(r.senderUserId)) userIds.add(r.senderUserId as string);
  }
  const getMany = async <T>(store: string, keys: Set<string>, into: Map<string, T | undefined>) => {
    if (!keys.size || !(LOOKUPS[table] ?? []).includes(store)) return;
    const list = [...keys];
    const found = await core.table(store).getMany({ trans, keys: list });
    list.forEach((k, i) => into.set(k, found[i] as T | undefined));
  };
  await Promise.all([getMany('tenants', tenantIds, tenants), getMany('users', userIds, users)]);

  if (table === 'mail') {
    const byEmail = core.table('users').schema.getIndexByKeyPath('email');
    const wanted = new Set(rows.map((r) => str(r.mailbox)).filter((m) => m !== undefined));
    await Promise.all(
      [...wanted].map(async (mailbox) => {
        const count = async (key: string) =>
          byEmail
            ? core.table('users').count({ trans, query: { index: byEmail, range: equal(key) } })
            : 0;
        const owned = (await count(mailbox)) > 0 || (await count(mailbox.trim().toLowerCase())) > 0;
        mailboxes.set(mailbox, owned);
      }),
    );
  }
  if (table === 'relationships') {
    const byCustomer = core.table('relationships').schema.getIndexByKeyPath('customerId');
    const customers = new Set(
      rows
        .filter((r) => r.source === 'o365' && Array.isArray(r.adminRoles) && r.adminRoles.length)
        .map((r) => r.customerId as string),
    );
    await Promise.all(
      [...customers].map(async (customerId) => {
        const stored = byCustomer
          ? await core.table('relationships').query({
              trans,
              values: true,
              query: { index: byCustomer, range: equal(customerId) },
            })
          : { result: [] };
        delegated.set(customerId, stored.result as Relationship[]);
      }),
    );
  }
  // Delegated admins in this write, per customer in order, and the stored ones outside it.
  const batch = rows as unknown as Relationship[];
  const ids = new Set(batch.map((r) => r.id));
  const isDelegated = (r: Relationship) => r.source === 'o365' && r.adminRoles.length > 0;
  const inBatch = new Map<string, Relationship[]>();
  for (const r of batch)
    if (isDelegated(r)) inBatch.set(r.customerId, [...(inBatch.get(r.customerId) ?? []), r]);
  return {
    tenant: (id) => tenants.get(id),
    user: (id) => users.get(id),
    mailboxOwned: (mailbox) => mailboxes.get(mailbox) ?? true,
    delegatedPartners: (customerId, relationshipId) => {
      const same = inBatch.get(customerId) ?? [];
      const before = same.slice(
        0,
        Math.max(
          same.findIndex((r) => r.id === relationshipId),
          0,
        ),
      );
      return [
        ...(delegated.get(customerId) ?? []).filter((r) => !ids.has(r.id) && isDelegated(r)),
        ...before,
      ].map((r) => r.partnerId);
    },
  };
}

/** A record's first schema issue as a message key in `errors` (`schema.*`) with its params. */
export function schemaProblem(issue: SchemaIssue): WorldRuleProblem {
  return {
    key: issue.key === 'type' ? `schema.type.${issue.params?.expected}` : `schema.${issue.key}`,
    params: { ...issue.params, path: issue.path },
  };
}

/** The record's name in a message: its table and key (`relationships r-1`). */
function recordName(table: string, row: Row): string {
  const key = table === 'partners' ? row.tenantId : table === 'meta' ? row.key : row.id;
  return `${table} ${typeof key === 'string' ? key : '?'}`;
}

async function check(core: DBCore, table: string, req: DBCoreMutateRequest): Promise<void> {
  if (req.type !== 'add' && req.type !== 'put') return;
  const schema = RECORD_SCHEMAS[table as keyof typeof RECORD_SCHEMAS];
  const rows = req.values as readonly Row[];
  const problems: WorldRuleProblem[] = [];
  for (const row of rows) {
    const issues: SchemaIssue[] = [];
    if (!schema(row, recordName(table, row), issues)) problems.push(schemaProblem(issues[0]!));
    if (problems.length) throw new WorldRuleError(problems);
  }
  const ctx = await contextFor(core, table, rows, req.trans);
  for (const row of rows) {
    problems.push(...checkRecordRules(table as RuleTable, row, recordName(table, row), ctx));
    if (problems.length) throw new WorldRuleError(problems);
  }
}

export const worldRulesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'worldRules',
  // Below Dexie's own middlewares (hooks, cache, observability at levels 0–2): they read the
  // transaction from Dexie's zone, which the awaits of this check would leave; the raw
  // IndexedDB core below takes the transaction from the request.
  level: -1,
  create(down) {
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const wider =
          mode === 'readwrite'
            ? [...new Set([...stores, ...stores.flatMap((s) => LOOKUPS[s] ?? [])])]
            : stores;
        return down.transaction(wider, mode, options);
      },
      table: (name): DBCoreTable => {
        const table = down.table(name);
        if (!(name in RECORD_SCHEMAS)) return table; // snapshots: validated on read (persistence.ts)
        return { ...table, mutate: (req) => check(down, name, req).then(() => table.mutate(req)) };
      },
    };
  },
};
