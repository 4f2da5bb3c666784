import { runningWorkflow } from '../../workflows/kit/registry.svelte';
import { restoresIn } from '../../workflows/kit/persistence';
import type { Walkthrough } from '../types';
import { findTarget } from './targets';

/**
 * After a reload, on step `index`: did the reload close what the previous step opened (issue
 * 11: "in the Remove roles? dialog box, select Yes" with no dialog)? Only when the previous step
 * was done by a workflow's state alone (a dialog, a draft — page state, not the world). The
 * coach then resumes at the previous step, so reopening the dialog is that step's own action.
 *
 * Decided from what survives a reload, not from how far the page got after a delay (issue 12:
 * a one-second timer rewound slow pages wrongly and missed dialogs on slower ones): a page
 * restores a workflow only from its persisted snapshot, so the state is kept exactly when a
 * snapshot that machine saved is in it. The workflow already in it, or the step's control
 * already on the page, also keep the step (a resume without a reload). A wrong rewind onto a
 * state the page reaches by itself corrects itself: that step's condition holds at once.
 */
export async function lostUiState(walkthrough: Walkthrough, index: number): Promise<boolean> {
  const previous = walkthrough.steps[index - 1];
  const step = walkthrough.steps[index];
  if (!previous || !step) return false;
  const { machine, world, shows } = previous.done;
  if (!machine || world || shows) return false;
  if (runningWorkflow(machine.id, machine.subject)?.matches(machine.in) === true) return false;
  if (findTarget(step.target) !== null) return false;
  return !(await restoresIn(machine.id, machine.in));
}
