import { describe, expect, it } from 'vitest';
import { BOOT_HANG_MS, safeStartUrl, safeStartWanted } from './safeStart';

// Issue 17, always recoverable: when the safe start is taken instead of the normal one.
describe('safe start', () => {
  const url = new URL('https://sim.example/');
  it('on ?safe=1', () =>
    expect(safeStartWanted(new URL('https://sim.example/?safe=1'), 0, undefined)).toBe(true));
  it('not on a first start, nor after a quick reload during a start', () => {
    expect(safeStartWanted(url, 1_000, undefined)).toBe(false);
    expect(safeStartWanted(url, 1_000, { startedAt: 500 })).toBe(false);
  });
  it('after a start that failed, or one still unfinished after the hang limit', () => {
    expect(safeStartWanted(url, 1_000, { startedAt: 900, failed: true })).toBe(true);
    expect(safeStartWanted(url, BOOT_HANG_MS + 1, { startedAt: 0 })).toBe(true);
  });
  it('links to the same page with safe=1 and no route', () => {
    expect(safeStartUrl('https://sim.example/?scenario=large#/partner-center/customers')).toBe(
      'https://sim.example/?scenario=large&safe=1',
    );
  });
});
