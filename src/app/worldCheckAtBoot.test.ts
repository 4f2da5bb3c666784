// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../db/AppDB';
import { ensureWorld } from '../db/repositories/worldRepository';
import { StoredWorldError, checkStoredWorldQuickly } from '../db/storedWorld';
import { rawPut } from '../../test/db/rawWrite';
import type { OpenedDatabase } from '../db/open';

// Issue 17 (always recoverable) without holding up the first paint (issue 19): the start checks
// the main record before the first paint and the whole world after it; a walkthrough's world
// is checked the same way and, when it doesn't fit, replaced by a fresh copy.

const training = vi.hoisted(() => ({
  run: null as null | { status: string; slug: string },
  badRun: undefined as unknown,
  leaveBadWorld: vi.fn(),
  restartBadRun: vi.fn(() => Promise.resolve(undefined)),
}));
vi.mock('../training/trainingSession.svelte', () => ({ training }));
const toasts = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock('../lib/ui/toasts.svelte', () => ({ toasts }));

const { checkWorldAfterPaint, checkWorldBeforePaint } = await import('./worldCheckAtBoot');

let n = 0;
async function opened(): Promise<OpenedDatabase> {
  const db = new AppDB(`partner-sim.world.boot-check-${n++}`);
  await ensureWorld(db, 'default');
  return { db, persistent: true } as OpenedDatabase;
}
const badClock = async (o: OpenedDatabase) =>
  rawPut(o.db, 'meta', { ...(await o.db.meta.get('world')), now: 8.64e15 });
const badUser = async (o: OpenedDatabase) =>
  rawPut(o.db, 'users', { ...(await o.db.users.get('u-megan')), displayName: 42 });
const now = (run: () => void) => run();

beforeEach(() => {
  vi.clearAllMocks();
  training.run = null;
  training.badRun = undefined;
});

describe('the stored world is checked around the first paint', () => {
  it('before it: the main record only (a bad user record is left to the full check)', async () => {
    const o = await opened();
    await badUser(o);
    expect(await checkStoredWorldQuickly(o.db)).toEqual([]);
    await badClock(o);
    expect(JSON.stringify(await checkStoredWorldQuickly(o.db))).toMatch(/clockRange/);
  });

  it("a learner's world with a bad main record throws: the start takes the safe start", async () => {
    const o = await opened();
    await badClock(o);
    await expect(checkWorldBeforePaint({ opened: o, training: false })).rejects.toBeInstanceOf(
      StoredWorldError,
    );
  });

  it("a walkthrough's world with a bad main record is set aside for the learner's own", async () => {
    const bad = await opened();
    await badClock(bad);
    const own = await opened();
    training.leaveBadWorld.mockResolvedValue({ opened: own, training: false });
    const shown = await checkWorldBeforePaint({ opened: bad, training: true });
    expect(shown.opened).toBe(own);
    expect(training.leaveBadWorld).toHaveBeenCalledOnce();
    // After the first paint, the walkthrough set aside starts again, with a notice.
    training.badRun = { slug: 'x' };
    checkWorldAfterPaint(shown, now, vi.fn());
    await vi.waitFor(() => expect(toasts.push).toHaveBeenCalledOnce());
    expect(training.restartBadRun).toHaveBeenCalledWith({ slug: 'x' });
  });

  it("after it: a learner's world with a bad record goes to the safe start", async () => {
    const o = await opened();
    await badUser(o);
    const goSafe = vi.fn();
    checkWorldAfterPaint({ opened: o, training: false }, now, goSafe);
    await vi.waitFor(() => expect(goSafe).toHaveBeenCalledOnce());
    expect(goSafe.mock.calls[0]![0]).toMatch(/[?&]safe=1/);
  });

  it("after it: a walkthrough's world with a bad record starts the walkthrough again", async () => {
    const o = await opened();
    await badUser(o);
    training.run = { status: 'active', slug: 'x' };
    const goSafe = vi.fn();
    checkWorldAfterPaint({ opened: o, training: true }, now, goSafe);
    await vi.waitFor(() => expect(toasts.push).toHaveBeenCalledOnce());
    expect(training.restartBadRun).toHaveBeenCalledWith(training.run);
    expect(goSafe).not.toHaveBeenCalled();
  });

  it('a good world: nothing happens', async () => {
    const o = await opened();
    const goSafe = vi.fn();
    checkWorldAfterPaint({ opened: o, training: false }, now, goSafe);
    await new Promise((r) => setTimeout(r, 300));
    expect(goSafe).not.toHaveBeenCalled();
    expect(toasts.push).not.toHaveBeenCalled();
  });
});
