import { createActor, type AnyActorRef, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { getDb } from '../../db/instance';
import {
  clearSnapshot,
  loadSnapshot,
  saveSnapshot,
  savedStatesOf,
} from '../../db/repositories/snapshotRepository';
import { isPlainObject } from '../../lib/schema';
import { toasts } from '../../lib/ui/toasts.svelte';
import { t } from '../../i18n/i18n.svelte';

/**
 * Does a stored context have the shape of the machine's own? Compared with the context the
 * machine builds from it (its input is the saved context): every field the machine sets must
 * be there with the same kind of value, recursively — so an edited record missing
 * `draft.displayName` is refused before a page reads it (issue 17: a blank page otherwise).
 */
export function contextFits(saved: unknown, expected: unknown, depth = 0): boolean {
  if (expected === undefined || expected === null) return true;
  if (depth > 8) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(saved)) return false;
    const first = expected[0];
    return first === undefined || saved.every((x) => contextFits(x, first, depth + 1));
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(saved)) return false;
    return Object.keys(expected).every(
      (k) => Object.hasOwn(saved, k) && contextFits(saved[k], expected[k], depth + 1),
    );
  }
  return typeof saved === typeof expected;
}

/** A persisted snapshot is usable by this machine: active, a state it has, a context of its shape. */
export function snapshotFits(machine: AnyStateMachine, saved: unknown): boolean {
  if (!isPlainObject(saved) || saved.status !== 'active' || !isPlainObject(saved.context))
    return false;
  try {
    machine.resolveState(saved as never);
  } catch {
    return false;
  }
  let expected: unknown;
  try {
    expected = createActor(machine, { input: saved.context }).getSnapshot().context;
  } catch {
    // The machine can't build a context from this one: it can't be the machine's own.
    return false;
  }
  return contextFits(saved.context, expected);
}

/**
 * The version a machine declares in its config (`version: '1'`): a saved snapshot of another
 * version is discarded, so a machine whose states or context change bumps it.
 */
export function versionOf(machine: AnyStateMachine): number {
  const version = Number(machine.version);
  if (!Number.isInteger(version)) throw new Error(`machine ${machine.id} declares no version`);
  return version;
}

/**
 * A workflow in progress survives a reload: its actor snapshot is saved in IndexedDB while it
 * is in a stable state (not while a write is running) and restored when the page opens again.
 * A snapshot from another machine version, or one the machine can't resolve, is discarded.
 */
export async function restoreSnapshot(
  machine: AnyStateMachine,
  key: string,
  version: number = versionOf(machine),
): Promise<SnapshotFrom<AnyStateMachine> | undefined> {
  const saved = await loadSnapshot(getDb(), key, version);
  if (saved === undefined) return undefined;
  if (!snapshotFits(machine, saved)) {
    // Never a blank page: the work in progress is dropped, and the learner is told.
    await clearSnapshot(getDb(), key);
    toasts.push({ kind: 'warning', message: t('shell.snapshotDiscarded') });
    return undefined;
  }
  return machine.resolveState(saved as never) as SnapshotFrom<AnyStateMachine>;
}

export function persistWhileStable(
  actor: AnyActorRef,
  key: string,
  version: number,
  isStable: (snapshot: ReturnType<AnyActorRef['getSnapshot']>) => boolean,
  isFinished: (snapshot: ReturnType<AnyActorRef['getSnapshot']>) => boolean,
): () => void {
  const machineId = machineIdOf(actor);
  const subscription = actor.subscribe((snapshot) => {
    if (isFinished(snapshot)) void clearSnapshot(getDb(), key);
    else if (isStable(snapshot))
      void saveSnapshot(getDb(), key, version, actor.getPersistedSnapshot(), machineId);
  });
  return () => subscription.unsubscribe();
}

function machineIdOf(actor: AnyActorRef): string | undefined {
  const id = (actor as { logic?: { id?: unknown } }).logic?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Does a persisted state value (`{ a: 'b' }`) match a state path (`'a'`, `'a.b'`), as matches() would? */
export function valueMatches(value: unknown, path: string): boolean {
  const parts = path.split('.');
  let at: unknown = value;
  for (const [i, part] of parts.entries()) {
    if (typeof at === 'string') return at === part && i === parts.length - 1;
    if (!isPlainObject(at) || !Object.hasOwn(at, part)) return false;
    at = at[part];
  }
  return true;
}

/**
 * Will a page that opens now restore this machine in this state? True when a snapshot it saved
 * (while tagged `persist`) is in it: what a reload keeps, known before the page mounts.
 */
export async function restoresIn(machineId: string, state: string): Promise<boolean> {
  const values = await savedStatesOf(getDb(), machineId);
  return values.some((value) => valueMatches(value, state));
}

/**
 * Saves the actor's snapshot while it is in a state tagged `persist` (a stable state, not one
 * where a write is running) and clears it once a state tagged `finished` is reached: the
 * machine, not the page, says which states survive a reload.
 */
export function persistByTags(actor: AnyActorRef, key: string, version: number): () => void {
  const has = (snapshot: unknown, tag: string) =>
    (snapshot as { hasTag?: (t: string) => boolean }).hasTag?.(tag) === true;
  return persistWhileStable(
    actor,
    key,
    version,
    (s) => has(s, 'persist'),
    (s) => has(s, 'finished'),
  );
}

export async function forgetSnapshot(key: string): Promise<void> {
  await clearSnapshot(getDb(), key);
}
