import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { AnyStateMachine, EventObject, SnapshotFrom } from 'xstate';

type Snap = SnapshotFrom<AnyStateMachine>;

export interface PathStep {
  from: Snap | undefined;
  event: EventObject;
  to: Snap;
}

interface Options {
  events: readonly (EventObject & Record<string, unknown>)[];
  /** Context keys that tell states apart (keep them few: the space must stay finite). */
  contextKeys: string[];
  /** Extra facts derived from context that tell states apart. */
  facts?: (context: Record<string, unknown>) => unknown;
  input?: unknown;
  limit?: number;
}

/**
 * Model-based testing with @xstate/graph. Every reachable state and every transition out of
 * it under the given events is generated (the adjacency map), and each transition is returned
 * as a path: the shortest path to its source, then the transition. So every path a learner
 * can take is made of steps checked here, without enumerating exponentially many simple paths.
 */
export function machinePaths(machine: AnyStateMachine, options: Options): PathStep[][] {
  const serializeState = (s: Snap) =>
    JSON.stringify([
      s.value,
      options.contextKeys.map((k) => (s.context as Record<string, unknown>)[k]),
      options.facts?.(s.context as Record<string, unknown>),
    ]);
  const traversal = {
    events: options.events as EventObject[],
    input: options.input,
    limit: options.limit ?? 20_000,
    serializeState,
  } as never;
  const shortest = new Map(
    getShortestPaths(machine, traversal).map((p) => [serializeState(p.state as Snap), p]),
  );
  const edges = adjacencyMapToArray(getAdjacencyMap(machine, traversal));
  return edges.map((edge) => {
    const head = shortest.get(serializeState(edge.state as Snap));
    const steps: PathStep[] = [];
    let prev: Snap | undefined;
    for (const step of head?.steps ?? []) {
      steps.push({ from: prev, event: step.event, to: step.state as Snap });
      prev = step.state as Snap;
    }
    steps.push({
      from: edge.state as Snap,
      event: edge.event as EventObject,
      to: edge.nextState as Snap,
    });
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

/** Every transition once (the last step of each path): enough to check an invariant on every edge. */
export function edges(paths: PathStep[][]): PathStep[] {
  return paths.map((p) => p[p.length - 1]!);
}
