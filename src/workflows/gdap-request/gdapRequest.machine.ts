import { assign, setup } from 'xstate';
import { assignRefusal, notProvided, succeeded } from '../kit/outcome';
import { validateComposer, type ComposerErrors, type MailDraft } from '../../domain/composer';
import { containsLink } from '../../domain/mailLinks';
import {
  checkRequestDraft,
  DEFAULT_DURATION_DAYS,
  R_GDAP_5_mayAutoExtend,
} from '../../domain/gdapRules';
import { normalizeRoles, OFFERED_ENTRA_ROLES, type EntraRole } from '../../domain/entraRoles';
import type { Outcome, Refusal } from '../../domain/outcome';
import type { AdminRelationshipDraft } from '../../domain/gdapRules';
import type { RequestInput, RequestOutcome } from '../../db/repositories/adminRelationships';

// W-GDAP-REQUEST: Customers > the customer > Admin relationships > Request for new
// relationship; Create an admin relationship request: Admin relationship name, Duration in
// days, Select Microsoft Entra roles (side panel: tick, Save → Requested Microsoft Entra roles),
// Auto extend (No / Yes = 6 months, R-GDAP-5), Finalize request; the email in the Request box
// (editable, the link under "Click to review and accept" must stay); Done; send it. Pure: the
// rules come from domain/gdapRules, the page provides `finalize` (the repository's check and
// the draft email) and `send`.

export const GDAP_REQUEST_MACHINE_VERSION = 1;

export interface GdapRequestInput {
  customerId: string;
  /** Names of the partner's relationships with this customer (R-GDAP-3), from the live list. */
  existingNames: readonly string[];
}

export interface PreparedRequest {
  relationshipId: string;
  link: string;
  mail: MailDraft;
}

export interface GdapRequestContext extends GdapRequestInput {
  name: string;
  durationDays: string;
  roles: EntraRole[];
  /** The side panel's ticks, kept apart until Save. */
  panelRoles: EntraRole[];
  autoExtend: boolean;
  /** The form's first problem (R-GDAP-3/4/5, no roles), shown after Finalize request. */
  problem?: Refusal;
  relationshipId?: string;
  link?: string;
  mail: MailDraft;
  to: string;
  errors: ComposerErrors;
  failure?: Refusal;
  customerName?: string;
}

export type GdapRequestEvent =
  | { type: 'name.changed'; name: string }
  | { type: 'duration.changed'; days: string }
  | { type: 'autoExtend.changed'; on: boolean }
  | { type: 'roles.open' }
  | { type: 'role.toggle'; role: EntraRole; checked: boolean }
  | { type: 'roles.save' }
  | { type: 'roles.cancel' }
  | { type: 'names.refresh'; existingNames: readonly string[] }
  | { type: 'finalize' }
  | { type: 'mail.changed'; mail: Partial<MailDraft> }
  | { type: 'done' }
  | { type: 'to.changed'; to: string }
  | { type: 'send' }
  | { type: 'back' }
  | { type: 'restart' };

export type FinalizeOutcome = Outcome<{ prepared: PreparedRequest }>;
export type { RequestInput, RequestOutcome };

const draftOf = (c: GdapRequestContext): AdminRelationshipDraft => ({
  name: c.name,
  durationDays: c.durationDays,
  roles: c.roles,
  autoExtend: c.autoExtend,
});

const fresh = {
  name: '',
  durationDays: String(DEFAULT_DURATION_DAYS),
  roles: [] as EntraRole[],
  panelRoles: [] as EntraRole[],
  autoExtend: false,
  problem: undefined,
  relationshipId: undefined,
  link: undefined,
  mail: { subject: '', body: '' },
  to: '',
  errors: {},
  failure: undefined,
  customerName: undefined,
};

export const gdapRequestMachine = setup({
  types: {
    context: {} as GdapRequestContext,
    events: {} as GdapRequestEvent,
    input: {} as GdapRequestInput,
  },
  actors: {
    finalize: notProvided<FinalizeOutcome, { customerId: string; draft: AdminRelationshipDraft }>(
      'finalize',
    ),
    send: notProvided<RequestOutcome, RequestInput>('send'),
  },
  guards: {
    // R-GDAP-3, -4, -5 and at least one role, as the learner's draft stands.
    draftValid: ({ context }) =>
      checkRequestDraft(draftOf(context), context.existingNames) === null,
    // R-GDAP-5: Auto extend Yes is refused while Global Administrator is requested.
    mayAutoExtend: ({ context }, p: { on: boolean }) =>
      !p.on || R_GDAP_5_mayAutoExtend(context.roles) === null,
    offered: (_, p: { role: EntraRole }) => OFFERED_ENTRA_ROLES.includes(p.role as never),
    composerValid: ({ context }) =>
      Object.keys(validateComposer({ to: context.to, ...context.mail })).length === 0,
    linkKept: ({ context }) => !!context.link && containsLink(context.mail.body, context.link),
    succeeded,
  },
  actions: {
    assignRefusal: assignRefusal<GdapRequestContext, GdapRequestEvent>(),
  },
}).createMachine({
  id: 'gdapRequest',
  version: String(GDAP_REQUEST_MACHINE_VERSION),
  context: ({ input }) => ({ ...input, ...fresh }),
  initial: 'form',
  on: {
    restart: { target: '.form', actions: assign(fresh) },
    // Another tab requested one meanwhile: R-GDAP-3 compares with the live names.
    'names.refresh': { actions: assign({ existingNames: ({ event }) => event.existingNames }) },
  },
  states: {
    form: {
      tags: ['persist', 'form'],
      on: {
        'name.changed': {
          actions: assign({ name: ({ event }) => event.name, problem: undefined }),
        },
        'duration.changed': {
          actions: assign({ durationDays: ({ event }) => event.days, problem: undefined }),
        },
        'autoExtend.changed': [
          {
            guard: { type: 'mayAutoExtend', params: ({ event }) => ({ on: event.on }) },
            actions: assign({ autoExtend: ({ event }) => event.on, problem: undefined }),
          },
          { actions: assign({ problem: { key: 'rules:R-GDAP-5', ruleId: 'R-GDAP-5' } }) },
        ],
        'roles.open': {
          target: 'rolesPanel',
          actions: assign({ panelRoles: ({ context }) => [...context.roles] }),
        },
        finalize: [
          { guard: 'draftValid', target: 'finalizing', actions: assign({ problem: undefined }) },
          {
            actions: assign({
              problem: ({ context }) =>
                checkRequestDraft(draftOf(context), context.existingNames) ?? undefined,
            }),
          },
        ],
      },
    },
    // Select Microsoft Entra roles: ticks change only the panel until Save.
    rolesPanel: {
      tags: ['persist', 'form', 'rolesPanel'],
      on: {
        'role.toggle': {
          guard: { type: 'offered', params: ({ event }) => ({ role: event.role }) },
          actions: assign({
            panelRoles: ({ context, event }) =>
              normalizeRoles(
                event.checked
                  ? [...context.panelRoles, event.role]
                  : context.panelRoles.filter((r) => r !== event.role),
              ),
          }),
        },
        'roles.save': {
          target: 'form',
          actions: assign({
            roles: ({ context }) => context.panelRoles,
            // R-GDAP-5: choosing Global Administrator turns Auto extend back to No.
            autoExtend: ({ context }) =>
              context.autoExtend && R_GDAP_5_mayAutoExtend(context.panelRoles) === null,
            problem: undefined,
          }),
        },
        'roles.cancel': 'form',
      },
    },
    finalizing: {
      tags: ['form', 'busy'],
      invoke: {
        id: 'finalize',
        src: 'finalize',
        input: ({ context }) => ({ customerId: context.customerId, draft: draftOf(context) }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'request',
            actions: assign(({ event }) => {
              const { prepared } = event.output as { prepared: PreparedRequest };
              return { ...prepared };
            }),
          },
          { target: 'form', actions: { type: 'assignRefusal', params: { to: 'problem' } } },
        ],
        onError: {
          target: 'form',
          actions: assign({ problem: { key: 'gdap:request.errors.prepareFailed' } }),
        },
      },
    },
    // The Request box: the email can be edited; Done when the link is still there.
    request: {
      tags: ['persist', 'request'],
      on: {
        'mail.changed': {
          actions: assign({
            mail: ({ context, event }) => ({ ...context.mail, ...event.mail }),
            failure: undefined,
          }),
        },
        done: [
          { guard: 'linkKept', target: 'composing', actions: assign({ failure: undefined }) },
          {
            actions: assign({
              failure: { key: 'gdap:request.errors.linkRemoved', ruleId: 'W-GDAP-REQUEST' },
            }),
          },
        ],
      },
    },
    composing: {
      tags: ['persist', 'composer'],
      on: {
        'to.changed': {
          actions: assign({ to: ({ event }) => event.to, errors: {}, failure: undefined }),
        },
        'mail.changed': {
          actions: assign({
            mail: ({ context, event }) => ({ ...context.mail, ...event.mail }),
            errors: {},
            failure: undefined,
          }),
        },
        send: [
          { guard: 'linkKept', target: 'checking' },
          {
            actions: assign({
              failure: { key: 'gdap:request.errors.linkRemoved', ruleId: 'W-GDAP-REQUEST' },
            }),
          },
        ],
        back: 'request',
      },
    },
    checking: {
      tags: ['composer'],
      always: [
        { guard: 'composerValid', target: 'sending' },
        {
          target: 'composing',
          actions: assign({
            errors: ({ context }) => validateComposer({ to: context.to, ...context.mail }),
          }),
        },
      ],
    },
    sending: {
      tags: ['composer', 'busy'],
      invoke: {
        id: 'send',
        src: 'send',
        input: ({ context }) => ({
          relationshipId: context.relationshipId!,
          customerId: context.customerId,
          draft: draftOf(context),
          to: context.to,
          mail: context.mail,
        }),
        onDone: [
          {
            guard: 'succeeded',
            target: 'sent',
            actions: assign({
              customerName: ({ event }) => (event.output as { customerName: string }).customerName,
              failure: undefined,
            }),
          },
          { target: 'composing', actions: { type: 'assignRefusal', params: { to: 'failure' } } },
        ],
        onError: {
          target: 'composing',
          actions: assign({ failure: { key: 'gdap:request.errors.sendFailed' } }),
        },
      },
    },
    sent: { tags: ['finished'] },
  },
});
