import { o365OfferLink } from '../../domain/o365Rules';
import { R_IND_11_linkKept, validateComposer } from '../../domain/composer';

// Events and state facts shared by the W-TRIAL and W-OFFER machine tests (one machine, two kinds).

export const link = o365OfferLink('o_abcdefgh');
export const draft = { subject: 'Try Office 365', body: `Start here: ${link}` };
export const offerEvents = [
  { type: 'service.toggle', offerId: 'o365-e3', checked: true },
  { type: 'service.toggle', offerId: 'o365-e3', checked: false },
  { type: 'service.toggle', offerId: 'exchange-online-p1', checked: true },
  { type: 'da.toggle', checked: true },
  { type: 'da.toggle', checked: false },
  { type: 'next' },
  { type: 'xstate.done.actor.prepareDraft', output: { token: 'o_abcdefgh', link, draft } },
  { type: 'draft.changed', draft: { body: 'The link is gone' } },
  { type: 'draft.changed', draft: { body: draft.body } },
  { type: 'done' },
  { type: 'to.changed', to: 'patti@contoso.example' },
  { type: 'to.changed', to: 'nonsense' },
  { type: 'send' },
  { type: 'back' },
  { type: 'xstate.done.actor.sendOffer', output: { ok: true, customerName: 'Contoso Ltd' } },
  {
    type: 'xstate.done.actor.sendOffer',
    output: {
      ok: false,
      key: 'o365:send.errors.otherCloud',
      params: { customer: 'Wide World Importers' },
    },
  },
  { type: 'restart' },
];

export type Ctx = {
  kind: 'trial' | 'purchase';
  canOfferDelegatedAdmin: boolean;
  services: { offerId: string; licenses: string }[];
  includeDelegatedAdmin: boolean;
  to: string;
  draft: { subject: string; body: string };
  errors: object;
  composerErrors: object;
  failure?: object;
};
export const offerFacts = (c: Record<string, unknown>) => {
  const ctx = c as unknown as Ctx;
  return [
    Object.keys(validateComposer({ to: ctx.to, ...ctx.draft })).length === 0,
    R_IND_11_linkKept(ctx.draft.body, link),
    Object.keys(ctx.errors).length > 0,
    Object.keys(ctx.composerErrors).length > 0,
    !!ctx.failure,
  ];
};
