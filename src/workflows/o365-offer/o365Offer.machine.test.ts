import { describe, expect, it } from 'vitest';
import { o365OfferMachine } from './o365Offer.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { validateOfferDraft } from '../../domain/o365Rules';
import { link, offerEvents, offerFacts, type Ctx } from './o365Offer.fixture';
import { R_IND_11_linkKept, validateComposer } from '../../domain/composer';

// W-TRIAL: every transition of the shared trial-invitation / purchase-offer machine, for a
// trial, from a partner that may offer delegated administration (Litware) and one that may
// not (Proseware, R-O365-1). W-OFFER's licence counts: src/workflows/purchase-offer/.

const draftValid = (c: Ctx) =>
  Object.keys(
    validateOfferDraft({
      kind: c.kind,
      services: c.services,
      includesDelegatedAdmin: c.includeDelegatedAdmin,
      canOfferDelegatedAdmin: c.canOfferDelegatedAdmin,
    }),
  ).length === 0;

describe('W-TRIAL machine: every path', () => {
  for (const canOfferDelegatedAdmin of [true, false]) {
    const who = canOfferDelegatedAdmin ? 'Litware (Cloud Essentials)' : 'Proseware';
    const paths = machinePaths(o365OfferMachine, {
      input: { kind: 'trial', canOfferDelegatedAdmin },
      events: offerEvents,
      contextKeys: ['services', 'includeDelegatedAdmin'],
      facts: offerFacts,
      limit: 50_000,
    });

    it(`${who}: reaches every step and sent`, () => {
      const ends = endStates(paths);
      for (const s of ['options', 'preparing', 'draft', 'composing', 'sending', 'sent'])
        expect(ends).toContain(s);
    });

    it(`${who}: R-O365-1 ${canOfferDelegatedAdmin ? 'lets the option be added' : 'never lets the option be added'}`, () => {
      const added = paths.some((p) => p.some((s) => (s.to.context as Ctx).includeDelegatedAdmin));
      expect(added).toBe(canOfferDelegatedAdmin);
    });

    it(`${who}: no draft without at least one valid service; "no service" shows an error`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (
            stateValue(step.to) === 'preparing' &&
            step.from &&
            stateValue(step.from) === 'options'
          )
            expect(draftValid(step.from.context as Ctx)).toBe(true);
          if (
            step.event.type === 'next' &&
            step.from &&
            stateValue(step.from) === 'options' &&
            (step.from.context as Ctx).services.length === 0
          ) {
            expect(stateValue(step.to)).toBe('options');
            expect((step.to.context as Ctx).errors).toEqual({ services: 'none' });
          }
        }
      }
    });

    it(`${who}: never sends an invalid email or one without the personal link (R-O365-2)`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (
            stateValue(step.to) !== 'sending' ||
            !step.from ||
            stateValue(step.from) === 'sending'
          )
            continue;
          const ctx = step.from.context as Ctx;
          expect(validateComposer({ to: ctx.to, ...ctx.draft })).toEqual({});
          expect(R_IND_11_linkKept(ctx.draft.body, link)).toBe(true);
          expect(draftValid(ctx)).toBe(true);
        }
      }
    });
  }
});
