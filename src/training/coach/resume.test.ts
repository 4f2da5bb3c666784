// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { saveSnapshot } from '../../db/repositories/snapshotRepository';
import { persistByTags, valueMatches } from '../../workflows/kit/persistence';
import { registerWorkflow } from '../../workflows/kit/registry.svelte';
import { enrollReseller } from '../walkthroughs/enroll-reseller';
import { removeRoles } from '../walkthroughs/remove-roles';
import { lostUiState } from './resume';

// Issue 11: "Reload with a dialog open resumes on 'in the Remove roles? dialog box, select Yes'
// with no dialog". Step 3 (confirm) follows step 2 (remove-roles: the dialog is open).
const CONFIRM = removeRoles.steps.findIndex((s) => s.id === 'confirm');
// Enrollment persists its state: step mpn-info follows work-account (enroll in mpnInfo).
const MPN_INFO = enrollReseller.steps.findIndex((s) => s.id === 'mpn-info');

const dialog = createMachine({
  id: 'removeRoles',
  initial: 'idle',
  states: { idle: { on: { remove: 'confirming' } }, confirming: {} },
});
const enroll = createMachine({
  id: 'enroll',
  version: '1',
  initial: 'workSignIn',
  states: {
    workSignIn: { tags: ['persist'], on: { signIn: 'mpnInfo' } },
    mpnInfo: { tags: ['persist'] },
  },
});
const settle = () => new Promise((r) => setTimeout(r, 20));

/** Puts the step's control on the page, laid out (jsdom lays nothing out by itself). */
function showControl(id: string) {
  const button = document.createElement('button');
  button.dataset.coach = id;
  button.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
  document.body.append(button);
}

let unregister = () => {};
beforeEach(() => setDatabase(new AppDB(`resume-${Math.random()}`), false));
afterEach(() => {
  unregister();
  unregister = () => {};
  document.body.replaceChildren();
});

describe('resuming a step that lived in a dialog', () => {
  // Issue 12 (training.spec.ts, reload with the dialog open): the page had not registered its
  // workflow one second after the reload, so "not registered yet" could not mean "keep the step".
  it('the reload closed a dialog nothing persists: rewind, before the page has mounted anything', async () => {
    expect(await lostUiState(removeRoles, CONFIRM)).toBe(true);
  });

  it('the page mounted its workflow, not in the dialog: rewind', async () => {
    unregister = registerWorkflow('removeRoles', createActor(dialog).start());
    expect(await lostUiState(removeRoles, CONFIRM)).toBe(true);
  });

  it('the dialog is open again (or its workflow kept its state): stay on the step', async () => {
    const actor = createActor(dialog).start();
    actor.send({ type: 'remove' });
    unregister = registerWorkflow('removeRoles', actor);
    expect(await lostUiState(removeRoles, CONFIRM)).toBe(false);
  });

  it('the step’s control is on the page: stay on the step', async () => {
    unregister = registerWorkflow('removeRoles', createActor(dialog).start());
    showControl(removeRoles.steps[CONFIRM]!.target.id);
    expect(await lostUiState(removeRoles, CONFIRM)).toBe(false);
  });

  it('a previous step done by the world or the location (not page state) never rewinds', async () => {
    // select-partner is done by the location; open-partner-relationships by the location too.
    expect(await lostUiState(removeRoles, CONFIRM - 1)).toBe(false);
    expect(await lostUiState(removeRoles, 1)).toBe(false);
    expect(await lostUiState(removeRoles, 0)).toBe(false);
  });
});

// Issue 12 (flaky relaunch / deep-link e2e): a slow page had not mounted its workflow after one
// second, and the coach rewound a step whose state the page was about to restore.
describe('resuming a step whose workflow persists its state', () => {
  it('its persisted snapshot is in the state: stay, though the page has mounted nothing yet', async () => {
    const actor = createActor(enroll).start();
    const stop = persistByTags(actor, 'enroll:u-grady', 1);
    actor.send({ type: 'signIn' });
    await settle();
    stop();
    actor.stop();
    expect(await lostUiState(enrollReseller, MPN_INFO)).toBe(false);
  });

  it('its persisted snapshot is in an earlier state: rewind', async () => {
    const actor = createActor(enroll).start();
    const stop = persistByTags(actor, 'enroll:u-grady', 1);
    await settle();
    stop();
    expect(await lostUiState(enrollReseller, MPN_INFO)).toBe(true);
  });

  it('another machine’s snapshot in a state of that name does not count', async () => {
    const db = new AppDB(`resume-other-${Math.random()}`);
    setDatabase(db, false);
    await saveSnapshot(db, 'x', 1, { value: 'mpnInfo' }, 'findPartner');
    await saveSnapshot(db, 'y', 1, { value: 'mpnInfo' });
    expect(await lostUiState(enrollReseller, MPN_INFO)).toBe(true);
  });

  it('state values match paths as XState matches() does', () => {
    expect(valueMatches('a', 'a')).toBe(true);
    expect(valueMatches({ a: 'b' }, 'a')).toBe(true);
    expect(valueMatches({ a: 'b' }, 'a.b')).toBe(true);
    expect(valueMatches({ a: 'b' }, 'a.c')).toBe(false);
    expect(valueMatches('a', 'a.b')).toBe(false);
    expect(valueMatches({ a: { b: 'c' } }, 'b')).toBe(false);
    expect(valueMatches(undefined, 'a')).toBe(false);
  });
});
