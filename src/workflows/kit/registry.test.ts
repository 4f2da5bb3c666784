import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { registerWorkflow, runningWorkflow } from './registry.svelte';

// Issue 11: the coach tells this customer's workflow from a sibling's by its subject.
describe('workflow registry subjects', () => {
  const machine = createMachine({
    id: 'removeRelationship',
    initial: 'idle',
    states: { idle: {} },
  });

  it('finds a workflow by machine id and by its subject, never by a sibling subject', () => {
    const alpine = createActor(machine).start();
    const unregister = registerWorkflow('removeRelationship', alpine, 'alpineskihouse');
    expect(runningWorkflow('removeRelationship')?.matches('idle')).toBe(true);
    expect(runningWorkflow('removeRelationship', 'alpineskihouse')?.matches('idle')).toBe(true);
    expect(runningWorkflow('removeRelationship', 'adatum')).toBeUndefined();
    unregister();
    expect(runningWorkflow('removeRelationship', 'alpineskihouse')).toBeUndefined();
    expect(runningWorkflow('removeRelationship')).toBeUndefined();
  });
});
