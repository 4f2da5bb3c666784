import { runningWorkflow } from '../../workflows/kit/registry.svelte';
import type { Walkthrough } from '../types';
import { findTarget } from './targets';

/**
 * After a reload, on step `index`: did the reload close what the previous step opened (issue
 * 11: "in the Remove roles? dialog box, select Yes" with no dialog)? True when the previous
 * step was done by a workflow's state alone (a dialog, a draft — page state, not the world),
 * that workflow is no longer in it, and this step's control is not on the page. The coach then
 * resumes at the previous step, so reopening the dialog is that step's own action.
 */
export function lostUiState(walkthrough: Walkthrough, index: number): boolean {
  const previous = walkthrough.steps[index - 1];
  const step = walkthrough.steps[index];
  if (!previous || !step) return false;
  const { machine, world, shows } = previous.done;
  if (!machine || world || shows) return false;
  if (runningWorkflow(machine.id, machine.subject)?.matches(machine.in) === true) return false;
  return findTarget(step.target) === null;
}
