// W-CONNECT-PROVIDER (the provider invites, the reseller authorizes), R-IND-8 (removing the
// provider's admin access) and R-IND-10 (a provider's orders). Each function owns its
// transaction and re-checks every rule there on fresh data: another tab may have acted, and a
// rule is never only the UI's business.
import type { AppDB } from '../AppDB';
import type { Invitation, PartnerOrganization, Tenant, User } from '../../domain/types';
import {
  canAddLicensesTo,
  checkProviderInvitation,
  checkResellerEmail,
  decideProviderOrder,
  decideResellerAddressee,
  PROVIDER_ORDER_FEATURE,
  R_IND_8_canRemoveProviderAccess,
  R_IND_8_linkWithoutAdminAccess,
  R_IND_8_newLink,
  RESELLER_EMAIL_MAX,
  type ProviderInvitationBlock,
  type ProviderOrderKind,
} from '../../domain/providerRules';
import { checkLicenseQuantity, LICENSES_MAX_STEP } from '../../domain/partnerRules';
import { simLink } from '../../domain/mailLinks';
import { randomId } from '../../domain/ids';
import { actorAllowed } from './actor';
import { deliverMail, SYSTEM_SENDER } from './mailOut';
import { findLink, isValidId, loadProviderOrderFacts } from '../queries/providers';
import { reportingWrite } from './outcome';
import { refuse, type LinkOutcome, type Outcome } from '../../domain/outcome';

export type ProviderOutcome<T = undefined> = Outcome<{ value: T }>;
const no = (key: string, ruleId?: string, params?: Record<string, string>) =>
  refuse(key, params, ruleId);

/** The personal link of an indirect provider invitation. */
export function providerInvitationLink(token: string): string {
  return simLink(`/provider-invitation/${token}`);
}

export function newProviderInvitationToken(): string {
  return randomId('p', 20).replace('_', '-');
}

/**
 * W-CONNECT-PROVIDER step 1: the indirect provider emails an invitation to the reseller's Admin
 * agent. Refused, with nothing stored, for bad input (empty, too long, markup, not an address),
 * an unknown mailbox, an organization that isn't an indirect reseller, an addressee who can't
 * authorize (not an Admin agent), another cloud or country, or an existing link.
 */
export async function inviteIndirectReseller(
  db: AppDB,
  userId: string,
  email: string,
): Promise<ProviderOutcome<{ resellerName: string; address: string }>> {
  const problem = checkResellerEmail(email);
  if (problem)
    return no(`providers:invite.errors.email.${problem}`, undefined, {
      max: String(RESELLER_EMAIL_MAX),
    });
  const address = email.trim().toLowerCase();
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.partners, db.providerLinks, db.invitations, db.mail, db.meta],
      async () => {
        // R-IND-7: only an indirect provider's Admin agent or Sales agent invites resellers.
        const actor = await actorAllowed(db, userId, 'pc.indirectResellers');
        if (!actor) return no('rules:R-IND-7', 'R-IND-7');
        const addressee = await db.users.where('email').equals(address).first();
        if (!addressee) return no('providers:invite.errors.unknownAddress', undefined, { address });
        const reseller = await db.tenants.get(addressee.tenantId);
        if (!reseller) return no('providers:invite.errors.unknownAddress', undefined, { address });
        const resellerOrg = await db.partners.get(reseller.id);
        const alreadyLinked = !!(await findLink(db, actor.tenant.id, reseller.id));
        const refusal = decideResellerAddressee({
          provider: actor.tenant,
          addresseeRoles: addressee.roles,
          reseller,
          resellerOrg,
          alreadyLinked,
        });
        if (refusal)
          return no(`providers:invite.errors.${refusal.key}`, refusal.ruleId, {
            address,
            organization: reseller.name,
          });
        const meta = (await db.meta.get('world'))!;
        const token = newProviderInvitationToken();
        const invitation: Invitation = {
          id: randomId('inv'),
          token,
          kind: 'indirectProvider',
          state: 'sent',
          partnerId: actor.tenant.id,
          senderUserId: actor.user.id,
          customerId: reseller.id,
          // R-IND-8: authorizing gives the provider admin access to the reseller's work account.
          includesAdminRoles: true,
          linkDelivered: true,
          createdAt: meta.now,
          updatedAt: meta.now,
        };
        await db.invitations.add(invitation);
        await deliverMail(db, {
          fromName: actor.user.displayName,
          fromEmail: actor.user.email,
          to: [addressee.email],
          subject: {
            kind: 'i18n',
            key: 'providers:mail.invitation.subject',
            params: { provider: actor.tenant.name },
          },
          body: {
            kind: 'i18n',
            key: 'providers:mail.invitation.body',
            params: {
              provider: actor.tenant.name,
              name: addressee.displayName,
              sender: actor.user.displayName,
              link: providerInvitationLink(token),
            },
          },
          invitationId: invitation.id,
        });
        return {
          ok: true,
          value: { resellerName: reseller.name, address: addressee.email },
        } as const;
      },
    ),
  );
}

export interface ProviderInvitationView {
  invitation: Invitation;
  provider: Tenant;
  providerOrg: PartnerOrganization | undefined;
  reseller: Tenant;
}

export type ProviderInvitationLoad = LinkOutcome<
  { view: ProviderInvitationView },
  ProviderInvitationBlock
>;

async function invitationContext(db: AppDB, token: string, userId: string) {
  const user: User | undefined = await db.users.get(userId);
  const invitation = token ? await db.invitations.where('token').equals(token).first() : undefined;
  const provider = invitation ? await db.tenants.get(invitation.partnerId) : undefined;
  const reseller = invitation?.customerId ? await db.tenants.get(invitation.customerId) : undefined;
  const [providerOrg, resellerOrg] = await Promise.all([
    provider ? db.partners.get(provider.id) : undefined,
    reseller ? db.partners.get(reseller.id) : undefined,
  ]);
  const alreadyLinked = !!(provider && reseller && (await findLink(db, provider.id, reseller.id)));
  const block = user
    ? checkProviderInvitation({
        invitation,
        provider,
        reseller,
        resellerOrg,
        personaTenantId: user.tenantId,
        personaRoles: user.roles,
        alreadyLinked,
      })
    : ({ key: 'notFound' } as const);
  return { user, invitation, provider, providerOrg, reseller, block };
}

/** What the Authorize indirect provider page shows, or why it can't be shown. */
export async function loadProviderInvitation(
  db: AppDB,
  token: string,
  userId: string,
): Promise<ProviderInvitationLoad> {
  const c = await invitationContext(db, token, userId);
  if (c.block) return { ok: false, block: c.block };
  return {
    ok: true,
    view: {
      invitation: c.invitation!,
      provider: c.provider!,
      providerOrg: c.providerOrg,
      reseller: c.reseller!,
    },
  };
}

export type AuthorizeOutcome = LinkOutcome<
  { providerName: string },
  ProviderInvitationBlock | { key: 'notAcknowledged'; ruleId: 'R-IND-8' }
>;

/**
 * W-CONNECT-PROVIDER step 3: the reseller's Admin agent ticks the box and selects Authorize
 * indirect provider. One transaction: re-check, create the link with the provider's admin
 * access to the reseller's work account (R-IND-8), mark the invitation used, tell the
 * provider. No customer moves anywhere (R-IND-9).
 */
export async function authorizeProvider(
  db: AppDB,
  token: string,
  userId: string,
  acknowledged: boolean,
): Promise<AuthorizeOutcome> {
  if (!acknowledged) return { ok: false, block: { key: 'notAcknowledged', ruleId: 'R-IND-8' } };
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.partners, db.providerLinks, db.invitations, db.mail, db.meta],
      async () => {
        const c = await invitationContext(db, token, userId);
        if (c.block) return { ok: false, block: c.block } as const;
        const provider = c.provider!;
        const reseller = c.reseller!;
        const meta = (await db.meta.get('world'))!;
        await db.providerLinks.add(
          R_IND_8_newLink(randomId('plink'), provider.id, reseller.id, meta.now),
        );
        await db.invitations.update(c.invitation!.id, { state: 'accepted', updatedAt: meta.now });
        const sender = await db.users.get(c.invitation!.senderUserId);
        if (sender) {
          await deliverMail(db, {
            ...SYSTEM_SENDER,
            to: [sender.email],
            subject: {
              kind: 'i18n',
              key: 'providers:mail.authorized.subject',
              params: { reseller: reseller.name },
            },
            body: {
              kind: 'i18n',
              key: 'providers:mail.authorized.body',
              params: {
                reseller: reseller.name,
                provider: provider.name,
                link: simLink('/partner-center/indirect-resellers'),
              },
            },
            invitationId: c.invitation!.id,
          });
        }
        return { ok: true, providerName: provider.name } as const;
      },
    ),
  );
}

/**
 * R-IND-8: the reseller removes its provider's admin access to the reseller's own work
 * account. The link stays: the provider is still listed and can still order (R-IND-10).
 */
export async function removeProviderAdminAccess(
  db: AppDB,
  userId: string,
  providerId: string,
): Promise<ProviderOutcome> {
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.partners, db.providerLinks], async () => {
      const actor = await actorAllowed(db, userId, 'pc.indirectProviders');
      if (!actor) return no('rules:R-IND-7', 'R-IND-7');
      if (!R_IND_8_canRemoveProviderAccess(actor.user.roles))
        return no('providers:access.errors.role', 'R-IND-7');
      const link = await findLink(db, providerId, actor.tenant.id);
      if (!link) return no('providers:errors.notLinked');
      if (!link.providerHasAdminAccess) return no('providers:access.errors.alreadyRemoved');
      await db.providerLinks.put(R_IND_8_linkWithoutAdminAccess(link));
      return { ok: true, value: undefined } as const;
    }),
  );
}

export type ProviderOrder =
  { kind: 'addLicenses'; subscriptionId: string; quantity: string } | { kind: 'azurePlan' };

/** Input problems of an order, before any data is read (shared with the order machine). */
export function checkProviderOrderInput(order: {
  kind: ProviderOrderKind | string;
  subscriptionId?: string;
  quantity?: string;
}): { field: 'kind' | 'subscription' | 'quantity'; key: string } | null {
  if (order.kind !== 'addLicenses' && order.kind !== 'azurePlan')
    return { field: 'kind', key: 'providers:order.errors.kind' };
  if (order.kind === 'azurePlan') return null;
  if (!order.subscriptionId)
    return { field: 'subscription', key: 'providers:order.errors.subscription.required' };
  const quantity = checkLicenseQuantity(order.quantity ?? '');
  return quantity
    ? { field: 'quantity', key: `providers:order.errors.quantity.${quantity}` }
    : null;
}

export type OrderResult =
  | { kind: 'addLicenses'; offerId: string; licenses: number }
  | { kind: 'azurePlan'; subscriptionId: string };

/**
 * A provider's order for a customer (R-IND-10, R-IND-8, R-MPR-6; role per PROVIDER_ORDER_FEATURE):
 * add licenses to one of the customer's licence-based subscriptions, or add an Azure plan that
 * the provider provisions. Any refusal leaves the world as it was.
 */
export async function submitProviderOrder(
  db: AppDB,
  userId: string,
  customerId: string,
  order: ProviderOrder,
): Promise<ProviderOutcome<OrderResult>> {
  const problem = checkProviderOrderInput(order);
  if (problem) return no(problem.key, undefined, { maxQuantity: String(LICENSES_MAX_STEP) });
  if (!isValidId(customerId)) return no('providers:order.errors.notFound');
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [
        db.users,
        db.tenants,
        db.partners,
        db.relationships,
        db.providerLinks,
        db.agreements,
        db.subscriptions,
      ],
      async () => {
        const actor = await actorAllowed(db, userId, PROVIDER_ORDER_FEATURE);
        if (!actor) return no('rules:R-IND-7', 'R-IND-7');
        const customer = await db.tenants.get(customerId);
        if (!customer || customer.kind !== 'customer') return no('providers:order.errors.notFound');
        const { resellerIds: _resellers, ...facts } = await loadProviderOrderFacts(
          db,
          actor.tenant.id,
          customerId,
        );
        const refusal = decideProviderOrder(facts);
        if (refusal)
          return no(`providers:order.refusals.${refusal.key}`, refusal.ruleId, {
            customer: customer.name,
          });
        if (order.kind === 'addLicenses') {
          const sub = await db.subscriptions.get(order.subscriptionId);
          if (!sub || sub.tenantId !== customerId) return no('providers:order.errors.notFound');
          if (!canAddLicensesTo(sub)) return no('providers:order.errors.subscription.notLicensed');
          const licenses = sub.licenses + Number(order.quantity.trim());
          await db.subscriptions.update(sub.id, { licenses });
          return {
            ok: true,
            value: { kind: 'addLicenses', offerId: sub.offerId, licenses },
          } as const;
        }
        const id = randomId('sub');
        await db.subscriptions.add({
          id,
          tenantId: customerId,
          partnerId: actor.tenant.id,
          offerId: 'azure-plan',
          licenses: 1,
          assigned: 0,
          status: 'active',
        });
        return { ok: true, value: { kind: 'azurePlan', subscriptionId: id } } as const;
      },
    ),
  );
}
