import { training } from '../../training/trainingSession.svelte';

/**
 * The installable, offline copy (issue 19). registerType 'prompt': a new version waits in the
 * service worker until the learner accepts it; it is never forced and never offered while a
 * test runs (accepting reloads the page, which would end the attempt), only after it ends.
 */
export const update = $state({ waiting: false, offered: false, evictable: false });

let waitingWorker: ServiceWorker | null = null;
const HOUR_MS = 60 * 60 * 1000;

function track(registration: ServiceWorkerRegistration): void {
  const consider = () => {
    // A first install (no controller yet) is not an update: nothing to offer.
    if (registration.waiting && navigator.serviceWorker.controller) {
      waitingWorker = registration.waiting;
      update.waiting = true;
    }
  };
  consider();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') consider();
    });
  });
}

/** The learner accepted: the waiting worker takes over and the page reloads once. */
export function applyUpdate(): void {
  if (!waitingWorker) return;
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloaded) return;
    reloaded = true;
    location.reload();
  });
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissUpdate(): void {
  update.offered = false;
}

export async function startPwa(): Promise<void> {
  // Offered only when a version waits and no test is running; re-evaluated when the test ends.
  $effect.root(() => {
    $effect(() => {
      if (update.waiting && !training.testRunning) update.offered = true;
      if (training.testRunning) update.offered = false;
    });
  });
  // Relative URL: the same code serves / (e2e), /partner-sim/ and the Pages base.
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  // A browser that blocks service workers (enterprise policy; Playwright's serviceWorkers:
  // 'block') resolves with nothing: the site then simply runs online, without an offline copy.
  if (!registration) return;
  track(registration);
  const check = () => registration.update().catch(() => undefined); // offline: try again later
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
  setInterval(check, HOUR_MS);
  // Ask the browser to keep the learner's progress; where it may evict it, nudge toward export.
  try {
    const persisted =
      (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.());
    update.evictable = persisted === false;
  } catch {
    update.evictable = false;
  }
}
