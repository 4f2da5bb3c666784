import { describe, expect, it } from 'vitest';
import { findPartnerMachine } from './findPartner.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { validateContact, validateCriteria } from '../../domain/findPartner';

const partner = {
  tenant: { id: 'fabrikam', name: 'Fabrikam Solutions', country: 'US', cloud: 'public' },
  organization: { mpnId: '1', listing: { city: 'Seattle', sizes: ['s'], services: ['teams'] } },
};

describe('W-FIND machine: every path', () => {
  const paths = machinePaths(findPartnerMachine, {
    contextKeys: ['criteria', 'selected', 'needs', 'searchErrors', 'contactErrors'],
    limit: 20000,
    events: [
      { type: 'criteria.changed', criteria: { country: 'US' } },
      { type: 'criteria.changed', criteria: { keywords: '<script>' } },
      { type: 'go' },
      { type: 'xstate.done.actor.search', output: [partner] },
      { type: 'partner.toggle', partnerId: 'fabrikam' },
      { type: 'contact' },
      { type: 'needs.changed', needs: '' },
      { type: 'needs.changed', needs: 'We need help moving our mail to the cloud.' },
      { type: 'send' },
      { type: 'back' },
      { type: 'xstate.done.actor.sendContact', output: ['Fabrikam Solutions'] },
      { type: 'xstate.error.actor.sendContact', error: new Error('x') },
    ],
  });

  it('reaches every step: search, results, composing, sent', () => {
    const ends = endStates(paths);
    for (const s of [
      '{"searching":"editing"}',
      '{"searching":"loading"}',
      'results',
      'composing',
      'sending',
      'sent',
    ])
      expect(ends).toContain(s);
  });

  it('never searches with invalid criteria, never composes with nothing chosen, never sends invalid needs', () => {
    for (const path of paths) {
      for (const step of path) {
        const to = stateValue(step.to);
        const ctx = step.to.context;
        if (to === '{"searching":"loading"}') expect(validateCriteria(ctx.criteria)).toEqual({});
        if (to === 'composing') expect(ctx.selected.length).toBeGreaterThan(0);
        if (to === 'sending') expect(validateContact(ctx.selected, ctx.needs)).toEqual({});
      }
    }
  });

  it('bad input shows a message and stays put', () => {
    for (const path of paths) {
      for (const step of path) {
        if (
          step.event.type === 'send' &&
          step.from &&
          stateValue(step.from) === 'composing' &&
          stateValue(step.to) === 'composing'
        ) {
          expect(Object.keys(step.to.context.contactErrors).length).toBeGreaterThan(0);
        }
      }
    }
  });
});
