import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { BULK_MAX } from '../../domain/gdapRules';
import type { Outcome, Refusal } from '../../domain/outcome';
import type { AutoExtendResult } from '../../db/repositories/adminRelationships';

// W-GDAP-EXTEND: Expiring granular relationships — tiles for 30 / 7 / 1 days; select up to
// 25; Enable auto-extend / Disable auto-extend. The repository skips (and names) each
// relationship R-GDAP-5 or R-GDAP-9 leaves as it was.

export type ExpiryTile = 30 | 7 | 1;

export interface GdapExtendContext {
  tile: ExpiryTile;
  selected: string[];
  /** Enable (true) or Disable auto-extend, while saving. */
  on: boolean;
  failure?: Refusal;
  result?: AutoExtendResult;
}

export type GdapExtendEvent =
  | { type: 'tile.select'; tile: ExpiryTile }
  | { type: 'row.toggle'; id: string; checked: boolean }
  | { type: 'selection.clear' }
  | { type: 'enable' }
  | { type: 'disable' }
  | { type: 'dismiss' };

type SetInput = { ids: string[]; on: boolean };

export const gdapExtendMachine = setup({
  types: { context: {} as GdapExtendContext, events: {} as GdapExtendEvent },
  actors: { setAutoExtend: notProvided<Outcome<AutoExtendResult>, SetInput>('setAutoExtend') },
  guards: {
    hasSelection: ({ context }) => context.selected.length > 0,
    // Select up to 25: a 26th tick is ignored.
    mayTick: ({ context }, p: { id: string; checked: boolean }) =>
      !p.checked || context.selected.includes(p.id) || context.selected.length < BULK_MAX,
    succeeded,
  },
  actions: { assignRefusal: assignRefusal<GdapExtendContext, GdapExtendEvent>() },
}).createMachine({
  id: 'gdapExtend',
  context: { tile: 30, selected: [], on: true },
  initial: 'selecting',
  states: {
    selecting: {
      tags: ['selecting'],
      on: {
        'tile.select': { actions: assign({ tile: ({ event }) => event.tile, selected: [] }) },
        'row.toggle': {
          guard: {
            type: 'mayTick',
            params: ({ event }) => ({ id: event.id, checked: event.checked }),
          },
          actions: assign({
            selected: ({ context, event }) =>
              event.checked
                ? [...new Set([...context.selected, event.id])]
                : context.selected.filter((s) => s !== event.id),
          }),
        },
        'selection.clear': { actions: assign({ selected: [] }) },
        enable: { guard: 'hasSelection', target: 'saving', actions: assign({ on: true }) },
        disable: { guard: 'hasSelection', target: 'saving', actions: assign({ on: false }) },
        dismiss: { actions: assign({ result: undefined, failure: undefined }) },
      },
    },
    saving: {
      tags: ['busy'],
      invoke: {
        id: 'setAutoExtend',
        src: 'setAutoExtend',
        input: ({ context }) => ({ ids: context.selected, on: context.on }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'selecting',
            actions: assign({
              result: ({ event }) => event.output as unknown as AutoExtendResult,
              selected: [],
              failure: undefined,
            }),
          },
          { target: 'selecting', actions: { type: 'assignRefusal', params: { to: 'failure' } } },
        ],
        onError: {
          target: 'selecting',
          actions: assign({ failure: { key: 'gdap:extend.errors.failed' } }),
        },
      },
    },
  },
});
