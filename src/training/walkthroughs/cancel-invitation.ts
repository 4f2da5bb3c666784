import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { followMailLinkStep, openMailStep } from './commonSteps';
import { sendFabrikamInvitation } from './setups';
import { invitationAccepted, personaLacksRole } from './deadEnds';

// W-CANCEL-INVITE (MPR, R-MPR-4): Fabrikam Solutions has invited Contoso Ltd to a relationship
// that asks for admin roles. Lee Gu (Billing admin, R-MPR-1) doesn't want to give them: there is
// no partial acceptance, so Lee opens the invitation and cancels it instead of accepting it.

export const CANCEL_PARTNER = 'fabrikam';
export const CANCEL_CUSTOMER = 'contoso';
const RECIPIENT = 'lee@contoso.example';

/** Fabrikam's invitations to Contoso. */
export function fabrikamInvitations(db: AppDB) {
  return db.invitations
    .where('partnerId')
    .equals(CANCEL_PARTNER)
    .filter((i) => i.customerId === CANCEL_CUSTOMER)
    .toArray();
}

/** R-MPR-4: the invitation is cancelled. */
export async function invitationIsCancelled(db: AppDB): Promise<boolean> {
  return (await fabrikamInvitations(db)).some((i) => i.state === 'cancelled');
}

/** Fabrikam holds a relationship or admin roles in Contoso's tenant (what cancelling avoids). */
export async function fabrikamGranted(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([CANCEL_PARTNER, CANCEL_CUSTOMER])
    .first();
  return rel !== undefined && (rel.adminRoles.length > 0 || rel.resellerOf === CANCEL_PARTNER);
}

const ACCEPT_SECTION = 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement';
const ROLES_SECTION = 'remove-partner-admin-roles';

export const cancelInvitation: Walkthrough = {
  slug: 'cancel-invitation',
  workflow: 'W-CANCEL-INVITE',
  audience: 'customer',
  doc: { doc: 'MPR', section: ACCEPT_SECTION },
  setup: (db) => sendFabrikamInvitation(db, RECIPIENT),
  start: 'mail',
  steps: [
    openMailStep(
      {
        id: 'open-message',
        doc: { doc: 'MPR', section: ACCEPT_SECTION, step: 1 },
        persona: 'u-lee',
      },
      'mail:seeded.invitation.subject',
    ),
    followMailLinkStep(
      { id: 'open-link', doc: { doc: 'MPR', section: ACCEPT_SECTION, step: 1 }, persona: 'u-lee' },
      'partner-invitation',
      { at: 'admin-center/partner-invitation/:token' },
    ),
    {
      id: 'cancel',
      doc: { doc: 'MPR', section: ROLES_SECTION },
      persona: 'u-lee',
      target: { id: 'ac.accept.cancel' },
      actions: [{ kind: 'click', target: { id: 'ac.accept.cancel' } }],
      done: { machine: { id: 'cancelInvitation', in: 'confirming' } },
    },
    {
      id: 'confirm',
      doc: { doc: 'MPR', section: ROLES_SECTION },
      persona: 'u-lee',
      target: { id: 'ac.cancelInvitation.confirm' },
      actions: [{ kind: 'click', target: { id: 'ac.cancelInvitation.confirm' } }],
      // R-MPR-4: nothing is granted; the invitation is cancelled.
      done: { world: invitationIsCancelled },
    },
  ],
  outcome: [
    {
      id: 'invitation-cancelled',
      doc: { doc: 'MPR', section: ROLES_SECTION },
      rule: 'R-MPR-4',
      expected: true,
      actual: invitationIsCancelled,
    },
    {
      id: 'nothing-granted',
      doc: { doc: 'MPR', section: ROLES_SECTION },
      rule: 'R-MPR-4',
      expected: false,
      actual: fabrikamGranted,
    },
  ],
  deadEnds: [
    invitationAccepted(
      'cancel',
      { doc: 'MPR', section: ROLES_SECTION },
      CANCEL_PARTNER,
      CANCEL_CUSTOMER,
    ),
    personaLacksRole('open-link', { doc: 'MPR', section: ACCEPT_SECTION, step: 4 }),
  ],
};
