import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import { createActor, setup } from 'xstate';
import { refuse, refusalOf } from '../../domain/outcome';
import { assignOk, assignRefusal, notProvided, succeeded } from './outcome';

interface Ctx {
  view?: string;
  block?: { key: string; ruleId?: string };
  errorKey?: string;
}
type Ev = { type: 'go' };
type ActOutcome = { ok: true; view: string } | ReturnType<typeof refuse>;

// A two-way machine built only from kit pieces: the outcome of `act` lands in the context.
const machine = setup({
  types: { context: {} as Ctx, events: {} as Ev },
  actors: { act: notProvided<ActOutcome>('act') },
  guards: { succeeded },
  actions: { assignOk: assignOk<Ctx, Ev>(), assignRefusal: assignRefusal<Ctx, Ev>() },
}).createMachine({
  context: {},
  initial: 'acting',
  states: {
    acting: {
      invoke: {
        src: 'act',
        onDone: [
          {
            guard: 'succeeded',
            target: 'done',
            actions: { type: 'assignOk', params: { view: 'view' } },
          },
          {
            target: 'refused',
            actions: [
              { type: 'assignRefusal', params: { to: 'block' } },
              { type: 'assignRefusal', params: { to: 'errorKey', as: 'key' } },
            ],
          },
        ],
        onError: 'failed',
      },
    },
    done: {},
    refused: {},
    failed: {},
  },
});

async function run(output: unknown) {
  const actor = createActor(
    machine.provide({
      actors: { act: fromPromise<ActOutcome, void>(async () => output as ActOutcome) },
    }),
  ).start();
  await new Promise((r) => setTimeout(r, 0));
  return actor.getSnapshot();
}

describe('outcome kit', () => {
  it('refuse leaves out what is not given; refusalOf reads both shapes', () => {
    expect(refuse('k')).toStrictEqual({ ok: false, key: 'k' });
    expect(refuse('k', { n: '1' }, 'R-IND-11')).toStrictEqual({
      ok: false,
      key: 'k',
      params: { n: '1' },
      ruleId: 'R-IND-11',
    });
    expect(refusalOf({ ok: false, block: { key: 'used' } } as { ok: false })).toEqual({
      key: 'used',
    });
    expect(refusalOf(refuse('k', undefined, 'R-MPR-1'))).toStrictEqual({
      key: 'k',
      ruleId: 'R-MPR-1',
    });
  });

  it('a succeeded outcome is copied by assignOk, a refusal by assignRefusal', async () => {
    const ok = await run({ ok: true, view: 'v' });
    expect(ok.value).toBe('done');
    expect(ok.context).toEqual({ view: 'v' });
    const refused = await run({ ok: false, block: { key: 'used', ruleId: 'R-MPR-4' } });
    expect(refused.value).toBe('refused');
    expect(refused.context).toEqual({
      block: { key: 'used', ruleId: 'R-MPR-4' },
      errorKey: 'used',
    });
  });

  it('an actor the page did not provide fails loudly', async () => {
    const actor = createActor(machine).start();
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().value).toBe('failed');
  });
});
