import { untrack } from 'svelte';
import type { ToastKind } from './types';

export interface Toast {
  id: string;
  kind: ToastKind;
  message: string;
  /** 0 = stays until dismissed. */
  timeoutMs: number;
}

export interface ToastInput {
  kind: ToastKind;
  message: string;
  /** Default: 6000 ms for success/info/warning; errors stay until dismissed. */
  timeoutMs?: number;
}

export const DEFAULT_TOAST_TIMEOUT_MS = 6000;

/** A rune-backed toast queue. Use the shared `toasts` instance, or create one per test. */
export class ToastStore {
  list: Toast[] = $state([]);
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #seq = 0;

  push(input: ToastInput): string {
    const id = `toast-${++this.#seq}`;
    const timeoutMs = input.timeoutMs ?? (input.kind === 'error' ? 0 : DEFAULT_TOAST_TIMEOUT_MS);
    // untrack: push() is called from effects; reading `list` there would make the effect depend on it and loop.
    this.list = [
      ...untrack(() => this.list),
      { id, kind: input.kind, message: input.message, timeoutMs },
    ];
    if (timeoutMs > 0)
      this.#timers.set(
        id,
        setTimeout(() => this.dismiss(id), timeoutMs),
      );
    return id;
  }

  dismiss(id: string): void {
    const timer = this.#timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(id);
    this.list = this.list.filter((toast) => toast.id !== id);
  }

  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.list = [];
  }
}

export const toasts = new ToastStore();
