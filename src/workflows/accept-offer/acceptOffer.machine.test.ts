import { describe, expect, it } from 'vitest';
import { acceptOfferMachine } from './acceptOffer.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';

// W-TRIAL / W-OFFER, the customer's side: every transition. The services and the delegated
// administration are answered separately (R-O365-2); delegated administration is granted only
// after the customer confirmed what it grants (R-MPR-3); a refusal such as R-O365-3 is shown
// and the offer is read again.

const view = (servicesOpen: boolean, delegatedAdminOpen: boolean) => ({
  servicesOpen,
  delegatedAdminOpen,
  offer: { kind: 'trial' },
});
const refusal = {
  ok: false,
  key: 'o365:offer.errors.oneDelegatedAdmin',
  params: { partner: 'Litware Inc.' },
};
const events = [
  { type: 'xstate.done.actor.load', output: { ok: true, view: view(true, true) } },
  { type: 'xstate.done.actor.load', output: { ok: true, view: view(false, true) } },
  { type: 'xstate.done.actor.load', output: { ok: true, view: view(true, false) } },
  { type: 'xstate.done.actor.load', output: { ok: false, block: { key: 'expired' } } },
  { type: 'services.accept' },
  { type: 'da.accept' },
  { type: 'da.decline' },
  { type: 'confirm' },
  { type: 'dismiss' },
  { type: 'reload' },
  { type: 'xstate.done.actor.acceptServices', output: { ok: true } },
  {
    type: 'xstate.done.actor.acceptServices',
    output: { ok: false, key: 'o365:offer.blocks.expired' },
  },
  { type: 'xstate.done.actor.answerDelegatedAdmin', output: { ok: true } },
  { type: 'xstate.done.actor.answerDelegatedAdmin', output: refusal },
  { type: 'xstate.done.actor.declineDelegatedAdmin', output: { ok: true } },
];
type Ctx = {
  view?: ReturnType<typeof view>;
  failure?: { key: string };
  notice?: string;
  block?: object;
};
const facts = (c: Record<string, unknown>) => {
  const ctx = c as Ctx;
  return [ctx.view?.servicesOpen, ctx.view?.delegatedAdminOpen, !!ctx.block];
};

describe('accept-offer machine: every path', () => {
  const paths = machinePaths(acceptOfferMachine, {
    input: { token: 'o_abcdefgh' },
    events,
    contextKeys: ['notice', 'failure'],
    facts,
  });

  it('reaches every step', () => {
    const ends = endStates(paths);
    for (const s of [
      'loading',
      'review',
      'blocked',
      'acceptingServices',
      'confirmingDelegatedAdmin',
      'authorizingDelegatedAdmin',
      'decliningDelegatedAdmin',
    ])
      expect(ends).toContain(s);
  });

  it('starts the services only while they are open', () => {
    for (const path of paths)
      for (const step of path)
        if (stateValue(step.to) === 'acceptingServices' && step.from)
          expect((step.from.context as Ctx).view?.servicesOpen).toBe(true);
  });

  it('R-O365-2 / R-MPR-3: answers delegated administration only while open, and authorizes only after confirming', () => {
    for (const path of paths) {
      for (const step of path) {
        const to = stateValue(step.to);
        if (
          (to === 'confirmingDelegatedAdmin' || to === 'decliningDelegatedAdmin') &&
          step.from &&
          stateValue(step.from) === 'review'
        ) {
          expect((step.from.context as Ctx).view?.delegatedAdminOpen).toBe(true);
        }
        if (to === 'authorizingDelegatedAdmin' && step.from && stateValue(step.from) !== to)
          expect(stateValue(step.from)).toBe('confirmingDelegatedAdmin');
      }
    }
  });

  it('R-O365-3: a refusal is kept to be shown, and the offer is read again', () => {
    const refused = paths
      .flatMap((p) => p)
      .filter(
        (s) =>
          s.event.type === 'xstate.done.actor.answerDelegatedAdmin' &&
          (s.event as unknown as { output: { ok: boolean } }).output.ok === false &&
          !!s.from &&
          stateValue(s.from) === 'authorizingDelegatedAdmin',
      );
    expect(refused.length).toBeGreaterThan(0);
    for (const step of refused) {
      expect(stateValue(step.to)).toBe('loading');
      expect((step.to.context as Ctx).failure).toEqual({
        key: refusal.key,
        params: refusal.params,
      });
      expect((step.to.context as Ctx).notice).toBeUndefined();
    }
  });
});
