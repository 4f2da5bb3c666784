import { describe, expect, it } from 'vitest';
import {
  partnerOfRecordMachine,
  validatePorChoice,
  type PorContext,
} from './partnerOfRecord.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

// W-POR (R-O365-4): every transition. Nothing is saved without a partner chosen from the list
// or a well-formed MPN ID; a refusal from the repository (unknown MPN ID…) keeps the form open.

const events = [
  { type: 'change' },
  { type: 'mode.changed', mode: 'mpn' },
  { type: 'mode.changed', mode: 'list' },
  { type: 'partner.changed', partnerId: 'litware' },
  { type: 'partner.changed', partnerId: '' },
  { type: 'mpn.changed', mpnId: '4649005' },
  { type: 'mpn.changed', mpnId: 'abc' },
  { type: 'mpn.changed', mpnId: '' },
  { type: 'save' },
  { type: 'cancel' },
  { type: 'xstate.done.actor.save', output: { ok: true, partnerName: 'Litware Inc.' } },
  {
    type: 'xstate.done.actor.save',
    output: { ok: false, key: 'o365:por.errors.mpnUnknown', params: { mpn: '4649005' } },
  },
];

describe('W-POR machine: every path', () => {
  const paths = machinePaths(partnerOfRecordMachine, {
    events,
    contextKeys: ['mode', 'partnerId', 'mpnId', 'errors', 'failure', 'savedName'],
  });

  it('reaches every step', () => {
    const ends = endStates(paths);
    for (const s of ['viewing', 'editing', 'saving']) expect(ends).toContain(s);
  });

  it('never saves an empty choice or a malformed MPN ID; says why instead', () => {
    for (const path of paths) {
      for (const step of path) {
        const from = step.from?.context as PorContext | undefined;
        if (stateValue(step.to) === 'saving' && from && stateValue(step.from!) === 'editing')
          expect(validatePorChoice(from)).toEqual({});
        if (
          step.event.type === 'save' &&
          from &&
          stateValue(step.from!) === 'editing' &&
          Object.keys(validatePorChoice(from)).length
        ) {
          expect(stateValue(step.to)).toBe('editing');
          expect((step.to.context as PorContext).errors).toEqual(validatePorChoice(from));
        }
      }
    }
  });

  it('a saved choice is announced; a refused one keeps the form with the reason', () => {
    const outcomes = paths
      .flatMap((p) => p)
      .filter((s) => s.event.type === 'xstate.done.actor.save');
    expect(
      outcomes.some(
        (s) =>
          stateValue(s.to) === 'viewing' &&
          (s.to.context as PorContext).savedName === 'Litware Inc.',
      ),
    ).toBe(true);
    expect(
      outcomes.some(
        (s) =>
          stateValue(s.to) === 'editing' &&
          (s.to.context as PorContext).failure?.key === 'o365:por.errors.mpnUnknown',
      ),
    ).toBe(true);
  });
});
