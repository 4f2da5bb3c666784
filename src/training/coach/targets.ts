import type { CoachAction, TargetRef } from '../types';

// Finding and using the controls a step is about. Pure DOM: the same code serves watch mode
// (the coach acts) and the practice engine (is this click inside the target?).

export function targetSelector(ref: TargetRef): string {
  const id = `[data-coach="${CSS.escape(ref.id)}"]`;
  return ref.key === undefined ? id : `${id}[data-coach-key="${CSS.escape(ref.key)}"]`;
}

function isVisible(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return el.getClientRects().length > 0;
  if (el.closest('[hidden], [inert]')) return false;
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The first visible element for the reference, outside the coach itself. */
export function findTarget(ref: TargetRef, root: ParentNode = document): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(targetSelector(ref))) {
    if (!el.closest('[data-coach-root]') && isVisible(el)) return el;
  }
  return null;
}

/** Whether `el` is the target or inside it (any matching element, visible or not). */
export function isWithin(el: Element, ref: TargetRef): boolean {
  return el.closest(targetSelector(ref)) !== null;
}

/** Waits for a target that appears later (a page still loading, a dialog opening). */
export function waitForTarget(
  ref: TargetRef,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<HTMLElement | null> {
  const found = findTarget(ref);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const el = findTarget(ref);
      if (el || Date.now() - started > timeoutMs || signal?.aborted) {
        clearInterval(timer);
        resolve(el);
      }
    }, 100);
  });
}

/** The name a sighted user reads on the control (or its accessible label). */
export function controlName(el: Element): string {
  const labelled = el.getAttribute('aria-label');
  if (labelled) return labelled.trim();
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLSelectElement ||
    el instanceof HTMLTextAreaElement
  ) {
    const label = el.labels?.[0]?.textContent;
    if (label) return label.replace(/\s+/g, ' ').trim();
  }
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  const inner = el.querySelector('button, a, input, select, textarea');
  return inner && inner !== el ? controlName(inner) : '';
}

/** The control a target stands for: the element itself if it is one, else the first control inside it. */
export function focusableOf(el: HTMLElement): HTMLElement {
  if (el.matches('a[href], button, input, select, textarea, [tabindex]')) return el;
  return (
    el.querySelector<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]',
    ) ?? el
  );
}

function setNativeValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  // Svelte's bind:value listens to input events; the prototype setter bypasses any own property.
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function fieldOf(
  el: HTMLElement,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  )
    return el;
  return el.querySelector('input, textarea, select');
}

function sourceKey(ref: TargetRef): string {
  return `${ref.id}|${ref.key ?? ''}`;
}

function textOf(el: Element): string {
  return (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();
}

/**
 * What a person would have written down: the text of every `fillFrom` source on screen now
 * (a temporary password is shown once; a later step types it after the page has gone).
 */
export function noteSources(actions: readonly CoachAction[], notes: Map<string, string>): void {
  for (const action of actions) {
    if (action.kind !== 'fillFrom') continue;
    const el = findTarget(action.source);
    if (el && textOf(el)) notes.set(sourceKey(action.source), textOf(el));
  }
}

/** Watch mode: does what a person would do. Returns false if the control is not there. */
export async function perform(
  action: CoachAction,
  timeoutMs = 10_000,
  signal?: AbortSignal,
  notes?: Map<string, string>,
): Promise<boolean> {
  const el = await waitForTarget(action.target, timeoutMs, signal);
  if (!el || signal?.aborted) return false;
  switch (action.kind) {
    case 'click':
      focusableOf(el).click();
      return true;
    case 'fill':
    case 'fillFrom': {
      const field = fieldOf(el);
      if (!field) return false;
      let value = action.kind === 'fill' ? action.value : '';
      if (action.kind === 'fillFrom') {
        const noted = notes?.get(sourceKey(action.source));
        const source =
          findTarget(action.source) ??
          (noted === undefined ? await waitForTarget(action.source, timeoutMs, signal) : null);
        if (source) value = textOf(source);
        else if (noted !== undefined) value = noted;
        else return false;
      }
      field.focus();
      setNativeValue(field, value);
      return true;
    }
    case 'check': {
      const box =
        el instanceof HTMLInputElement
          ? el
          : el.querySelector<HTMLInputElement>('input[type="checkbox"], input[type="radio"]');
      if (!box) return false;
      if (box.checked !== action.checked) box.click();
      return true;
    }
    case 'select': {
      const field = fieldOf(el);
      if (!(field instanceof HTMLSelectElement)) return false;
      field.focus();
      setNativeValue(field, action.value);
      return true;
    }
  }
}
