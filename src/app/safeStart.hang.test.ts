// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOT_HANG_MS, runBoot, safeStartWanted } from './safeStart';
import { openDatabase } from '../db/open';

// Issue 17, always recoverable: a start that hangs — here the real start's first step,
// IndexedDB's open request, never answering — offers the safe start after BOOT_HANG_MS, and
// the next load of the tab takes the safe start by itself, without trying the start again.

/** An IndexedDB whose open requests never succeed, fail or block (a wedged browser profile). */
const hangingIndexedDb = {
  open: () => ({}) as IDBOpenDBRequest,
  deleteDatabase: () => ({}) as IDBOpenDBRequest,
  databases: () => new Promise(() => {}),
  cmp: indexedDB.cmp.bind(indexedDB),
} as unknown as IDBFactory;

const realIndexedDb = globalThis.indexedDB;
afterEach(() => {
  globalThis.indexedDB = realIndexedDb;
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('a hanging start', () => {
  it('offers the safe start, and the next load takes it', async () => {
    document.body.innerHTML = '<div id="app"><p>Loading…</p></div>';
    globalThis.indexedDB = hangingIndexedDb;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let settled = false;
    runBoot(() =>
      openDatabase('default').then(
        () => void (settled = true),
        () => void (settled = true),
      ),
    );
    await vi.advanceTimersByTimeAsync(BOOT_HANG_MS - 1);
    expect(document.querySelector('[data-safe-start]')).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(false); // still hanging: the link is all that can help
    const link = document.querySelector<HTMLAnchorElement>('[data-safe-start]');
    expect(link).not.toBeNull();
    expect(new URL(link!.href).searchParams.get('safe')).toBe('1');
    // The tab's mark says a start began BOOT_HANG_MS ago and never finished.
    expect(safeStartWanted(new URL(location.href))).toBe(true);

    // The next load (a reload of the same tab): the safe start, and the start is not tried.
    // (The fake clock stays: the reload happens BOOT_HANG_MS after the hung start began.)
    globalThis.indexedDB = realIndexedDb;
    document.body.innerHTML = '<div id="app"><p>Loading…</p></div>';
    const start = vi.fn(async () => {});
    runBoot(start);
    await vi.waitFor(() => expect(document.body.textContent).toContain('Safe start'), {
      timeout: 40_000,
    });
    expect(start).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('Simulator settings');
    // The safe start cleared the mark: a load after it starts normally again.
    expect(safeStartWanted(new URL(location.href))).toBe(false);
  }, 60_000);
});
