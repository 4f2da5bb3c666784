import type { WalkthroughStep } from '../types';
import { findTarget } from './targets';

export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
const CORNERS: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The rectangles of the controls the step is done with (its target and the ones its actions
 * touch). Not the `allow` list: it may name whole regions (a dialog) that no corner can avoid.
 */
export function stepRects(step: WalkthroughStep): Box[] {
  const refs = [
    step.target,
    ...step.actions.flatMap((a) => (a.kind === 'fillFrom' ? [a.target, a.source] : [a.target])),
  ];
  // With a modal dialog open, only its controls can be used: the page behind it does not count.
  const modal = [...document.querySelectorAll('dialog[open]')].at(-1);
  return refs.flatMap((ref) => {
    const el = findTarget(ref);
    return el && (!modal || modal.contains(el)) ? [el.getBoundingClientRect()] : [];
  });
}

const CONTROLS = 'a[href], button, input, select, textarea, [role="button"], [tabindex="0"]';

/**
 * Controls the coach must never cover, whatever the step (issue 12): every control of the open
 * modal dialog (only those can be used while it is open) and the header's tools (persona,
 * language, clock, mail). The coach's own controls do not count.
 */
export function protectedRects(): Box[] {
  const modal = [...document.querySelectorAll('dialog[open]')].at(-1);
  const scopes = modal ? [modal] : [...document.querySelectorAll('header.topbar')];
  return scopes.flatMap((scope) =>
    [...scope.querySelectorAll<HTMLElement>(CONTROLS)]
      .filter((el) => !el.closest('[data-coach-root]') && el.getClientRects().length > 0)
      .map((el) => el.getBoundingClientRect()),
  );
}

/**
 * The corner where the panel covers none of the step's controls (or the least of them, and then
 * `covers` tells the coach to fold itself small). The current corner wins ties, so the panel
 * does not jump about while the learner works.
 */
export function chooseCorner(
  current: Corner,
  panel: { width: number; height: number },
  rects: Box[],
  viewport: { width: number; height: number },
  margin = 16,
): { corner: Corner; covers: boolean } {
  const boxFor = (corner: Corner): Box => {
    const top = corner.startsWith('top') ? margin : viewport.height - margin - panel.height;
    const left = corner.endsWith('left') ? margin : viewport.width - margin - panel.width;
    return { top, left, bottom: top + panel.height, right: left + panel.width };
  };
  const cost = (corner: Corner) => rects.reduce((sum, r) => sum + overlap(boxFor(corner), r), 0);
  if (cost(current) === 0) return { corner: current, covers: false };
  let best = current;
  let bestCost = cost(current);
  for (const corner of CORNERS) {
    const c = cost(corner);
    if (c < bestCost) {
      best = corner;
      bestCost = c;
    }
  }
  return { corner: best, covers: bestCost > 0 };
}
