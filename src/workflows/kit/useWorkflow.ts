import { useMachine } from '@xstate/svelte';
import { onDestroy } from 'svelte';
import type { AnyStateMachine } from 'xstate';
import { registerWorkflow } from './registry.svelte';
import { persistByTags, versionOf } from './persistence';

/**
 * useMachine, and the running actor is known by its machine id while the component lives
 * (src/workflows/kit/registry.svelte.ts), so the training coach can follow workflows.
 */
export function useWorkflow<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options?: Parameters<typeof useMachine<TMachine>>[1],
  subject?: string,
): ReturnType<typeof useMachine<TMachine>> {
  const result = useMachine(machine, options);
  onDestroy(registerWorkflow(machine.id, result.actorRef, subject));
  return result;
}

/**
 * useWorkflow for a workflow that survives a reload: the snapshot is saved under `key` while
 * the machine is in a state tagged `persist`, and cleared on one tagged `finished`; the saved
 * record carries the machine's own `version` (restore it with restoreSnapshot(machine, key)).
 */
export function usePersistedWorkflow<TMachine extends AnyStateMachine>(
  machine: TMachine,
  key: string,
  options?: Parameters<typeof useMachine<TMachine>>[1],
  subject?: string,
): ReturnType<typeof useMachine<TMachine>> {
  const result = useWorkflow(machine, options, subject);
  onDestroy(persistByTags(result.actorRef, key, versionOf(machine)));
  return result;
}
