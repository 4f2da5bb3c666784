import { assign, setup } from 'xstate';
import { notProvided } from '../kit/outcome';
import {
  validateContact,
  validateCriteria,
  type ContactErrors,
  type ListedPartner,
  type SearchCriteria,
  type SearchErrors,
} from '../../domain/findPartner';

// W-FIND: location, organization size, keywords, Go; choose partners, Contact selected
// providers; describe the business needs, Send. Pure: actors are provided by the page.

export const FIND_PARTNER_MACHINE_VERSION = 1;

export interface FindPartnerContext {
  criteria: SearchCriteria;
  searchErrors: SearchErrors;
  results: ListedPartner[];
  selected: string[];
  needs: string;
  contactErrors: ContactErrors;
  /** An i18n key when sending failed. */
  failureKey?: string;
  sentTo: string[];
}

export type FindPartnerEvent =
  | { type: 'criteria.changed'; criteria: Partial<SearchCriteria> }
  | { type: 'go' }
  | { type: 'partner.toggle'; partnerId: string }
  | { type: 'contact' }
  | { type: 'needs.changed'; needs: string }
  | { type: 'send' }
  | { type: 'back' }
  | { type: 'restart' };

export interface SendContactInput {
  partnerIds: string[];
  needs: string;
}

const hasNoErrors = (errors: object) => Object.keys(errors).length === 0;

export const findPartnerMachine = setup({
  types: {
    context: {} as FindPartnerContext,
    events: {} as FindPartnerEvent,
  },
  actors: {
    search: notProvided<ListedPartner[], SearchCriteria>('search'),
    sendContact: notProvided<string[], SendContactInput>('sendContact'),
  },
  guards: {
    criteriaValid: ({ context }) => hasNoErrors(validateCriteria(context.criteria)),
    selectionValid: ({ context }) => !validateContact(context.selected, 'x'.repeat(20)).selection,
    contactValid: ({ context }) => hasNoErrors(validateContact(context.selected, context.needs)),
  },
  actions: {
    showSearchErrors: assign({ searchErrors: ({ context }) => validateCriteria(context.criteria) }),
    showSelectionError: assign({
      contactErrors: ({ context }) => ({
        selection: validateContact(context.selected, 'x'.repeat(20)).selection,
      }),
    }),
    showContactErrors: assign({
      contactErrors: ({ context }) => validateContact(context.selected, context.needs),
    }),
  },
}).createMachine({
  id: 'findPartner',
  context: {
    criteria: { country: '', size: '', keywords: '' },
    searchErrors: {},
    results: [],
    selected: [],
    needs: '',
    contactErrors: {},
    sentTo: [],
  },
  initial: 'searching',
  on: {
    restart: {
      target: '.searching',
      actions: assign({
        results: [],
        selected: [],
        needs: '',
        contactErrors: {},
        searchErrors: {},
        failureKey: undefined,
      }),
    },
  },
  states: {
    searching: {
      initial: 'editing',
      on: {
        // Changing the criteria while a search runs drops that search: results always match the form.
        'criteria.changed': {
          target: '.editing',
          actions: assign({
            criteria: ({ context, event }) => ({ ...context.criteria, ...event.criteria }),
            searchErrors: {},
          }),
        },
      },
      states: {
        editing: {
          on: {
            go: [{ guard: 'criteriaValid', target: 'loading' }, { actions: 'showSearchErrors' }],
          },
        },
        loading: {
          invoke: {
            id: 'search',
            src: 'search',
            input: ({ context }) => context.criteria,
            onDone: {
              target: '#findPartner.results',
              actions: assign({ results: ({ event }) => event.output, selected: [] }),
            },
            onError: {
              target: 'editing',
              actions: assign({ failureKey: 'findPartner:errors.searchFailed' }),
            },
          },
        },
      },
    },
    results: {
      on: {
        'criteria.changed': {
          target: 'searching.editing',
          actions: assign({
            criteria: ({ context, event }) => ({ ...context.criteria, ...event.criteria }),
            searchErrors: {},
          }),
        },
        go: [
          { guard: 'criteriaValid', target: 'searching.loading' },
          { target: 'searching.editing', actions: 'showSearchErrors' },
        ],
        'partner.toggle': {
          actions: assign({
            selected: ({ context, event }) =>
              context.selected.includes(event.partnerId)
                ? context.selected.filter((id) => id !== event.partnerId)
                : [...context.selected, event.partnerId],
            contactErrors: {},
          }),
        },
        contact: [
          { guard: 'selectionValid', target: 'composing' },
          { actions: 'showSelectionError' },
        ],
      },
    },
    composing: {
      on: {
        'needs.changed': {
          actions: assign({ needs: ({ event }) => event.needs, contactErrors: {} }),
        },
        back: 'results',
        send: [{ guard: 'contactValid', target: 'sending' }, { actions: 'showContactErrors' }],
      },
    },
    sending: {
      invoke: {
        id: 'sendContact',
        src: 'sendContact',
        input: ({ context }) => ({ partnerIds: context.selected, needs: context.needs.trim() }),
        onDone: {
          target: 'sent',
          actions: assign({ sentTo: ({ event }) => event.output, failureKey: undefined }),
        },
        onError: {
          target: 'composing',
          actions: assign({ failureKey: 'findPartner:errors.sendFailed' }),
        },
      },
    },
    sent: {},
  },
});
