import type { AnyActorRef } from 'xstate';

// The workflows running on the page, by machine id, so the training coach can tell when a
// learner reached a state (a dialog opened, a draft is ready) without the pages knowing about
// training. Pages register through useWorkflow(); nothing else writes here.

const running = new Map<string, AnyActorRef>();
let version = $state(0);
// Bumped without reading `version`: actors emit while a page's effect sends them an event, and
// a read there would make that effect depend on the registry (an update loop).
let counter = 0;
const bump = () => (version = ++counter);

export function registerWorkflow(id: string, actor: AnyActorRef): () => void {
  running.set(id, actor);
  bump();
  const subscription = actor.subscribe({ next: bump, error: bump });
  return () => {
    subscription.unsubscribe();
    if (running.get(id) === actor) running.delete(id);
    bump();
  };
}

/** The snapshot of the running workflow with this machine id; reading it tracks changes. */
export function runningWorkflow(id: string): { matches(state: string): boolean } | undefined {
  void version;
  const actor = running.get(id);
  if (!actor) return undefined;
  const snapshot = actor.getSnapshot() as { status?: string; matches?: (value: unknown) => boolean };
  if (!snapshot || typeof snapshot.matches !== 'function') return undefined;
  return { matches: (state: string) => snapshot.matches!(stateValueOf(state)) };
}

/** `'a.b'` → `{ a: 'b' }`, the state value XState's matches() takes. */
export function stateValueOf(path: string): unknown {
  const parts = path.split('.');
  return parts.reduceRight<unknown>((inner, part) => (inner === undefined ? part : { [part]: inner }), undefined);
}
