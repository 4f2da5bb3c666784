import { describe, expect, it } from 'vitest';
import { o365OfferMachine } from './o365Offer.machine';
import { offerEvents, offerFacts } from './o365Offer.fixture';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { checkLicenseCount } from '../../domain/o365Rules';

// W-OFFER: the purchase offer follows the trial invitation's steps (one machine, kind
// 'purchase') and adds the number of licenses of each service, a whole number from 1 to 10,000.

const licenceEvents = ['0', '-4', '2.5', '100000', '25'].map((value) => ({
  type: 'licenses.changed',
  offerId: 'o365-e3',
  value,
}));
type Ctx = {
  services: { offerId: string; licenses: string }[];
  errors: { licenses?: Record<string, string> };
};

describe('W-OFFER machine: every path', () => {
  const paths = machinePaths(o365OfferMachine, {
    input: { kind: 'purchase', canOfferDelegatedAdmin: true },
    events: [
      ...offerEvents.filter(
        (e) => e.type !== 'service.toggle' || e.offerId !== 'exchange-online-p1',
      ),
      ...licenceEvents,
    ],
    contextKeys: ['services', 'includeDelegatedAdmin'],
    facts: offerFacts,
    limit: 50_000,
  });

  it('reaches sent', () => expect(endStates(paths)).toContain('sent'));

  it('never prepares an offer whose licence counts are missing, zero, negative, fractional or huge', () => {
    let prepared = 0;
    for (const path of paths) {
      for (const step of path) {
        if (
          stateValue(step.to) !== 'preparing' ||
          !step.from ||
          stateValue(step.from) !== 'options'
        )
          continue;
        prepared++;
        for (const s of (step.from.context as Ctx).services)
          expect(checkLicenseCount(s.licenses)).toBeNull();
      }
    }
    expect(prepared).toBeGreaterThan(0);
  });

  it('a bad count is shown as an error on that service', () => {
    const shown = new Set<string>();
    for (const path of paths)
      for (const step of path)
        for (const problem of Object.values((step.to.context as Ctx).errors.licenses ?? {}))
          shown.add(problem);
    expect([...shown].sort()).toEqual(['required', 'notWhole', 'tooFew', 'tooMany'].sort());
  });

  it('licence counts of a service that is not chosen are ignored', () => {
    for (const path of paths) {
      for (const step of path) {
        if (
          step.event.type === 'licenses.changed' &&
          step.from &&
          !(step.from.context as Ctx).services.some((s) => s.offerId === 'o365-e3')
        ) {
          expect((step.to.context as Ctx).services).toEqual((step.from.context as Ctx).services);
        }
      }
    }
  });
});
