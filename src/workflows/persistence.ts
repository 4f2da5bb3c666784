import type { AnyActorRef, AnyStateMachine, SnapshotFrom } from 'xstate';
import { getDb } from '../db/instance';
import { clearSnapshot, loadSnapshot, saveSnapshot } from '../db/repositories/snapshotRepository';

/**
 * A workflow in progress survives a reload: its actor snapshot is saved in IndexedDB while it
 * is in a stable state (not while a write is running) and restored when the page opens again.
 * A snapshot from another machine version, or one the machine can't resolve, is discarded.
 */
export async function restoreSnapshot(machine: AnyStateMachine, key: string, version: number): Promise<SnapshotFrom<AnyStateMachine> | undefined> {
  const saved = await loadSnapshot(getDb(), key, version);
  if (!saved || typeof saved !== 'object') return undefined;
  try {
    // resolveState throws on a state value the machine doesn't have.
    const resolved = machine.resolveState(saved as never);
    return resolved as SnapshotFrom<AnyStateMachine>;
  } catch {
    await clearSnapshot(getDb(), key);
    return undefined;
  }
}

export function persistWhileStable(actor: AnyActorRef, key: string, version: number, isStable: (snapshot: ReturnType<AnyActorRef['getSnapshot']>) => boolean, isFinished: (snapshot: ReturnType<AnyActorRef['getSnapshot']>) => boolean): () => void {
  const subscription = actor.subscribe((snapshot) => {
    if (isFinished(snapshot)) void clearSnapshot(getDb(), key);
    else if (isStable(snapshot)) void saveSnapshot(getDb(), key, version, actor.getPersistedSnapshot());
  });
  return () => subscription.unsubscribe();
}

export async function forgetSnapshot(key: string): Promise<void> {
  await clearSnapshot(getDb(), key);
}
