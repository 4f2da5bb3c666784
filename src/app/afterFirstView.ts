// Work the first screen does not need (the service worker, texts a later action may show, the
// other languages' texts) waits until the first page shows its content, then for an idle
// moment: on a phone's slow network it then never competes with the first view for bytes or
// for the main thread (issue 19). "Shows its content" is the app's own loading convention: a
// heading in <main> and no region marked aria-busy.

/** If the first page never settles (a hanging query, the safe start), the work runs anyway. */
const SETTLE_FALLBACK_MS = 8_000;
/** After the first page settled, the page's own follow-up (images, a second query) goes first. */
const GRACE_MS = 1_000;
/** requestIdleCallback's deadline: a busy page still gets the work within this. */
const IDLE_TIMEOUT_MS = 2_000;

let settled: Promise<void> | undefined;

function isSettled(): boolean {
  return (
    document.querySelector('main h1') !== null && !document.querySelector('[aria-busy="true"]')
  );
}

/** Resolves once the first page has shown its content (or after the fallback). */
export function firstViewSettled(): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    if (isSettled()) return resolve();
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (isSettled()) finish();
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    const timer = setTimeout(finish, SETTLE_FALLBACK_MS);
  });
  return settled;
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 50);
}

/** Runs `task` once the first page has shown its content and the browser is idle. */
export function afterFirstView(task: () => void): void {
  void firstViewSettled().then(() => setTimeout(() => whenIdle(task), GRACE_MS));
}
