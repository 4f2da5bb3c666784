import type { WalkthroughStep } from '../types';
import { controlName, isWithin } from './targets';

// Practice and test mode: what counts as a mistake on a step. Pure DOM listening; the coach
// decides what to do with it (help in practice, a silent record in a test).

const CONTROLS =
  'button, a[href], [role="button"], [role="menuitem"], [role="tab"], [role="option"], input[type="checkbox"], input[type="radio"], summary';

export interface MistakeListener {
  /** The learner used a control that is not the step's (nor one it allows). */
  wrongControl(name: string | undefined): void;
  /** A page refused the learner's action with a documented rule. */
  rule(ruleId: string): void;
  /** Whether the step counts as done now (a detour that reached the result is no mistake). */
  stillOnStep(): boolean;
  /** The current route path, to tell a refusal caused by an action from a notice shown on arrival. */
  path(): string;
  /** Whether a mistake is already recorded on this step (the learner is off track). */
  offTrack(): boolean;
  /** The pages the step begins on (where the learner was when it began, its start page). */
  startPaths(): string[];
}

/**
 * Recovery is not a mistake (issue 11): once off track, a link back to the page the step began
 * on (the header's Mail, the portal's navigation, Back to list) is what the learner needs to do,
 * and costs nothing. The slip itself was recorded when it happened; a link elsewhere still counts.
 */
export function isRecovery(el: Element, offTrack: boolean, startPaths: readonly string[]): boolean {
  if (!offTrack || !el.matches('a[href]')) return false;
  const href = el.getAttribute('href') ?? '';
  if (!href.startsWith('#/')) return false;
  const path = href.slice(2).split('?')[0]!;
  return startPaths.includes(path);
}

/** Listens until the returned function is called (when the step changes). */
export function watchForMistakes(step: WalkthroughStep, listener: MistakeListener): () => void {
  let lastAction = 0;
  let lastActionPath = '';
  const noteAction = () => {
    lastAction = Date.now();
    lastActionPath = listener.path();
  };
  const onClick = (event: MouseEvent) => {
    noteAction();
    const el = (event.target as Element | null)?.closest?.(CONTROLS);
    if (!el || el.closest('[data-coach-root], [data-coach-ignore]')) return;
    if (isWithin(el, step.target) || step.allow?.some((ref) => isWithin(el, ref))) return;
    if (isRecovery(el, listener.offTrack(), listener.startPaths())) return;
    const name = controlName(el) || undefined;
    // Reaching the step's result another valid way is not a mistake: look again a moment later.
    setTimeout(() => {
      if (listener.stillOnStep()) listener.wrongControl(name);
    }, 700);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', noteAction, true);

  const seen = new WeakSet<Element>(document.querySelectorAll('[data-rule-refusal]'));
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-rule-refusal]')) {
      if (seen.has(el)) continue;
      seen.add(el);
      // Only a refusal the learner's own action caused on the page they acted on counts, not a
      // notice a page shows on arrival (e.g. "you need Admin agent" on User management).
      if (
        Date.now() - lastAction > 2500 ||
        listener.path() !== lastActionPath ||
        el.closest('[data-coach-root]')
      )
        continue;
      // A notice shown once the step is already done (the list after a removal) is no refusal of it.
      if (!listener.stillOnStep()) continue;
      const ruleId = el.dataset.ruleRefusal;
      if (ruleId) listener.rule(ruleId);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', noteAction, true);
    observer.disconnect();
  };
}
