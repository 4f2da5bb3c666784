import { useMachine } from '@xstate/svelte';
import { onDestroy } from 'svelte';
import type { AnyStateMachine } from 'xstate';
import { registerWorkflow } from './registry.svelte';

/**
 * useMachine, and the running actor is known by its machine id while the component lives
 * (src/workflows/registry.svelte.ts), so the training coach can follow workflows.
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
