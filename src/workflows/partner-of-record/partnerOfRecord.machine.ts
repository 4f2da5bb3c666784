import { assign, setup } from 'xstate';
import { assignOk, assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { checkMpnId, type MpnProblem } from '../../domain/o365Rules';
import type { PartnerChoice, PorOutcome } from '../../db/repositories/o365Repository';

// W-POR (R-O365-4): the customer designates its partner of record, separately from its
// delegated administrator: Add (or Change), choose a partner of its cloud from the list or enter
// the partner's MPN ID, Save. Exactly one partner of record at a time. Pure machine: the page
// provides `save` (the repository), which checks everything again.

export type PorMode = 'list' | 'mpn';

export interface PorErrors {
  partner?: 'required';
  mpn?: MpnProblem;
}

export interface PorContext {
  mode: PorMode;
  partnerId: string;
  mpnId: string;
  errors: PorErrors;
  failure?: { key: string; params?: Record<string, string> };
  savedName?: string;
}

export type PorEvent =
  | { type: 'change' }
  | { type: 'mode.changed'; mode: PorMode }
  | { type: 'partner.changed'; partnerId: string }
  | { type: 'mpn.changed'; mpnId: string }
  | { type: 'save' }
  | { type: 'cancel' };

export function validatePorChoice(c: Pick<PorContext, 'mode' | 'partnerId' | 'mpnId'>): PorErrors {
  if (c.mode === 'list') return c.partnerId ? {} : { partner: 'required' };
  const mpn = checkMpnId(c.mpnId);
  return mpn ? { mpn } : {};
}

export function choiceOf(c: Pick<PorContext, 'mode' | 'partnerId' | 'mpnId'>): PartnerChoice {
  return c.mode === 'list'
    ? { by: 'list', partnerId: c.partnerId }
    : { by: 'mpn', mpnId: c.mpnId.trim() };
}

export const partnerOfRecordMachine = setup({
  types: { context: {} as PorContext, events: {} as PorEvent },
  actors: {
    save: notProvided<PorOutcome, PartnerChoice>('save'),
  },
  guards: {
    valid: ({ context }) => Object.keys(validatePorChoice(context)).length === 0,
    saved: succeeded,
  },
  actions: {
    assignOk: assignOk<PorContext, PorEvent>(),
    assignRefusal: assignRefusal<PorContext, PorEvent>(),
  },
}).createMachine({
  id: 'partnerOfRecord',
  context: { mode: 'list', partnerId: '', mpnId: '', errors: {} },
  initial: 'viewing',
  states: {
    viewing: {
      on: {
        change: {
          target: 'editing',
          actions: assign({
            mode: 'list',
            partnerId: '',
            mpnId: '',
            errors: {},
            failure: undefined,
            savedName: undefined,
          }),
        },
      },
    },
    editing: {
      on: {
        'mode.changed': {
          actions: assign({ mode: ({ event }) => event.mode, errors: {}, failure: undefined }),
        },
        'partner.changed': {
          actions: assign({
            partnerId: ({ event }) => event.partnerId,
            errors: {},
            failure: undefined,
          }),
        },
        'mpn.changed': {
          actions: assign({ mpnId: ({ event }) => event.mpnId, errors: {}, failure: undefined }),
        },
        save: [
          { guard: 'valid', target: 'saving' },
          { actions: assign({ errors: ({ context }) => validatePorChoice(context) }) },
        ],
        cancel: { target: 'viewing', actions: assign({ errors: {}, failure: undefined }) },
      },
    },
    saving: {
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => choiceOf(context),
        onDone: [
          {
            guard: 'saved',
            target: 'viewing',
            actions: [
              { type: 'assignOk', params: { savedName: 'partnerName' } },
              assign({ failure: undefined }),
            ],
          },
          {
            target: 'editing',
            actions: { type: 'assignRefusal', params: { to: 'failure' } },
          },
        ],
        onError: {
          target: 'editing',
          actions: assign({ failure: { key: 'o365:por.errors.failed' } }),
        },
      },
    },
  },
});
