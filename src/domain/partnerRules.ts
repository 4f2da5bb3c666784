import { isReseller } from './customerRules';
import type { Cloud, Relationship, Subscription } from './types';
import { OFFERS } from './catalogue';

/**
 * R-REQ-2: the option not to request admin permissions does not exist for partners in
 * Microsoft Cloud for US Government or Microsoft Cloud Germany.
 */
export function R_REQ_2_canOmitAdminRoles(partnerCloud: Cloud): boolean {
  return partnerCloud !== 'usgov' && partnerCloud !== 'germany';
}

/** Why a partner can't perform a management action for a customer, with the rule behind it. */
export interface ManageRefusal {
  key: 'noRelationship' | 'noAdminRoles' | 'noMca' | 'soldByOther' | 'boughtDirectly';
  ruleId: string;
}

/** Who sold a customer's subscription, as the partner looking at it sees it. */
export type SubscriptionSeller = 'you' | 'otherPartner' | 'direct';

/**
 * R-REQ-1 ("partners see only what they sold"): a subscription is the partner's to manage only
 * if the partner sold (provisioned) it. One bought through another partner, or directly from
 * Microsoft (no partner), is shown to the partner but not manageable by it, whatever admin
 * permissions the partner holds.
 */
export function R_REQ_1_soldBy(
  subscription: Pick<Subscription, 'partnerId'>,
  partnerId: string,
): SubscriptionSeller {
  if (subscription.partnerId === undefined) return 'direct';
  return subscription.partnerId === partnerId ? 'you' : 'otherPartner';
}

export type ManageAction = 'addUser' | 'resetPassword' | 'addLicenses' | 'addAzureSubscription';

/**
 * R-REQ-1 and R-MPR-6: what a reseller may do for a customer.
 * - Buying (new licenses or subscriptions) needs the customer's MCA (R-MPR-6).
 * - Managing users, passwords and licenses needs admin permissions and the MCA (R-REQ-1).
 * - Without admin permissions the partner manages only Azure subscriptions it provisions (R-REQ-1).
 * - A subscription sold by another partner or bought directly is never the partner's to manage
 *   (R-REQ-1, R_REQ_1_soldBy).
 * R-IND-9: without a reseller relationship there is nothing to manage.
 */
export function decideManage(
  action: ManageAction,
  ctx: {
    relationship: Pick<Relationship, 'adminRoles' | 'resellerOf' | 'partnerId'> | undefined;
    hasMca: boolean;
    subscription?: Pick<Subscription, 'offerId' | 'partnerId'>;
  },
): ManageRefusal | null {
  const rel = ctx.relationship;
  if (!rel || !isReseller(rel)) return { key: 'noRelationship', ruleId: 'R-IND-9' };
  if (action === 'addLicenses' && ctx.subscription) {
    const seller = R_REQ_1_soldBy(ctx.subscription, rel.partnerId);
    if (seller === 'otherPartner') return { key: 'soldByOther', ruleId: 'R-REQ-1' };
    if (seller === 'direct') return { key: 'boughtDirectly', ruleId: 'R-REQ-1' };
  }
  if (!ctx.hasMca) return { key: 'noMca', ruleId: 'R-MPR-6' };
  if (action === 'addAzureSubscription') return null;
  if (rel.adminRoles.length > 0) return null;
  // Without admin permissions: only the Azure subscriptions this partner provisioned.
  const sub = ctx.subscription;
  const ownAzure =
    action === 'addLicenses' &&
    !!sub &&
    sub.partnerId === rel.partnerId &&
    (OFFERS.find((o) => o.id === sub.offerId)?.azure ?? false);
  return ownAzure ? null : { key: 'noAdminRoles', ruleId: 'R-REQ-1' };
}

/**
 * R-IND-12: removing a customer relationship takes the customer off the partner's list and
 * leaves delegated admin privileges as they are. What remains of the record, or null when
 * nothing remains (no admin roles were held).
 */
export function relationshipAfterRemoval(rel: Relationship): Relationship | null {
  if (rel.adminRoles.length === 0) return null;
  const { resellerOf: _dropped, ...rest } = rel;
  return { ...rest, type: 'delegatedAdmin' };
}

export const LICENSES_MAX_STEP = 10_000;

/** A licence quantity typed by a partner: a whole number from 1 to LICENSES_MAX_STEP. */
export function checkLicenseQuantity(raw: string): 'required' | 'notWhole' | 'range' | null {
  const text = raw.trim();
  if (!text) return 'required';
  if (!/^\d+$/.test(text)) return 'notWhole';
  const n = Number(text);
  return n >= 1 && n <= LICENSES_MAX_STEP ? null : 'range';
}
