import type { AppDB } from '../AppDB';
import { R_GDAP_1_acceptanceGrantsAdminRoles } from '../../domain/editionRules';
import { editionOf } from '../../domain/edition';
import type { Invitation, Relationship, Tenant, User } from '../../domain/types';
import { checkInvitation, type InvitationBlock } from '../../domain/invitationRules';
import { relationshipAfterAcceptance } from '../../domain/customerRules';
import { randomId } from '../../domain/ids';
import { deliverMail, SYSTEM_SENDER } from './mailOut';
import { reportingWrite } from './outcome';
import type { LinkOutcome } from '../../domain/outcome';

export interface InvitationView {
  invitation: Invitation;
  partner: Tenant;
  provider?: Tenant;
  customer: Tenant;
  hasMca: boolean;
  existing?: Relationship;
}

export type InvitationLoad = LinkOutcome<{ view: InvitationView }, InvitationBlock>;

async function context(db: AppDB, token: string, userId: string) {
  const user = await db.users.get(userId);
  const invitation = await db.invitations.where('token').equals(token).first();
  const personaTenant = user ? await db.tenants.get(user.tenantId) : undefined;
  const partner = invitation ? await db.tenants.get(invitation.partnerId) : undefined;
  const provider = invitation?.providerId ? await db.tenants.get(invitation.providerId) : undefined;
  return { user, invitation, personaTenant, partner, provider };
}

/** What the Accept agreement & authorize partner page shows, or why it can't be shown. */
export async function loadInvitation(
  db: AppDB,
  token: string,
  userId: string,
): Promise<InvitationLoad> {
  const { user, invitation, personaTenant, partner, provider } = await context(db, token, userId);
  if (!user || !personaTenant) return { ok: false, block: { key: 'notFound' } };
  const block = checkInvitation({ invitation, partner, personaTenant, personaRoles: user.roles });
  // R-REQ-3 is found out when the customer accepts; until then the page shows the invitation.
  if (block && block.key !== 'otherRegion') return { ok: false, block };
  const hasMca =
    (await db.agreements.where('[tenantId+kind]').equals([personaTenant.id, 'mca']).count()) > 0;
  const existing = await db.relationships
    .where('[partnerId+customerId]')
    .equals([partner!.id, personaTenant.id])
    .first();
  return {
    ok: true,
    view: {
      invitation: invitation!,
      partner: partner!,
      provider,
      customer: personaTenant,
      hasMca,
      existing,
    },
  };
}

function partnerMailbox(sender: User | undefined): string[] {
  return sender ? [sender.email] : [];
}

export type AcceptOutcome = LinkOutcome<{ mcaAccepted: boolean }, InvitationBlock>;

/**
 * W-ACCEPT: one transaction re-checks every rule with fresh data (another tab may have acted),
 * then creates or updates the relationship(s) (R-MPR-3), records the MCA if needed (R-REQ-4),
 * marks the invitation accepted and tells the partner. R-REQ-3: a customer outside the
 * partner's country or region makes the invitation fail, and the partner is told.
 */
export async function acceptInvitation(
  db: AppDB,
  token: string,
  userId: string,
): Promise<AcceptOutcome> {
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [
        db.users,
        db.tenants,
        db.invitations,
        db.relationships,
        db.agreements,
        db.providerLinks,
        db.mail,
        db.meta,
      ],
      async () => {
        const { user, invitation, personaTenant, partner, provider } = await context(
          db,
          token,
          userId,
        );
        if (!user || !personaTenant) return { ok: false, block: { key: 'notFound' } } as const;
        let block = checkInvitation({
          invitation,
          partner,
          personaTenant,
          personaRoles: user.roles,
        });
        // R-IND-10: a three-way invitation needs the reseller still linked to a provider of the same cloud and region.
        if (!block && invitation?.kind === 'resellerWithProvider') {
          const linked =
            provider &&
            (await db.providerLinks
              .where('[providerId+resellerId]')
              .equals([provider.id, invitation.partnerId])
              .count()) > 0;
          if (
            !linked ||
            provider.cloud !== personaTenant.cloud ||
            provider.country !== personaTenant.country
          )
            block = { key: 'providerUnlinked', ruleId: 'R-IND-10' };
        }
        const meta = (await db.meta.get('world'))!;
        const sender = await db.users.get(invitation?.senderUserId ?? '');
        if (block) {
          if (block.key === 'otherRegion' && invitation) {
            await db.invitations.update(invitation.id, {
              state: 'failed',
              failureKey: 'rules:R-REQ-3',
              customerId: personaTenant.id,
              updatedAt: meta.now,
            });
            await deliverMail(db, {
              ...SYSTEM_SENDER,
              to: partnerMailbox(sender),
              subject: {
                kind: 'i18n',
                key: 'mail:invitation.failedRegion.subject',
                params: { customer: personaTenant.name },
              },
              body: {
                kind: 'i18n',
                key: 'mail:invitation.failedRegion.body',
                params: { customer: personaTenant.name, partner: partner!.name },
              },
              invitationId: invitation.id,
            });
          }
          return { ok: false, block } as const;
        }
        const inv = invitation!;
        // R-IND-10: a three-way invitation makes both the reseller and its provider resellers of record;
        // the reseller gets the admin permissions.
        const grants: { partner: Tenant; admin: boolean }[] = [
          // R-GDAP-1: in a Today world the reseller relationship grants no admin roles.
          {
            partner: partner!,
            admin: R_GDAP_1_acceptanceGrantsAdminRoles(editionOf(meta), inv.includesAdminRoles),
          },
        ];
        if (inv.kind === 'resellerWithProvider' && provider)
          grants.push({ partner: provider, admin: false });
        for (const grant of grants) {
          const existing = await db.relationships
            .where('[partnerId+customerId]')
            .equals([grant.partner.id, personaTenant.id])
            .first();
          const after = relationshipAfterAcceptance(grant.partner.id, existing, grant.admin);
          if (existing) {
            await db.relationships.update(existing.id, {
              ...after,
              rolesRemovedAt: grant.admin ? undefined : existing.rolesRemovedAt,
            });
          } else {
            await db.relationships.add({
              id: randomId('rel'),
              partnerId: grant.partner.id,
              customerId: personaTenant.id,
              customerName: personaTenant.name,
              customerNameLower: personaTenant.name.toLowerCase(),
              partnerOfRecord: false,
              createdAt: meta.now,
              ...after,
            });
          }
        }
        const hasMca =
          (await db.agreements.where('[tenantId+kind]').equals([personaTenant.id, 'mca']).count()) >
          0;
        if (!hasMca) {
          await db.agreements.add({
            id: randomId('mca'),
            tenantId: personaTenant.id,
            kind: 'mca',
            acceptedAt: meta.now,
            acceptedByUserId: user.id,
          });
        }
        await db.invitations.update(inv.id, {
          state: 'accepted',
          customerId: personaTenant.id,
          updatedAt: meta.now,
        });
        if (inv.kind === 'resellerWithProvider' && provider) {
          const staff = (await db.users.where('tenantId').equals(provider.id).toArray()).filter(
            (u) => u.roles.includes('adminAgent'),
          );
          await deliverMail(db, {
            ...SYSTEM_SENDER,
            to: staff.map((u) => u.email),
            subject: {
              kind: 'i18n',
              key: 'mail:invitation.acceptedProvider.subject',
              params: { customer: personaTenant.name },
            },
            body: {
              kind: 'i18n',
              key: 'mail:invitation.acceptedProvider.body',
              params: { customer: personaTenant.name, reseller: partner!.name },
            },
            invitationId: inv.id,
          });
        }
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: partnerMailbox(sender),
          subject: {
            kind: 'i18n',
            key: 'mail:invitation.accepted.subject',
            params: { customer: personaTenant.name },
          },
          body: {
            kind: 'i18n',
            key: inv.includesAdminRoles
              ? 'mail:invitation.accepted.bodyWithRoles'
              : 'mail:invitation.accepted.body',
            params: { customer: personaTenant.name, partner: partner!.name },
          },
          invitationId: inv.id,
        });
        return { ok: true, mcaAccepted: !hasMca } as const;
      },
    ),
  );
}

/** W-CANCEL-INVITE (R-MPR-4): nothing is granted; the partner learns the invitation was cancelled. */
export async function cancelInvitation(
  db: AppDB,
  token: string,
  userId: string,
): Promise<LinkOutcome<object, InvitationBlock>> {
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.invitations, db.mail, db.meta], async () => {
      const { user, invitation, personaTenant, partner } = await context(db, token, userId);
      if (!user || !personaTenant) return { ok: false, block: { key: 'notFound' } } as const;
      const block = checkInvitation({
        invitation,
        partner,
        personaTenant,
        personaRoles: user.roles,
      });
      // Cancelling is always possible for a customer admin who may act on it, even out of region.
      if (block && block.key !== 'otherRegion') return { ok: false, block } as const;
      const meta = (await db.meta.get('world'))!;
      await db.invitations.update(invitation!.id, {
        state: 'cancelled',
        customerId: personaTenant.id,
        updatedAt: meta.now,
      });
      const sender = await db.users.get(invitation!.senderUserId);
      await deliverMail(db, {
        ...SYSTEM_SENDER,
        to: partnerMailbox(sender),
        subject: {
          kind: 'i18n',
          key: 'mail:invitation.cancelled.subject',
          params: { customer: personaTenant.name },
        },
        body: {
          kind: 'i18n',
          key: 'mail:invitation.cancelled.body',
          params: { customer: personaTenant.name },
        },
        invitationId: invitation!.id,
      });
      return { ok: true } as const;
    }),
  );
}
