import type { AppDB } from '../AppDB';
import { effectiveAccess, type AdminRelationship } from '../../domain/adminRelationship';
import type { Role } from '../../domain/types';
import { NOTICE_DAYS } from '../../domain/gdapRules';
import { expiringAdminRelationships } from '../repositories/adminRelationships';

// What the partner's GDAP pages read live (W-GDAP-ASSIGN, W-GDAP-TERMINATE-PARTNER,
// W-GDAP-EXTEND). Only the partner's own relationships: another partner's id reads as none.

/** One admin relationship of the partner with this customer, or undefined. */
export async function partnerAdminRelationship(
  db: AppDB,
  args: { partnerId: string; customerId: string; relationshipId: string },
): Promise<AdminRelationship | undefined> {
  const r = await db.adminRelationships.get(args.relationshipId);
  return r && r.partnerId === args.partnerId && r.customerId === args.customerId ? r : undefined;
}

export interface ExpiringView {
  /** Relationships ending within each tile's days (30, 7, 1), soonest first. */
  counts: Record<number, number>;
  rows: (AdminRelationship & { customerName: string })[];
}

/** W-GDAP-EXTEND: the tiles' counts and the selected tile's relationships with customer names. */
export async function expiringView(
  db: AppDB,
  args: { partnerId: string; withinDays: number },
): Promise<ExpiringView> {
  const lists = await Promise.all(
    NOTICE_DAYS.map((d) => expiringAdminRelationships(db, args.partnerId, d)),
  );
  const counts = Object.fromEntries(NOTICE_DAYS.map((d, i) => [d, lists[i]!.length]));
  const rows = lists[NOTICE_DAYS.indexOf(args.withinDays as 30)] ?? [];
  const tenants = await db.tenants.bulkGet([...new Set(rows.map((r) => r.customerId))]);
  const names = new Map(tenants.filter(Boolean).map((t) => [t!.id, t!.name]));
  return { counts, rows: rows.map((r) => ({ ...r, customerName: names.get(r.customerId) ?? '' })) };
}

/**
 * W-DAP-TO-GDAP, audit and verify: what the partner holds at one customer — DAP (the reseller
 * relationship's 2020-style admin roles, or when they were removed) and the access this user
 * has there now (R-GDAP-10: GDAP takes precedence; R-GDAP-8: only through an Active assignment
 * to a group the user is in).
 */
export interface PartnerAccessView {
  dap: { roles: Role[]; removedAt?: number } | undefined;
  access: ReturnType<typeof effectiveAccess>;
}

export async function partnerAccessAt(
  db: AppDB,
  args: { partnerId: string; customerId: string; userId: string },
): Promise<PartnerAccessView> {
  const [reseller, user, relationships] = await Promise.all([
    db.relationships
      .where('[partnerId+customerId]')
      .equals([args.partnerId, args.customerId])
      .first(),
    db.users.get(args.userId),
    db.adminRelationships
      .where('[partnerId+customerId]')
      .equals([args.partnerId, args.customerId])
      .toArray(),
  ]);
  const dap = reseller
    ? {
        roles: [...reseller.adminRoles],
        ...(reseller.rolesRemovedAt === undefined ? {} : { removedAt: reseller.rolesRemovedAt }),
      }
    : undefined;
  const access =
    user && user.tenantId === args.partnerId
      ? effectiveAccess(user, args.customerId, relationships, reseller)
      : ({ via: 'none' } as const);
  return { dap, access };
}

/**
 * A customer's review link opened by partner staff (R-GDAP-7): the partner's own request, with
 * its customer's name, so the page can say who must open it; another partner's id reads as none.
 */
export async function ownRequestForReview(
  db: AppDB,
  args: { partnerId: string; relationshipId: string },
): Promise<{ relationship: AdminRelationship; customerName: string } | null> {
  const r = await db.adminRelationships.get(args.relationshipId);
  if (!r || r.partnerId !== args.partnerId) return null;
  const customer = await db.tenants.get(r.customerId);
  return { relationship: r, customerName: customer?.name ?? '' };
}
