import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gdapExtendMachine } from './gdapExtend.machine';
import { endStates, machinePaths } from '../../../test/machinePaths';

describe('W-GDAP-EXTEND machine', () => {
  it('every path: enables and disables only a selection', () => {
    const paths = machinePaths(gdapExtendMachine, {
      events: [
        { type: 'tile.select', tile: 7 },
        { type: 'row.toggle', id: 'a', checked: true },
        { type: 'row.toggle', id: 'a', checked: false },
        { type: 'enable' },
        { type: 'disable' },
        {
          type: 'xstate.done.actor.setAutoExtend',
          output: { ok: true, changed: ['a'], skipped: [] },
        },
        { type: 'xstate.done.actor.setAutoExtend', output: { ok: false, key: 'rules:R-GDAP-2' } },
      ],
      contextKeys: ['tile', 'selected', 'on'],
    });
    expect(endStates(paths)).toContain('saving');
    for (const path of paths)
      for (const step of path)
        if (step.to.value === 'saving' && step.from?.value === 'selecting')
          expect(step.from.context.selected.length).toBeGreaterThan(0);
  });
  it('selects at most 25', () => {
    const actor = createActor(gdapExtendMachine).start();
    for (let i = 0; i < 30; i++) actor.send({ type: 'row.toggle', id: `r${i}`, checked: true });
    expect(actor.getSnapshot().context.selected).toHaveLength(25);
  });
});
