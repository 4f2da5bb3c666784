/** Focus helpers shared by Dialog (and usable by other overlays). */

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** Tabbable descendants of `root`, in DOM order (no layout checks, so it also works in jsdom). */
export function getTabbable(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      el.tabIndex >= 0 && !el.closest('[hidden], [inert]') && el.getAttribute('tabindex') !== '-1',
  );
}

/** Moves focus without scrolling where supported. */
export function focusElement(el: HTMLElement | null | undefined): boolean {
  if (!el || typeof el.focus !== 'function') return false;
  el.focus({ preventScroll: false });
  return document.activeElement === el;
}
