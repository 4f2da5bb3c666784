// Always recoverable (issue 17): whatever the stored world holds, the learner can reach
// export, reset and import. A safe start opens only the simulator settings on an untouched
// shell — no session, no walkthrough, no portal page reads the world. It runs on `?safe=1`,
// after a start that failed, and on the next load after a start that hung.
import { mount } from 'svelte';
import { openDatabase } from '../db/open';
import { setDatabase } from '../db/instance';
import { checkStoredWorld } from '../db/storedWorld';
import { initI18n } from '../i18n/i18n.svelte';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from '../i18n/languages';

/** A start still unfinished after this long counts as hung (the large world opens in ~2 s). */
export const BOOT_HANG_MS = 15_000;
const BOOT_KEY = 'partner-sim:boot';

// sessionStorage: a reload keeps it, a new tab doesn't, so a tab closed mid-start costs nothing.
function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

type BootMark = { startedAt: number; failed?: boolean };

function readMark(): BootMark | undefined {
  try {
    const raw = storage()?.getItem(BOOT_KEY);
    const mark: unknown = raw ? JSON.parse(raw) : undefined;
    return mark && typeof mark === 'object' && typeof (mark as BootMark).startedAt === 'number'
      ? (mark as BootMark)
      : undefined;
  } catch {
    return undefined;
  }
}

function writeMark(mark: BootMark | undefined): void {
  try {
    if (mark) storage()?.setItem(BOOT_KEY, JSON.stringify(mark));
    else storage()?.removeItem(BOOT_KEY);
  } catch {
    // Storage refused: the watchdog link still offers the safe start.
  }
}

/** `?safe=1`, or the previous start in this tab failed, or hung (unfinished for BOOT_HANG_MS). */
export function safeStartWanted(url: URL, now = Date.now(), mark = readMark()): boolean {
  if (url.searchParams.get('safe') === '1') return true;
  if (!mark) return false;
  return mark.failed === true || now - mark.startedAt >= BOOT_HANG_MS;
}

/** The safe start's address: the same page with `safe=1`. */
export function safeStartUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('safe', '1');
  url.hash = '';
  return url.toString();
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

async function startSafe(url: URL): Promise<void> {
  writeMark(undefined);
  await initI18n(detectLanguage(url, savedLanguage(), navigator.languages ?? [navigator.language]));
  // Opening the database only seeds a missing world: it reads nothing a record could break.
  const opened = await openDatabase('default');
  setDatabase(opened.db, opened.persistent);
  // What no longer fits in the stored world, named as an import would name it (read only).
  const problems = await checkStoredWorld(opened.db).catch(() => []);
  const { default: SafeStartPage } = await import('../portals/simulator/SafeStartPage.svelte');
  const target = document.getElementById('app');
  if (!target) throw new Error('#app missing');
  target.replaceChildren();
  mount(SafeStartPage, { target, props: { normalUrl: normalStartUrl(url), problems } });
}

function normalStartUrl(url: URL): string {
  const normal = new URL(url);
  normal.searchParams.delete('safe');
  normal.hash = '';
  return normal.toString();
}

function fatal(error: unknown): void {
  console.error(error);
  const target = document.getElementById('app');
  if (target)
    target.textContent =
      'The simulator could not start. / Не удалось запустить симулятор. / 模拟器无法启动。';
}

/**
 * Runs the normal start, or the safe one. While the normal start runs, a mark in this tab says
 * so; a start that throws goes straight to the safe start; one that is still running after
 * BOOT_HANG_MS offers a link to it (plain DOM: i18n may be what hangs), and the next load of
 * the tab takes it by itself.
 */
export function runBoot(start: () => Promise<void>): void {
  const url = new URL(location.href);
  if (safeStartWanted(url)) {
    startSafe(url).catch(fatal);
    return;
  }
  writeMark({ startedAt: Date.now() });
  const watchdog = setTimeout(() => offerSafeStart(), BOOT_HANG_MS);
  start().then(
    () => {
      clearTimeout(watchdog);
      writeMark(undefined);
    },
    (error) => {
      clearTimeout(watchdog);
      console.error(error);
      writeMark({ startedAt: Date.now(), failed: true });
      startSafe(url).catch(fatal);
    },
  );
}

function offerSafeStart(): void {
  const target = document.getElementById('app');
  if (!target || target.querySelector('[data-safe-start]')) return;
  const p = document.createElement('p');
  p.className = 'boot';
  const a = document.createElement('a');
  a.href = safeStartUrl(location.href);
  a.dataset.safeStart = '';
  a.textContent = 'Safe start · Безопасный запуск · 安全启动';
  p.append(a);
  target.append(p);
}
