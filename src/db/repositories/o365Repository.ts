import type { AppDB } from '../AppDB';
import type { O365Offer, Relationship, Subscription, Tenant, User } from '../../domain/types';
import { parseRecipients, R_IND_11_linkKept, validateComposer } from '../../domain/composer';
import {
  canBePartnerOfRecord,
  checkMpnId,
  checkOfferLink,
  checkOfferRecipient,
  delegatedAdminOpen,
  delegatedAdminStateOf,
  hasDraftErrors,
  invitationExpiresAt,
  offerStateAt,
  R_O365_1_canOfferDelegatedAdmin,
  R_O365_3_otherDelegatedAdmin,
  R_O365_4_partnerOfRecordFlags,
  R_O365_6_partnerFeaturesAvailable,
  relationshipAfterDelegatedAdmin,
  servicesOpen,
  servicesToStore,
  subscriptionIdOf,
  subscriptionsFromOffer,
  subscriptionStatusAt,
  trialDaysOf,
  validateOfferDraft,
  type OfferBlock,
  type OfferKind,
  type ServiceDraft,
} from '../../domain/o365Rules';
import { randomId } from '../../domain/ids';
import { editionOf } from '../../domain/edition';
import { R_GDAP_1_checkRequest } from '../../domain/editionRules';
import type { MailDraft } from '../../domain/composer';
import { refuse, type LinkOutcome, type Outcome } from '../../domain/outcome';
import { actorAllowed, loadActor } from './actor';
import { deliverComposedMail, deliverMail, SYSTEM_SENDER } from './mailOut';
import { reportingWrite } from './outcome';

// Office 365 partner features: W-TRIAL, W-OFFER (partner side), the customer's answer to the
// personal link (R-O365-2, R-O365-3) and W-POR (R-O365-4). Each write is one transaction that
// checks every rule again on fresh data; a refusal changes nothing.

/** What W-TRIAL / W-OFFER sends: the offer's terms and the (edited) draft email. */
export interface SendOfferInput {
  kind: OfferKind;
  services: ServiceDraft[];
  includesDelegatedAdmin: boolean;
  token: string;
  link: string;
  to: string;
  draft: MailDraft;
}

export type SendOfferOutcome = Outcome<{ customerName: string }>;

export function newOfferToken(): string {
  return randomId('o', 20);
}

/**
 * W-TRIAL / W-OFFER: records the offer and sends the (edited) email to the customer's admin.
 * Checked again here: the role and program (R-IND-7), R-O365-1 for the delegated administration
 * option, the services and licence counts, the email, the personal link (R-O365-2), and the
 * recipient: one customer organization in the partner's cloud, not 21Vianet (R-O365-6).
 */
export async function sendO365Offer(
  db: AppDB,
  userId: string,
  input: SendOfferInput,
): Promise<SendOfferOutcome> {
  if (Object.keys(validateComposer({ to: input.to, ...input.draft })).length)
    return refuse('o365:send.errors.invalidMail');
  // R-O365-2: without the link in the mail, the customer has nothing to answer with.
  if (!R_IND_11_linkKept(input.draft.body, input.link))
    return refuse('o365:send.errors.linkMissing');
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.partners, db.o365Offers, db.mail, db.meta],
      async () => {
        const actor = await actorAllowed(db, userId, 'pc.partnerOverview');
        if (!actor) return refuse('rules:R-IND-7');
        const canOfferDelegatedAdmin = R_O365_1_canOfferDelegatedAdmin(
          actor.partner?.programs ?? [],
        );
        if (input.includesDelegatedAdmin && !canOfferDelegatedAdmin)
          return refuse('rules:R-O365-1');
        // R-GDAP-1: a Today world has no delegated administration to offer (the page shows none;
        // a draft kept from before or a crafted call could still ask for it).
        const meta = (await db.meta.get('world'))!;
        const noDap = R_GDAP_1_checkRequest(editionOf(meta), input.includesDelegatedAdmin);
        if (noDap) return refuse(noDap.key);
        const draftErrors = validateOfferDraft({
          kind: input.kind,
          services: input.services,
          includesDelegatedAdmin: input.includesDelegatedAdmin,
          canOfferDelegatedAdmin,
        });
        if (hasDraftErrors(draftErrors)) return refuse('o365:send.errors.invalidServices');

        const recipients = parseRecipients(input.to);
        const users = await db.users.where('email').anyOf(recipients).toArray();
        const unknown = recipients.filter((r) => !users.some((u) => u.email === r));
        if (unknown.length)
          return refuse('o365:send.errors.unknownRecipient', { address: unknown.join(', ') });
        const tenantIds = [...new Set(users.map((u) => u.tenantId))];
        if (tenantIds.length > 1) return refuse('o365:send.errors.severalCustomers');
        const customer = await db.tenants.get(tenantIds[0]!);
        if (!customer)
          return refuse('o365:send.errors.unknownRecipient', { address: recipients.join(', ') });
        const problem = checkOfferRecipient(actor.tenant, customer);
        if (problem)
          return refuse(`o365:send.errors.${problem}`, {
            customer: customer.name,
            address: recipients.join(', '),
          });
        if (await db.o365Offers.where('token').equals(input.token).count())
          return refuse('o365:send.errors.sendFailed');

        const services = servicesToStore(input.kind, input.services);
        const offer: O365Offer = {
          id: randomId('o365'),
          token: input.token,
          kind: input.kind,
          partnerId: actor.tenant.id,
          senderUserId: actor.user.id,
          customerId: customer.id,
          services,
          includesDelegatedAdmin: input.includesDelegatedAdmin,
          state: 'sent',
          ...(input.includesDelegatedAdmin ? { delegatedAdminState: 'pending' as const } : {}),
          ...(input.kind === 'trial' ? { trialDays: trialDaysOf(services) } : {}),
          createdAt: meta.now,
          updatedAt: meta.now,
        };
        await db.o365Offers.add(offer);
        await deliverComposedMail(db, actor.user, recipients, input.draft);
        return { ok: true as const, customerName: customer.name };
      },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The customer's side

export interface OfferView {
  offer: O365Offer;
  /** As of the simulated clock: an unanswered trial invitation expires. */
  state: O365Offer['state'];
  delegatedAdminState: O365Offer['delegatedAdminState'];
  partner: Tenant;
  customer: Tenant;
  servicesOpen: boolean;
  delegatedAdminOpen: boolean;
  expiresAt?: number;
  /** Both parts answered: nothing more can be done with this link. */
  used: boolean;
  /** What accepting the services created, with the status as of the clock. */
  subscriptions: Subscription[];
  /** R-O365-3: another partner already administers the customer through these offers. */
  otherDelegatedAdmin?: { partnerId: string; name: string };
  now: number;
}

export type OfferLoad = LinkOutcome<{ view: OfferView }, OfferBlock>;
export type OfferActionOutcome = Outcome;

async function offerContext(db: AppDB, token: string, userId: string) {
  const user = await db.users.get(userId);
  const personaTenant = user ? await db.tenants.get(user.tenantId) : undefined;
  const offer = token ? await db.o365Offers.where('token').equals(token).first() : undefined;
  const partner = offer ? await db.tenants.get(offer.partnerId) : undefined;
  const meta = await db.meta.get('world');
  return { user, personaTenant, offer, partner, now: meta?.now ?? 0 };
}

async function otherDelegatedAdminOf(
  db: AppDB,
  customerId: string,
  partnerId: string,
): Promise<OfferView['otherDelegatedAdmin']> {
  const rels = await db.relationships.where('customerId').equals(customerId).toArray();
  const other = R_O365_3_otherDelegatedAdmin(rels, partnerId);
  if (!other) return undefined;
  const tenant = await db.tenants.get(other.partnerId);
  return { partnerId: other.partnerId, name: tenant?.name ?? other.partnerId };
}

/** What the offer page shows, or why the link can't be used by this persona. */
export async function loadOffer(db: AppDB, token: string, userId: string): Promise<OfferLoad> {
  return db.transaction(
    'r',
    [db.users, db.tenants, db.o365Offers, db.relationships, db.subscriptions, db.meta],
    async () => {
      const { user, personaTenant, offer, partner, now } = await offerContext(db, token, userId);
      if (!user || !personaTenant)
        return { ok: false as const, block: { key: 'notFound' as const } };
      const block = checkOfferLink({
        offer,
        partner,
        personaTenant,
        personaRoles: user.roles,
        now,
      });
      // A used link is shown read-only, with what was done; every other block is a refusal page.
      if (block && block.key !== 'used') return { ok: false as const, block };
      const o = offer!;
      const subs = await db.subscriptions.bulkGet(
        o.services.map((s) => subscriptionIdOf(o.id, s.offerId)),
      );
      const expiresAt = invitationExpiresAt(o);
      return {
        ok: true as const,
        view: {
          offer: o,
          state: offerStateAt(o, now),
          delegatedAdminState: delegatedAdminStateOf(o),
          partner: partner!,
          customer: personaTenant,
          servicesOpen: servicesOpen(o, now),
          delegatedAdminOpen: delegatedAdminOpen(o, now),
          ...(expiresAt !== undefined ? { expiresAt } : {}),
          used: block?.key === 'used',
          subscriptions: subs.flatMap((s) =>
            s ? [{ ...s, status: subscriptionStatusAt(s, now) }] : [],
          ),
          otherDelegatedAdmin: o.includesDelegatedAdmin
            ? await otherDelegatedAdminOf(db, personaTenant.id, o.partnerId)
            : undefined,
          now,
        },
      };
    },
  );
}

function senderMailbox(sender: User | undefined): string[] {
  return sender ? [sender.email] : [];
}

const blocked = (block: OfferBlock) => refuse(`o365:offer.blocks.${block.key}`);

/**
 * The customer starts the trial (subscriptions with status 'trial' that end after the trial
 * length) or accepts the purchase offer (paid subscriptions with the offered licence counts,
 * associated with the partner). The partner is told.
 */
export async function acceptOfferServices(
  db: AppDB,
  token: string,
  userId: string,
): Promise<OfferActionOutcome> {
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.o365Offers, db.subscriptions, db.mail, db.meta],
      async () => {
        const { user, personaTenant, offer, partner, now } = await offerContext(db, token, userId);
        if (!user || !personaTenant) return blocked({ key: 'notFound' });
        const block = checkOfferLink({
          offer,
          partner,
          personaTenant,
          personaRoles: user.roles,
          now,
        });
        if (block) return blocked(block);
        const o = offer!;
        if (!servicesOpen(o, now))
          return refuse(
            offerStateAt(o, now) === 'expired'
              ? 'o365:offer.blocks.expired'
              : 'o365:offer.errors.servicesDone',
          );
        await db.subscriptions.bulkAdd(subscriptionsFromOffer(o, personaTenant.id, now));
        await db.o365Offers.update(o.id, { state: 'accepted', updatedAt: now });
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: senderMailbox(await db.users.get(o.senderUserId)),
          subject: {
            kind: 'i18n',
            key: `o365:mail.${o.kind}Accepted.subject`,
            params: { customer: personaTenant.name },
          },
          body: {
            kind: 'i18n',
            key: `o365:mail.${o.kind}Accepted.body`,
            params: { customer: personaTenant.name, name: user.displayName },
          },
        });
        return { ok: true as const };
      },
    ),
  );
}

/**
 * R-O365-2: the customer answers the delegated administration offer (accept or decline),
 * separately from the services. R-O365-3: accepting is refused while another partner holds
 * delegated administration through these offers; the refusal names it. Accepting grants
 * Global admin and Helpdesk admin (R-MPR-3) on a relationship marked source 'o365'.
 */
export async function answerDelegatedAdmin(
  db: AppDB,
  token: string,
  userId: string,
  accept: boolean,
): Promise<OfferActionOutcome> {
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.o365Offers, db.relationships, db.mail, db.meta],
      async () => {
        const { user, personaTenant, offer, partner, now } = await offerContext(db, token, userId);
        if (!user || !personaTenant) return blocked({ key: 'notFound' });
        const block = checkOfferLink({
          offer,
          partner,
          personaTenant,
          personaRoles: user.roles,
          now,
        });
        if (block) return blocked(block);
        const o = offer!;
        if (!delegatedAdminOpen(o, now))
          return refuse(
            o.includesDelegatedAdmin
              ? 'o365:offer.errors.delegatedAdminDone'
              : 'o365:offer.errors.noDelegatedAdmin',
          );
        // R-GDAP-1: in a Today world no answer grants delegated admin roles (an offer that still
        // asks for them can only come from an imported or hand-made world).
        if (accept) {
          const noDap = R_GDAP_1_checkRequest(
            editionOf((await db.meta.get('world'))!),
            o.includesDelegatedAdmin,
          );
          if (noDap) return refuse(noDap.key);
        }
        const sender = await db.users.get(o.senderUserId);
        if (!accept) {
          await db.o365Offers.update(o.id, { delegatedAdminState: 'declined', updatedAt: now });
          await deliverMail(db, {
            ...SYSTEM_SENDER,
            to: senderMailbox(sender),
            subject: {
              kind: 'i18n',
              key: 'o365:mail.delegatedAdminDeclined.subject',
              params: { customer: personaTenant.name },
            },
            body: {
              kind: 'i18n',
              key: 'o365:mail.delegatedAdminDeclined.body',
              params: { customer: personaTenant.name },
            },
          });
          return { ok: true as const };
        }
        const rels = await db.relationships.where('customerId').equals(personaTenant.id).toArray();
        const other = R_O365_3_otherDelegatedAdmin(rels, o.partnerId);
        if (other) {
          const otherTenant = await db.tenants.get(other.partnerId);
          return refuse('o365:offer.errors.oneDelegatedAdmin', {
            partner: otherTenant?.name ?? other.partnerId,
            customer: personaTenant.name,
            offering: partner!.name,
          });
        }
        const existing = rels.find((r) => r.partnerId === o.partnerId);
        const after = relationshipAfterDelegatedAdmin(existing);
        if (existing) {
          await db.relationships.update(existing.id, { ...after, rolesRemovedAt: undefined });
        } else {
          const rel: Relationship = {
            id: randomId('rel'),
            partnerId: o.partnerId,
            customerId: personaTenant.id,
            customerName: personaTenant.name,
            customerNameLower: personaTenant.name.toLowerCase(),
            partnerOfRecord: false,
            createdAt: now,
            ...after,
          };
          await db.relationships.add(rel);
        }
        await db.o365Offers.update(o.id, { delegatedAdminState: 'accepted', updatedAt: now });
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: senderMailbox(sender),
          subject: {
            kind: 'i18n',
            key: 'o365:mail.delegatedAdminAccepted.subject',
            params: { customer: personaTenant.name },
          },
          body: {
            kind: 'i18n',
            key: 'o365:mail.delegatedAdminAccepted.body',
            params: { customer: personaTenant.name, partner: partner!.name },
          },
        });
        return { ok: true as const };
      },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// W-POR

export type PartnerChoice = { by: 'list'; partnerId: string } | { by: 'mpn'; mpnId: string };
export type PorOutcome = Outcome<{ partnerName: string }>;

/**
 * W-POR (R-O365-4): the customer designates its partner of record, chosen from the list or by
 * MPN ID; exactly one at a time, and independent of delegated administration (admin roles are
 * never touched). Without a relationship yet, one of type 'partner' with no roles is created.
 */
export async function setPartnerOfRecord(
  db: AppDB,
  userId: string,
  choice: PartnerChoice,
): Promise<PorOutcome> {
  if (choice.by === 'mpn') {
    const problem = checkMpnId(choice.mpnId);
    if (problem) return refuse(`o365:por.errors.mpn.${problem}`);
  }
  return reportingWrite(() =>
    db.transaction(
      'rw',
      [db.users, db.tenants, db.partners, db.relationships, db.mail, db.meta],
      async () => {
        const actor = await actorAllowed(db, userId, 'ac.billing.partnerRelationships');
        if (!actor) {
          const who = await loadActor(db, userId);
          return refuse(
            who && !R_O365_6_partnerFeaturesAvailable(who.tenant.cloud)
              ? 'rules:R-O365-6'
              : 'rules:R-MPR-1',
          );
        }
        const customer = actor.tenant;
        const org =
          choice.by === 'mpn'
            ? await db.partners.where('mpnId').equals(choice.mpnId.trim()).first()
            : await db.partners.get(choice.partnerId);
        if (!org)
          return choice.by === 'mpn'
            ? refuse('o365:por.errors.mpnUnknown', { mpn: choice.mpnId.trim() })
            : refuse('o365:por.errors.partnerUnknown');
        const partner = await db.tenants.get(org.tenantId);
        if (!partner || !canBePartnerOfRecord(partner, customer))
          return refuse('o365:por.errors.otherCloud', { partner: partner?.name ?? org.legalName });
        const rels = await db.relationships.where('customerId').equals(customer.id).toArray();
        const flags = R_O365_4_partnerOfRecordFlags(rels, partner.id);
        if (flags.length === 0 && rels.some((r) => r.partnerId === partner.id))
          return refuse('o365:por.errors.already', { partner: partner.name });
        const meta = (await db.meta.get('world'))!;
        for (const f of flags)
          await db.relationships.update(f.id, { partnerOfRecord: f.partnerOfRecord });
        if (!rels.some((r) => r.partnerId === partner.id)) {
          await db.relationships.add({
            id: randomId('rel'),
            partnerId: partner.id,
            customerId: customer.id,
            customerName: customer.name,
            customerNameLower: customer.name.toLowerCase(),
            type: 'partner',
            adminRoles: [],
            partnerOfRecord: true,
            createdAt: meta.now,
          });
        }
        const staff = await db.users.where('tenantId').equals(partner.id).toArray();
        await deliverMail(db, {
          ...SYSTEM_SENDER,
          to: staff
            .filter((u) => u.roles.includes('adminAgent') || u.roles.includes('globalAdmin'))
            .map((u) => u.email),
          subject: {
            kind: 'i18n',
            key: 'o365:mail.partnerOfRecord.subject',
            params: { customer: customer.name },
          },
          body: {
            kind: 'i18n',
            key: 'o365:mail.partnerOfRecord.body',
            params: { customer: customer.name, partner: partner.name },
          },
        });
        return { ok: true as const, partnerName: partner.name };
      },
    ),
  );
}
