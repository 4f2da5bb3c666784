import type { AppDB } from '../../db/AppDB';
import { R_MPR_1_canManagePartners } from '../../domain/customerRules';
import type { DeadEnd, DocRef } from '../types';

// Dead ends several walkthroughs share (issue 11): the goal is out of reach in this run, the
// coach says so and offers the way back. Each is read from the world (and who the learner acts
// as), never from what was clicked.

/**
 * R-MPR-1: the learner switched to a customer persona that is neither a Global admin nor a
 * Billing admin, so accepting, cancelling or removing roles is refused. The way back is the
 * step's own persona, whom the explanation names.
 */
export function personaLacksRole(from: string, doc: DocRef, until?: string): DeadEnd {
  return {
    id: 'persona-lacks-role',
    doc,
    rule: 'R-MPR-1',
    from,
    ...(until === undefined ? {} : { until }),
    recover: 'persona',
    when: async (db, { personaId, step }) => {
      if (personaId === undefined || typeof step.persona !== 'string') return false;
      if (personaId === step.persona) return false;
      const [user, expected] = await Promise.all([
        db.users.get(personaId),
        db.users.get(step.persona),
      ]);
      // Another organization's persona is another dead end (wrong portal): not this one's.
      if (!user || !expected || user.tenantId !== expected.tenantId) return false;
      return !R_MPR_1_canManagePartners(user.roles);
    },
  };
}

/** The partner's invitation to the customer (the newest of that kind), if any. */
async function newestInvitation(
  db: AppDB,
  partnerId: string,
  customerId: string,
): Promise<{ state: string; linkDelivered: boolean } | undefined> {
  const all = await db.invitations
    .where('partnerId')
    .equals(partnerId)
    .filter((i) => i.customerId === customerId && i.kind !== 'indirectProvider')
    .toArray();
  return all.reduce<(typeof all)[number] | undefined>(
    (a, i) => (!a || i.createdAt >= a.createdAt ? i : a),
    undefined,
  );
}

/**
 * R-IND-11: the request went out with Send anyway after the personal link was deleted from the
 * draft. The customer's mail has no link to select; Back a step sends it again with the link.
 */
export function linkNotDelivered(
  from: string,
  until: string,
  doc: DocRef,
  partnerId: string,
  customerId: string,
): DeadEnd {
  return {
    id: 'link-not-delivered',
    doc,
    rule: 'R-IND-11',
    from,
    until,
    recover: 'stepBack',
    when: async (db) =>
      (await newestInvitation(db, partnerId, customerId))?.linkDelivered === false,
  };
}

/**
 * R-MPR-4: the customer really cancelled the invitation the walkthrough accepts. Nothing can be
 * accepted any more (the Accept button is gone); Back a step restores the invitation.
 */
export function invitationCancelled(
  from: string,
  doc: DocRef,
  partnerId: string,
  customerId: string,
): DeadEnd {
  return {
    id: 'invitation-cancelled',
    doc,
    rule: 'R-MPR-4',
    from,
    recover: 'stepBack',
    when: async (db) => (await newestInvitation(db, partnerId, customerId))?.state === 'cancelled',
  };
}

/**
 * The opposite slip in W-CANCEL-INVITE: the invitation was accepted, so the admin roles are
 * granted and there is nothing left to cancel (R-MPR-4: no partial acceptance).
 */
export function invitationAccepted(
  from: string,
  doc: DocRef,
  partnerId: string,
  customerId: string,
): DeadEnd {
  return {
    id: 'invitation-accepted',
    doc,
    rule: 'R-MPR-4',
    from,
    recover: 'stepBack',
    when: async (db) => (await newestInvitation(db, partnerId, customerId))?.state === 'accepted',
  };
}
