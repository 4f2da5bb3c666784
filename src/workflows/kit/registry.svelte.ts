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

/**
 * `subject` names what the workflow is about (the customer whose record is open), so the coach
 * can tell this customer's workflow from a sibling's (issue 11); it is also known as `id#subject`.
 */
export function registerWorkflow(id: string, actor: AnyActorRef, subject?: string): () => void {
  const keys = subject === undefined ? [id] : [id, `${id}#${subject}`];
  for (const key of keys) running.set(key, actor);
  bump();
  const subscription = actor.subscribe({ next: bump, error: bump });
  return () => {
    subscription.unsubscribe();
    for (const key of keys) if (running.get(key) === actor) running.delete(key);
    bump();
  };
}

/** The snapshot of the running workflow with this machine id; reading it tracks changes. */
export function runningWorkflow(
  id: string,
  subject?: string,
): { matches(state: string): boolean; flag(name: string): boolean } | undefined {
  void version;
  const actor = running.get(subject === undefined ? id : `${id}#${subject}`);
  if (!actor) return undefined;
  const snapshot = actor.getSnapshot() as {
    status?: string;
    matches?: (value: unknown) => boolean;
    context?: Record<string, unknown>;
  };
  if (!snapshot || typeof snapshot.matches !== 'function') return undefined;
  return {
    matches: (state: string) => snapshot.matches!(stateValueOf(state)),
    // A boolean context flag (the agreement open): the coach records a documented action the
    // world does not keep (issue 11). Anything but `true` is false.
    flag: (name: string) => snapshot.context?.[name] === true,
  };
}

/** `'a.b'` → `{ a: 'b' }`, the state value XState's matches() takes. */
export function stateValueOf(path: string): unknown {
  const parts = path.split('.');
  return parts.reduceRight<unknown>(
    (inner, part) => (inner === undefined ? part : { [part]: inner }),
    undefined,
  );
}
