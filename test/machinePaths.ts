import { getSimplePaths } from '@xstate/graph';
import type { AnyStateMachine, EventObject, SnapshotFrom } from 'xstate';

type Snap = SnapshotFrom<AnyStateMachine>;

export interface PathStep {
  from: Snap | undefined;
  event: EventObject;
  to: Snap;
}

/**
 * Every simple path of a machine (model-based testing with @xstate/graph). States are told
 * apart by value plus the context keys that matter, so the state space stays finite.
 * Returns the paths as lists of steps, so a test can check rule invariants on every step.
 */
export function machinePaths(
  machine: AnyStateMachine,
  options: { events: readonly (EventObject & Record<string, unknown>)[]; contextKeys: string[]; input?: unknown; limit?: number },
): PathStep[][] {
  const paths = getSimplePaths(machine, {
    events: options.events as EventObject[],
    input: options.input,
    limit: options.limit ?? 5000,
    serializeState: (s: Snap) => JSON.stringify([s.value, options.contextKeys.map((k) => (s.context as Record<string, unknown>)[k])]),
  } as never);
  return paths.map((path) => {
    const steps: PathStep[] = [];
    let prev: Snap | undefined;
    for (const step of path.steps) {
      steps.push({ from: prev, event: step.event, to: step.state as Snap });
      prev = step.state as Snap;
    }
    return steps;
  });
}

export function stateValue(s: Snap): string {
  return typeof s.value === 'string' ? s.value : JSON.stringify(s.value);
}

/** The set of state values at the ends of the paths. */
export function endStates(paths: PathStep[][]): Set<string> {
  return new Set(paths.map((p) => stateValue(p[p.length - 1]!.to)));
}
