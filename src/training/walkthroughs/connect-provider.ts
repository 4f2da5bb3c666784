import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { followMailLinkStep, navStep, openMailStep, rowPage } from './commonSteps';

// W-CONNECT-PROVIDER: Diego Siciliani (Northwind Distribution, indirect provider, Admin agent)
// invites Fabrikam Solutions — the default world's indirect reseller, not linked to any provider
// yet — by emailing Megan Bowen, Fabrikam's Admin agent; Megan follows the link, ticks the box
// and authorizes Northwind (R-IND-8), then sees it on Indirect providers and opens View
// customers (nothing shared yet, R-IND-9); Diego finds Fabrikam on Indirect resellers.

const PROVIDER = 'northwind';
const RESELLER = 'fabrikam';
const RESELLER_ADMIN_EMAIL = 'megan@fabrikam.example';
const SECTION = 'connect-with-an-indirect-provider';

/** Northwind's invitation to Fabrikam exists (the mail was sent). */
export async function providerInvitationSent(db: AppDB): Promise<boolean> {
  const sent = await db.invitations
    .where('partnerId')
    .equals(PROVIDER)
    .filter((i) => i.kind === 'indirectProvider' && i.customerId === RESELLER)
    .count();
  return sent > 0;
}

/** Fabrikam authorized Northwind: the two are linked. */
export async function providerAuthorized(db: AppDB): Promise<boolean> {
  return (
    (await db.providerLinks.where('[providerId+resellerId]').equals([PROVIDER, RESELLER]).count()) >
    0
  );
}

/** Northwind invited a reseller the goal does not name (a sibling partner's admin). */
export async function otherResellerInvited(db: AppDB): Promise<boolean> {
  const others = await db.invitations
    .where('partnerId')
    .equals(PROVIDER)
    .filter((i) => i.kind === 'indirectProvider' && i.customerId !== RESELLER)
    .count();
  return others > 0;
}

export const connectProvider: Walkthrough = {
  slug: 'connect-provider',
  workflow: 'W-CONNECT-PROVIDER',
  audience: 'partner',
  doc: { doc: 'IND', section: SECTION },
  start: 'partner-center',
  steps: [
    navStep(
      {
        id: 'open-indirect-resellers',
        doc: { doc: 'IND', section: SECTION, step: 1 },
        persona: 'u-diego',
      },
      'partner-center/indirect-resellers',
    ),
    {
      id: 'invite-reseller',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      persona: 'u-diego',
      target: { id: 'pc.indirectResellers.inviteForm' },
      allow: [{ id: 'pc.indirectResellers.email' }, { id: 'pc.indirectResellers.send' }],
      actions: [
        { kind: 'fill', target: { id: 'pc.indirectResellers.email' }, value: RESELLER_ADMIN_EMAIL },
        { kind: 'click', target: { id: 'pc.indirectResellers.send' } },
      ],
      done: { world: providerInvitationSent },
    },
    openMailStep(
      {
        id: 'open-invitation-mail',
        doc: { doc: 'IND', section: SECTION, step: 2 },
        persona: 'u-megan',
        start: 'mail',
      },
      'providers:mail.invitation.subject',
    ),
    followMailLinkStep(
      { id: 'follow-link', doc: { doc: 'IND', section: SECTION, step: 2 }, persona: 'u-megan' },
      'provider-invitation',
      { machine: { id: 'connectProvider', in: 'review' } },
    ),
    {
      id: 'authorize',
      doc: { doc: 'IND', section: SECTION, step: 3 },
      persona: 'u-megan',
      target: { id: 'links.providerInvitation.acknowledge' },
      allow: [{ id: 'links.providerInvitation.authorize' }],
      actions: [
        { kind: 'check', target: { id: 'links.providerInvitation.acknowledge' }, checked: true },
        { kind: 'click', target: { id: 'links.providerInvitation.authorize' } },
      ],
      done: { world: providerAuthorized },
    },
    {
      id: 'view-customers',
      doc: { doc: 'IND', section: SECTION, step: 5 },
      persona: 'u-megan',
      // After authorizing, the Indirect providers page opens with Northwind listed (step 4).
      target: { id: 'pc.indirectProviders.viewCustomers', key: PROVIDER },
      allow: [{ id: 'nav:partner-center/indirect-providers' }, { id: 'pc.indirectProviders.list' }],
      actions: [
        { kind: 'click', target: { id: 'pc.indirectProviders.viewCustomers', key: PROVIDER } },
      ],
      done: rowPage(
        'partner-center/indirect-providers/:providerId/customers',
        'providerId',
        PROVIDER,
      ),
    },
    navStep(
      {
        id: 'provider-sees-reseller',
        doc: { doc: 'IND', section: SECTION, step: 3 },
        persona: 'u-diego',
        start: 'partner-center',
      },
      'partner-center/indirect-resellers',
    ),
  ],
  outcome: [
    {
      id: 'fabrikam-invited',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      expected: true,
      actual: providerInvitationSent,
    },
    {
      id: 'linked',
      doc: { doc: 'IND', section: SECTION, step: 3 },
      rule: 'R-IND-8',
      expected: true,
      actual: providerAuthorized,
    },
    {
      id: 'other-invited',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      expected: false,
      actual: otherResellerInvited,
    },
  ],
};
