// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { registerWorkflow } from '../../workflows/kit/registry.svelte';
import { removeRoles } from '../walkthroughs/remove-roles';
import { lostUiState } from './resume';

// Issue 11: "Reload with a dialog open resumes on 'in the Remove roles? dialog box, select Yes'
// with no dialog". Step 3 (confirm) follows step 2 (remove-roles: the dialog is open).
const CONFIRM = removeRoles.steps.findIndex((s) => s.id === 'confirm');

const dialog = createMachine({
  id: 'removeRoles',
  initial: 'idle',
  states: { idle: { on: { remove: 'confirming' } }, confirming: {} },
});

/** Puts the step's control on the page, laid out (jsdom lays nothing out by itself). */
function showControl(id: string) {
  const button = document.createElement('button');
  button.dataset.coach = id;
  button.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
  document.body.append(button);
}

let unregister = () => {};
afterEach(() => {
  unregister();
  document.body.replaceChildren();
});

describe('resuming a step that lived in a dialog', () => {
  it('the reload closed the dialog: resume at the step that opens it', () => {
    unregister = registerWorkflow('removeRoles', createActor(dialog).start());
    expect(lostUiState(removeRoles, CONFIRM)).toBe(true);
  });

  it('the dialog is open again (or its workflow kept its state): stay on the step', () => {
    const actor = createActor(dialog).start();
    actor.send({ type: 'remove' });
    unregister = registerWorkflow('removeRoles', actor);
    expect(lostUiState(removeRoles, CONFIRM)).toBe(false);
  });

  it('the step’s control is on the page: stay on the step', () => {
    unregister = registerWorkflow('removeRoles', createActor(dialog).start());
    showControl(removeRoles.steps[CONFIRM]!.target.id);
    expect(lostUiState(removeRoles, CONFIRM)).toBe(false);
  });

  it('a previous step done by the world or the location (not page state) never rewinds', () => {
    // select-partner is done by the location; open-partner-relationships by the location too.
    expect(lostUiState(removeRoles, CONFIRM - 1)).toBe(false);
    expect(lostUiState(removeRoles, 1)).toBe(false);
    expect(lostUiState(removeRoles, 0)).toBe(false);
  });
});
