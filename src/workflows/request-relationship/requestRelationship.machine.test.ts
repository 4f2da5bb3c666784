import { describe, expect, it } from 'vitest';
import { requestRelationshipMachine } from './requestRelationship.machine';
import { endStates, machinePaths, stateValue } from '../../../test/machinePaths';
import { invitationLink } from '../../domain/mailLinks';
import { validateComposer, R_IND_11_linkKept } from '../../domain/composer';

const link = invitationLink('tok-abcdefgh');
const draft = { subject: 'Hello', body: `Please accept: ${link}` };
const events = [
  { type: 'dap.toggle', checked: false },
  { type: 'dap.toggle', checked: true },
  { type: 'next' },
  { type: 'xstate.done.actor.prepareDraft', output: { token: 'tok-abcdefgh', link, draft } },
  { type: 'draft.changed', draft: { body: 'The link is gone' } },
  { type: 'draft.changed', draft: { body: `Please accept: ${link}` } },
  { type: 'done' },
  { type: 'to.changed', to: 'patti@contoso.example' },
  { type: 'to.changed', to: 'nonsense' },
  { type: 'send' },
  { type: 'send.anyway' },
  { type: 'back' },
  { type: 'xstate.done.actor.sendInvitation', output: { ok: true, customerName: 'Contoso Ltd' } },
  {
    type: 'xstate.done.actor.sendInvitation',
    output: { ok: false, key: 'partnerCenter:request.errors.unknownRecipient' },
  },
];
const keys = ['includeAdminRoles'];
// States differ by what the rules look at: valid recipients, link kept, an error shown.
const facts = (c: Record<string, unknown>) => {
  const ctx = c as {
    to: string;
    draft: { subject: string; body: string };
    errors: object;
    failure?: object;
  };
  return [
    Object.keys(validateComposer({ to: ctx.to, ...ctx.draft })).length === 0,
    R_IND_11_linkKept(ctx.draft.body, link),
    Object.keys(ctx.errors).length > 0,
    !!ctx.failure,
  ];
};

describe('W-REQUEST machine: every path', () => {
  for (const canOmitAdminRoles of [true, false]) {
    const paths = machinePaths(requestRelationshipMachine, {
      input: { kind: 'reseller', canOmitAdminRoles },
      events,
      contextKeys: keys,
      facts,
      limit: 50000,
    });
    const where = canOmitAdminRoles ? 'public cloud' : 'US Government / Germany';

    it(`${where}: reaches every step and sent`, () => {
      const ends = endStates(paths);
      for (const s of [
        'options',
        'preparing',
        'draft',
        'composing',
        'confirmNoLink',
        'sending',
        'sent',
      ])
        expect(ends).toContain(s);
    });

    it(`${where}: R-REQ-2 ${canOmitAdminRoles ? 'lets the box be cleared' : 'never lets the box be cleared'}`, () => {
      const cleared = paths.some((p) => p.some((s) => s.to.context.includeAdminRoles === false));
      expect(cleared).toBe(canOmitAdminRoles);
    });

    it(`${where}: never sends invalid input; sends without the link only after confirming (R-IND-11)`, () => {
      for (const path of paths) {
        for (const step of path) {
          if (
            stateValue(step.to) !== 'sending' ||
            !step.from ||
            stateValue(step.from) === 'sending'
          )
            continue;
          const ctx = step.from.context;
          expect(validateComposer({ to: ctx.to, ...ctx.draft })).toEqual({});
          if (!R_IND_11_linkKept(ctx.draft.body, link))
            expect(stateValue(step.from)).toBe('confirmNoLink');
        }
      }
    });
  }
});

describe('W-REQUEST machine in the Today edition (R-GDAP-1)', () => {
  for (const canOmitAdminRoles of [true, false]) {
    const paths = machinePaths(requestRelationshipMachine, {
      input: { kind: 'reseller', canOmitAdminRoles, delegatedAdminOffered: false },
      events,
      contextKeys: keys,
      facts,
      limit: 50000,
    });
    const where = canOmitAdminRoles ? 'public cloud' : 'US Government / Germany';

    it(`${where}: still reaches sent, and never asks for admin roles on any path`, () => {
      expect(endStates(paths)).toContain('sent');
      for (const path of paths)
        for (const step of path) expect(step.to.context.includeAdminRoles).toBe(false);
    });
  }
});
