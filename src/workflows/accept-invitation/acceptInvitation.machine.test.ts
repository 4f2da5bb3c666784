import { describe, expect, it } from 'vitest';
import { acceptInvitationMachine } from './acceptInvitation.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import type { InvitationView } from '../../db/repositories/invitationRepository';

const view = {
  invitation: { includesAdminRoles: true },
  partner: { name: 'Trey Research' },
  hasMca: false,
} as unknown as InvitationView;

const events = [
  { type: 'xstate.done.actor.load', output: { ok: true, view } },
  { type: 'xstate.done.actor.load', output: { ok: false, block: { key: 'used' } } },
  {
    type: 'xstate.done.actor.load',
    output: { ok: false, block: { key: 'role', ruleId: 'R-MPR-1' } },
  },
  { type: 'xstate.error.actor.load', error: new Error('x') },
  { type: 'agreement.open' },
  { type: 'agreement.close' },
  { type: 'acknowledge.toggle', checked: true },
  { type: 'acknowledge.toggle', checked: false },
  { type: 'accept' },
  { type: 'xstate.done.actor.accept', output: { ok: true, mcaAccepted: true } },
  {
    type: 'xstate.done.actor.accept',
    output: { ok: false, block: { key: 'otherRegion', ruleId: 'R-REQ-3' } },
  },
  { type: 'reload' },
];

describe('W-ACCEPT machine: every path', () => {
  const paths = machinePaths(acceptInvitationMachine, {
    events,
    contextKeys: ['acknowledged', 'agreementOpen'],
    input: { token: 't' },
  });

  it('reaches accepted, refused (R-REQ-3 on fresh data) and blocked', () => {
    expect(paths.length).toBeGreaterThan(10);
    const ends = endStates(paths);
    for (const s of ['review', 'accepting', 'accepted', 'refused', 'blocked'])
      expect(ends).toContain(s);
  });

  it('R-MPR-5: no path reaches accepting without the acknowledgement ticked', () => {
    for (const path of paths) {
      for (const step of path) {
        if (
          stateValue(step.to) === 'accepting' &&
          step.from &&
          stateValue(step.from) === 'review'
        ) {
          expect(step.from.context.acknowledged).toBe(true);
        }
      }
    }
  });

  it('R-MPR-5: Accept is refused while the box is unticked, allowed once ticked', () => {
    for (const path of paths) {
      for (const step of path) {
        if (stateValue(step.to) === 'review')
          expect(step.to.can({ type: 'accept' })).toBe(step.to.context.acknowledged);
      }
    }
  });

  it('a blocked invitation never reaches accepting', () => {
    for (const path of paths) {
      const i = path.findIndex((s) => stateValue(s.to) === 'blocked');
      if (i >= 0) expect(path.slice(i).some((s) => stateValue(s.to) === 'accepting')).toBe(false);
    }
  });
});
