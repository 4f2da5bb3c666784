import type { AppDB } from '../../db/AppDB';
import { PARTNER_WRITTEN_MAIL } from '../../domain/mailLinks';
import {
  authorizeProvider,
  inviteIndirectReseller,
} from '../../db/repositories/providerRepository';
import type { Walkthrough } from '../types';
import {
  acceptWithAgreementStep,
  expandCustomerStep,
  followMailLinkStep,
  navStep,
  openMailStep,
  reviewDraftStep,
  sendFromComposerStep,
  rowPage,
} from './commonSteps';
import { invitationCancelled, linkNotDelivered, personaLacksRole } from './deadEnds';

// W-INVITE-3WAY: Megan Bowen (Fabrikam Solutions, indirect reseller) uses Indirect providers >
// Invite new customers to ask Contoso Ltd (same country, no partner yet) to authorize both
// Fabrikam and its indirect provider Northwind Distribution as resellers of record; Patti
// Fernandez, Contoso's Global admin, accepts both at once; Megan then finds Contoso on
// Customers. In the default world Fabrikam has no provider yet: setup links them the way
// W-CONNECT-PROVIDER does (Diego invites, Megan authorizes).

const RESELLER = 'fabrikam';
const PROVIDER = 'northwind';
const CUSTOMER = 'contoso';
const CUSTOMER_ADMIN_EMAIL = 'patti@contoso.example';

async function linkFabrikamWithNorthwind(db: AppDB): Promise<void> {
  const invited = await inviteIndirectReseller(db, 'u-diego', 'megan@fabrikam.example');
  if (!invited.ok)
    throw new Error(
      `invite-with-provider setup: the provider invitation was refused (${invited.key})`,
    );
  const invitation = await db.invitations
    .where('partnerId')
    .equals(PROVIDER)
    .filter((i) => i.kind === 'indirectProvider' && i.customerId === RESELLER && i.state === 'sent')
    .first();
  if (!invitation)
    throw new Error('invite-with-provider setup: the provider invitation is missing');
  const authorized = await authorizeProvider(db, invitation.token, 'u-megan', true);
  if (!authorized.ok)
    throw new Error(
      `invite-with-provider setup: authorizing the provider was refused (${authorized.block.key})`,
    );
}

/** The three-way invitation to Contoso exists (the mail was sent). */
export async function threeWaySent(db: AppDB): Promise<boolean> {
  const sent = await db.invitations
    .where('partnerId')
    .equals(RESELLER)
    .filter(
      (i) =>
        i.kind === 'resellerWithProvider' && i.providerId === PROVIDER && i.customerId === CUSTOMER,
    )
    .count();
  return sent > 0;
}

/** Contoso accepted both: Fabrikam and Northwind are each a reseller of record for it (R-IND-10). */
export async function bothAuthorized(db: AppDB): Promise<boolean> {
  const [reseller, provider] = await Promise.all([
    db.relationships.where('[partnerId+customerId]').equals([RESELLER, CUSTOMER]).first(),
    db.relationships.where('[partnerId+customerId]').equals([PROVIDER, CUSTOMER]).first(),
  ]);
  return reseller?.resellerOf === RESELLER && provider?.resellerOf === PROVIDER;
}

const SECTION =
  'invite-a-customer-to-establish-a-reseller-relationship-with-you-and-with-your-indirect-provider-at-the-same-time';

/** Whether this partner is a reseller of record for Contoso. */
async function resellerOfContoso(db: AppDB, partnerId: string): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([partnerId, CUSTOMER])
    .first();
  return rel?.resellerOf === partnerId;
}

const ACCEPT_SECTION = 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement';

export const inviteWithProvider: Walkthrough = {
  slug: 'invite-with-provider',
  workflow: 'W-INVITE-3WAY',
  audience: 'partner',
  doc: { doc: 'IND', section: SECTION },
  setup: linkFabrikamWithNorthwind,
  start: 'partner-center',
  steps: [
    navStep(
      {
        id: 'open-indirect-providers',
        doc: { doc: 'IND', section: SECTION, step: 1 },
        persona: 'u-megan',
      },
      'partner-center/indirect-providers',
    ),
    {
      id: 'invite-new-customers',
      doc: { doc: 'IND', section: SECTION, step: 2 },
      persona: 'u-megan',
      target: { id: 'pc.indirectProviders.inviteCustomers', key: PROVIDER },
      actions: [
        { kind: 'click', target: { id: 'pc.indirectProviders.inviteCustomers', key: PROVIDER } },
      ],
      done: rowPage('partner-center/indirect-providers/:providerId/invite', 'providerId', PROVIDER),
    },
    {
      id: 'continue',
      doc: { doc: 'IND', section: SECTION, step: 2 },
      persona: 'u-megan',
      target: { id: 'pc.request.next' },
      allow: [{ id: 'pc.request.options' }],
      actions: [{ kind: 'click', target: { id: 'pc.request.next' } }],
      done: { machine: { id: 'requestRelationship', in: 'draft' } },
    },
    reviewDraftStep(
      { id: 'review-draft', doc: { doc: 'IND', section: SECTION, step: 3 }, persona: 'u-megan' },
      'requestRelationship',
    ),
    sendFromComposerStep(
      { id: 'send-email', doc: { doc: 'IND', section: SECTION, step: 3 }, persona: 'u-megan' },
      CUSTOMER_ADMIN_EMAIL,
      threeWaySent,
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
      { id: 'accept-both', doc: { doc: 'IND', section: SECTION, step: 4 }, persona: 'u-patti' },
      bothAuthorized,
    ),
    navStep(
      {
        id: 'open-customers',
        doc: { doc: 'IND', section: SECTION, step: 5 },
        persona: 'u-megan',
        start: 'partner-center',
      },
      'partner-center/customers',
    ),
    // The record is open: its management workflow runs.
    expandCustomerStep(
      { id: 'expand-customer', doc: { doc: 'IND', section: SECTION, step: 5 }, persona: 'u-megan' },
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
      id: 'reseller',
      doc: { doc: 'IND', section: SECTION, step: 4 },
      rule: 'R-IND-10',
      expected: true,
      actual: async (db) => (await resellerOfContoso(db, RESELLER)) === true,
    },
    {
      id: 'provider',
      doc: { doc: 'IND', section: SECTION, step: 4 },
      rule: 'R-IND-10',
      expected: true,
      actual: async (db) => (await resellerOfContoso(db, PROVIDER)) === true,
    },
  ],
  deadEnds: [
    linkNotDelivered(
      'open-invitation-mail',
      'follow-link',
      { doc: 'IND', section: SECTION, step: 3 },
      RESELLER,
      CUSTOMER,
    ),
    invitationCancelled(
      'accept-both',
      { doc: 'MPR', section: ACCEPT_SECTION, step: 4 },
      RESELLER,
      CUSTOMER,
    ),
    // Patti's part only: Megan's steps before and after are a partner's, not R-MPR-1's.
    personaLacksRole(
      'follow-link',
      { doc: 'MPR', section: ACCEPT_SECTION, step: 4 },
      'accept-both',
    ),
  ],
};
