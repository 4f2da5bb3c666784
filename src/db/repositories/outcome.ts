// The outcome of a storage write that failed for a reason of the store, not of a rule: the
// browser's quota, a unique index (a rule the domain check missed), an aborted transaction.
// A Dexie transaction that throws is rolled back whole, so a StoreFailure always means
// "nothing changed"; callers show it with what to do (src/app/failures.ts).

// 'rule': the write would break a world rule (src/db/worldRulesMiddleware.ts; params.rule names it).
export type StoreProblem = 'quota' | 'constraint' | 'abort' | 'rule' | 'unknown';

export interface StoreFailure {
  ok: false;
  /** i18n key of the message: what happened and what to do (retry, export, reset). */
  key: `errors:store.${StoreProblem}`;
  params?: Record<string, string>;
  store: StoreProblem;
}

/** Names Dexie and IndexedDB use for each problem (Dexie wraps the DOMException; `inner` keeps it). */
export function storeProblemOf(error: unknown): StoreProblem {
  const names: string[] = [];
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { inner?: unknown }).inner, depth++
  ) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'WorldRuleError')) return 'rule';
  if (names.some((n) => n === 'ConstraintError')) return 'constraint';
  if (
    names.some(
      (n) => n === 'AbortError' || n === 'TransactionInactiveError' || n === 'DatabaseClosedError',
    )
  )
    return 'abort';
  return 'unknown';
}

export function storeFailure(error: unknown): StoreFailure {
  const store = storeProblemOf(error);
  if (store === 'rule') {
    // The learner is told which rule and which record or field, in their language: the first
    // problem's own message (an `errors` key: worldRules.* or schema.*) is nested into
    // store.rule by i18next (`$t(errors:{{reasonKey}})`, with these params).
    let e = error as {
      name?: unknown;
      inner?: unknown;
      rule?: unknown;
      problems?: { key?: unknown; params?: Record<string, unknown> }[];
    };
    while (e.name !== 'WorldRuleError' && e.inner) e = e.inner as typeof e;
    const problem = e.problems?.[0];
    if (typeof problem?.key === 'string' && /^(worldRules|schema)\.[\w.]+$/.test(problem.key)) {
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(problem.params ?? {}))
        if (typeof value === 'string' || typeof value === 'number') params[name] = String(value);
      return {
        ok: false,
        key: 'errors:store.rule',
        params: { ...params, reasonKey: problem.key },
        store,
      };
    }
    return { ok: false, key: 'errors:store.unknown', store };
  }
  return { ok: false, key: `errors:store.${store}`, store };
}

/**
 * Runs a write (a whole transaction) and turns a store error into a StoreFailure outcome
 * instead of an exception, so no caller can forget it. Rule refusals pass through as the
 * write returns them.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T | StoreFailure> {
  try {
    return await write();
  } catch (error) {
    console.warn('a world write failed; its transaction was rolled back', error);
    return storeFailure(error);
  }
}

// Writes whose outcome types have no place for a store failure (their machines go back to a
// state the learner can retry from) still announce it: the app sets one reporter that shows
// the message (src/app/failures.ts), so no write can fail silently.
let reporter: ((failure: StoreFailure) => void) | undefined;

export function setStoreFailureReporter(
  report: ((failure: StoreFailure) => void) | undefined,
): void {
  reporter = report;
}

/** Runs a write; a store error is reported (message + what to do) and rethrown for the caller's own error path. */
export async function reportingWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    console.warn('a world write failed; its transaction was rolled back', error);
    reporter?.(storeFailure(error));
    throw error;
  }
}
