import type { AppDB } from '../AppDB';
import { parseRecipients, R_IND_11_linkKept, validateComposer } from '../../domain/composer';
import { R_REQ_2_canOmitAdminRoles } from '../../domain/partnerRules';
import { R_GDAP_1_checkRequest } from '../../domain/editionRules';
import { editionOf } from '../../domain/edition';
import type { MailDraft } from '../../domain/composer';
import { refuse, type Outcome } from '../../domain/outcome';
import { actorAllowed } from './actor';
import { randomId } from '../../domain/ids';
import { deliverComposedMail } from './mailOut';
import { reportingWrite } from './outcome';

/** What W-REQUEST / W-INVITE-3WAY sends: the invitation's terms and the (edited) draft email. */
export interface SendInput {
  kind: 'reseller' | 'resellerWithProvider';
  providerId?: string;
  includeAdminRoles: boolean;
  token: string;
  link: string;
  to: string;
  draft: MailDraft;
}

export type SendOutcome = Outcome<{ customerName: string }>;

/**
 * W-REQUEST step 4 / W-INVITE-3WAY: sends the (edited) draft email and records the
 * invitation, in one transaction. Every rule is checked again here: who may request (R-IND-7),
 * R-GDAP-1 (no delegated admin privileges in a Today world), R-REQ-2, the composer's input, one customer's mailboxes, and for a three-way invitation the
 * provider link. R-IND-11: whether the mail still carries the personal link is recorded; an
 * invitation whose link was removed can never be accepted.
 */
export async function sendInvitation(
  db: AppDB,
  userId: string,
  input: SendInput,
): Promise<SendOutcome> {
  const errors = validateComposer({ to: input.to, ...input.draft });
  if (Object.keys(errors).length) return refuse('partnerCenter:request.errors.invalid');
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.partners, db.providerLinks, db.invitations, db.mail, db.meta],
      async () => {
        const actor = await actorAllowed(db, userId, 'pc.customers.request');
        if (!actor) return refuse('rules:R-IND-7');
        const meta = (await db.meta.get('world'))!;
        // R-GDAP-1 before R-REQ-2: in Today no cloud offers delegated admin privileges.
        const noDap = R_GDAP_1_checkRequest(editionOf(meta), input.includeAdminRoles);
        if (noDap) return refuse(noDap.key);
        if (
          editionOf(meta) === '2020' &&
          !input.includeAdminRoles &&
          !R_REQ_2_canOmitAdminRoles(actor.tenant.cloud)
        )
          return refuse('rules:R-REQ-2');
        if (input.kind === 'resellerWithProvider') {
          const link = input.providerId
            ? await db.providerLinks
                .where('[providerId+resellerId]')
                .equals([input.providerId, actor.tenant.id])
                .first()
            : undefined;
          if (!link) return refuse('partnerCenter:request.errors.noProvider');
        }
        const recipients = parseRecipients(input.to);
        const users = await db.users.where('email').anyOf(recipients).toArray();
        const unknown = recipients.filter((r) => !users.some((u) => u.email === r));
        if (unknown.length)
          return refuse('partnerCenter:request.errors.unknownRecipient', {
            address: unknown.join(', '),
          });
        const tenantIds = [...new Set(users.map((u) => u.tenantId))];
        if (tenantIds.length > 1) return refuse('partnerCenter:request.errors.severalCustomers');
        const customer = await db.tenants.get(tenantIds[0]!);
        if (!customer || customer.kind === 'partner')
          return refuse('partnerCenter:request.errors.notCustomer', {
            address: recipients.join(', '),
          });
        if (await db.invitations.where('token').equals(input.token).count())
          return refuse('partnerCenter:request.errors.sendFailed');
        const id = randomId('inv');
        await db.invitations.add({
          id,
          token: input.token,
          kind: input.kind,
          state: 'sent',
          partnerId: actor.tenant.id,
          ...(input.kind === 'resellerWithProvider' ? { providerId: input.providerId } : {}),
          senderUserId: actor.user.id,
          customerId: customer.id,
          includesAdminRoles: input.includeAdminRoles,
          linkDelivered: R_IND_11_linkKept(input.draft.body, input.link),
          createdAt: meta.now,
          updatedAt: meta.now,
        });
        await deliverComposedMail(db, actor.user, recipients, input.draft, id);
        return { ok: true, customerName: customer.name };
      },
    ),
  );
}

export function newInvitationToken(): string {
  return randomId('i', 20).replace('_', '-');
}
