import type { AppDB } from '../../db/AppDB';
import { PARTNER_WRITTEN_MAIL } from '../../domain/mailLinks';
import type { Walkthrough } from '../types';
import {
  acceptWithAgreementStep,
  expandCustomerStep,
  followMailLinkStep,
  navStep,
  openMailStep,
  reviewDraftStep,
  sendFromComposerStep,
} from './commonSteps';
import { invitationCancelled, linkNotDelivered, personaLacksRole } from './deadEnds';

// W-REQUEST: Megan Bowen (Fabrikam Solutions, Admin agent) asks Contoso Ltd (same country, no
// partner yet) for a reseller relationship with delegated admin privileges; Patti Fernandez,
// Contoso's Global admin, accepts it (with the MCA, R-REQ-4); Megan then finds Contoso on
// Customers and expands its record. The default world needs no preparation.

const PARTNER = 'fabrikam';
const CUSTOMER = 'contoso';
const CUSTOMER_ADMIN_EMAIL = 'patti@contoso.example';

/** Fabrikam's invitation to Contoso exists (the mail was sent). */
export async function requestSent(db: AppDB): Promise<boolean> {
  const sent = await db.invitations
    .where('partnerId')
    .equals(PARTNER)
    .filter((i) => i.kind === 'reseller' && i.customerId === CUSTOMER)
    .count();
  return sent > 0;
}

/** Contoso accepted: Fabrikam is its reseller (it is on Fabrikam's Customers list). */
export async function customerAccepted(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, CUSTOMER])
    .first();
  return rel?.resellerOf === PARTNER;
}

/** The request asked for delegated admin privileges (REQ step 2): the goal says "with". */
export async function dapRequested(db: AppDB): Promise<boolean> {
  const invitations = await db.invitations
    .where('partnerId')
    .equals(PARTNER)
    .filter((i) => i.kind === 'reseller' && i.customerId === CUSTOMER)
    .toArray();
  return invitations.some((i) => i.includesAdminRoles);
}

/** Contoso granted Fabrikam delegated admin privileges (R-MPR-3). */
export async function dapGranted(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, CUSTOMER])
    .first();
  return (rel?.adminRoles.length ?? 0) > 0;
}

const REQ = 'invite-a-customer-to-establish-a-reseller-relationship-with-you';
const ACCEPT_SECTION = 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement';

export const requestRelationship: Walkthrough = {
  slug: 'request-relationship',
  workflow: 'W-REQUEST',
  audience: 'partner',
  doc: { doc: 'REQ', section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you' },
  start: 'partner-center',
  steps: [
    navStep(
      {
        id: 'open-customers',
        doc: {
          doc: 'REQ',
          section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
          step: 1,
        },
        persona: 'u-megan',
      },
      'partner-center/customers',
    ),
    {
      id: 'request',
      doc: {
        doc: 'REQ',
        section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
        step: 1,
      },
      persona: 'u-megan',
      target: { id: 'pc.customers.request' },
      actions: [{ kind: 'click', target: { id: 'pc.customers.request' } }],
      done: { at: 'partner-center/customers/request' },
    },
    {
      id: 'delegated-admin',
      doc: {
        doc: 'REQ',
        section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
        step: 2,
      },
      persona: 'u-megan',
      target: { id: 'pc.request.includeDap' },
      allow: [{ id: 'pc.request.next' }],
      actions: [
        { kind: 'check', target: { id: 'pc.request.includeDap' }, checked: true },
        { kind: 'click', target: { id: 'pc.request.next' } },
      ],
      done: { machine: { id: 'requestRelationship', in: 'draft' } },
    },
    reviewDraftStep(
      {
        id: 'review-draft',
        doc: {
          doc: 'REQ',
          section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
          step: 3,
        },
        persona: 'u-megan',
      },
      'requestRelationship',
    ),
    sendFromComposerStep(
      {
        id: 'send-email',
        doc: {
          doc: 'REQ',
          section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
          step: 4,
        },
        persona: 'u-megan',
      },
      CUSTOMER_ADMIN_EMAIL,
      requestSent,
    ),
    // The message Megan wrote (the only partner-written one): the Welcome mail is a sibling.
    openMailStep(
      {
        id: 'open-invitation-mail',
        doc: {
          doc: 'MPR',
          section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
          step: 1,
        },
        persona: 'u-patti',
        start: 'mail',
      },
      PARTNER_WRITTEN_MAIL,
    ),
    followMailLinkStep(
      {
        id: 'follow-link',
        doc: {
          doc: 'MPR',
          section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
          step: 1,
        },
        persona: 'u-patti',
      },
      'partner-invitation',
      { machine: { id: 'acceptInvitation', in: 'review' } },
    ),
    acceptWithAgreementStep(
      {
        id: 'accept',
        doc: {
          doc: 'MPR',
          section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
          step: 4,
        },
        persona: 'u-patti',
      },
      customerAccepted,
    ),
    navStep(
      {
        id: 'customer-listed',
        doc: {
          doc: 'REQ',
          section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
          step: 5,
        },
        persona: 'u-megan',
        start: 'partner-center',
      },
      'partner-center/customers',
    ),
    // The record is open: its management workflow runs.
    expandCustomerStep(
      {
        id: 'expand-customer',
        doc: {
          doc: 'REQ',
          section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
          step: 6,
        },
        persona: 'u-megan',
      },
      CUSTOMER,
    ),
  ],
  outcome: [
    {
      id: 'read-agreement',
      doc: { doc: 'MPR', section: ACCEPT_SECTION, step: 2 },
      expected: true,
      seen: { machine: 'acceptInvitation', flag: 'agreementOpen' },
    },
    {
      id: 'dap-requested',
      doc: { doc: 'REQ', section: REQ, step: 2 },
      expected: true,
      actual: dapRequested,
    },
    {
      id: 'customer',
      doc: { doc: 'REQ', section: REQ, step: 5 },
      expected: true,
      actual: customerAccepted,
    },
    {
      id: 'dap-granted',
      doc: {
        doc: 'MPR',
        section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
        step: 4,
      },
      rule: 'R-MPR-3',
      expected: true,
      actual: dapGranted,
    },
  ],
  deadEnds: [
    linkNotDelivered(
      'open-invitation-mail',
      'follow-link',
      { doc: 'REQ', section: REQ, step: 3 },
      PARTNER,
      CUSTOMER,
    ),
    invitationCancelled(
      'accept',
      { doc: 'MPR', section: ACCEPT_SECTION, step: 4 },
      PARTNER,
      CUSTOMER,
    ),
    // Patti's part only: Megan's steps before and after are a partner's, not R-MPR-1's.
    personaLacksRole('follow-link', { doc: 'MPR', section: ACCEPT_SECTION, step: 4 }, 'accept'),
  ],
};
