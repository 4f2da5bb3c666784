import { beforeEach, describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, type AnyStateMachine } from 'xstate';
import { AppDB } from '../../db/AppDB';
import { getDb, setDatabase } from '../../db/instance';
import { loadSnapshot, saveSnapshot } from '../../db/repositories/snapshotRepository';
import { toasts } from '../../lib/ui/toasts.svelte';
import { addUserMachine } from '../add-user/addUser.machine';
import { requestRelationshipMachine } from '../request-relationship/requestRelationship.machine';
import { persistByTags, restoreSnapshot, snapshotFits, versionOf } from './persistence';

// Issue 17: an edited persisted snapshot blanked its page (TypeError … displayName). Every
// snapshot is checked against its machine before use and discarded with a notice.
const persisted = (machine: AnyStateMachine, input: unknown, events: { type: string }[]) => {
  const actor = createActor(machine, { input }).start();
  events.forEach((e) => actor.send(e as never));
  const snap = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  actor.stop();
  return snap as Record<string, unknown> & { context: Record<string, unknown> };
};

const cases = [
  {
    name: 'add-user',
    machine: addUserMachine as AnyStateMachine,
    snap: () =>
      persisted(
        addUserMachine,
        {
          subject: {
            roles: ['adminAgent'],
            tenantKind: 'partner',
            cloud: 'public',
            programs: ['cspIndirectReseller'],
          },
          organizationDomain: 'fabrikam.example',
        },
        [{ type: 'field.changed', field: 'displayName', value: 'Sam <small>' } as never],
      ),
    field: 'draft',
  },
  {
    name: 'request-relationship',
    machine: requestRelationshipMachine as AnyStateMachine,
    snap: () =>
      persisted(requestRelationshipMachine, { kind: 'reseller', canOmitAdminRoles: true }, []),
    field: 'draft',
  },
];

const corruptions: [
  string,
  (s: Record<string, unknown> & { context: Record<string, unknown> }, field: string) => void,
][] = [
  ['a field of the draft removed', (s, f) => void (s.context[f] = {})],
  ['the draft replaced by null', (s, f) => void (s.context[f] = null)],
  ['the draft replaced by text', (s, f) => void (s.context[f] = 'x')],
  ['an unknown state', (s) => void (s.value = 'nowhere')],
  ['a finished status', (s) => void (s.status = 'done')],
  ['no context', (s) => void delete (s as Record<string, unknown>).context],
  ['not an object', (s) => void Object.assign(s, { context: [1, 2] })],
];

describe('persisted snapshots are validated against their machine', () => {
  for (const c of cases) {
    it(`${c.name}: its own snapshot fits`, () =>
      expect(snapshotFits(c.machine, c.snap())).toBe(true));
    it.each(corruptions)(`${c.name}: refused with %s`, (_, corrupt) => {
      const s = c.snap();
      corrupt(s, c.field);
      expect(snapshotFits(c.machine, s)).toBe(false);
    });
  }

  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`persistence-${Math.random()}`);
    setDatabase(db, false);
  });

  it('a corrupt one is discarded from the store with a notice; a sound one is restored; another key is kept', async () => {
    const good = cases[0]!.snap();
    const bad = cases[0]!.snap();
    bad.context.draft = { email: '' };
    await saveSnapshot(db, 'add-user:bad', 1, bad);
    await saveSnapshot(db, 'add-user:good', 1, good);
    const before = toasts.list.length;
    expect(await restoreSnapshot(addUserMachine, 'add-user:bad', 1)).toBeUndefined();
    expect(await db.snapshots.get('add-user:bad')).toBeUndefined();
    expect(toasts.list.length).toBe(before + 1);
    expect(toasts.list.at(-1)?.kind).toBe('warning');
    const restored = await restoreSnapshot(addUserMachine, 'add-user:good', 1);
    expect(
      (restored as { context: { draft: { displayName: string } } }).context.draft.displayName,
    ).toBe('Sam <small>');
  });
});

// Issue 13: the machine's tags, not a page's list of state names, say what survives a reload.
describe('persistByTags', () => {
  beforeEach(() => setDatabase(new AppDB(`persist-tags-${Math.random()}`), false));

  const tagged = createMachine({
    id: 'tagged',
    version: '3',
    context: { n: 0 },
    initial: 'editing',
    states: {
      editing: {
        tags: ['persist'],
        on: { edit: { actions: assign({ n: ({ context }) => context.n + 1 }) }, save: 'saving' },
      },
      saving: { on: { done: 'finished' } },
      finished: { tags: ['finished'] },
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it("saves in a 'persist' state under the machine's version, not while busy; clears on 'finished'", async () => {
    expect(versionOf(tagged)).toBe(3);
    const actor = createActor(tagged).start();
    const stop = persistByTags(actor, 'k', versionOf(tagged));
    actor.send({ type: 'edit' });
    await settle();
    actor.send({ type: 'save' });
    await settle();
    // The record is the last stable state, under version 3 only.
    expect(await loadSnapshot(getDb(), 'k', 3)).toMatchObject({
      value: 'editing',
      context: { n: 1 },
    });
    expect((await restoreSnapshot(tagged, 'k'))?.context).toEqual({ n: 1 });
    // Another version's record is not this machine's (and is dropped).
    expect(await loadSnapshot(getDb(), 'k', 4)).toBeUndefined();
    await saveSnapshot(getDb(), 'k', 3, actor.getPersistedSnapshot());
    actor.send({ type: 'done' });
    await settle();
    expect(await loadSnapshot(getDb(), 'k', 3)).toBeUndefined();
    stop();
  });
});
