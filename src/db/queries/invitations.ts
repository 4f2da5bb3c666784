import type { AppDB } from '../AppDB';
import type { User } from '../../domain/types';
import { R_MPR_1_canManagePartners } from '../../domain/customerRules';

/** The customer admins who may act on an invitation (R-MPR-1), to offer switching persona. */
export async function invitationAddressees(db: AppDB, token: string): Promise<User[]> {
  const inv = await db.invitations.where('token').equals(token).first();
  if (!inv?.customerId) return [];
  const users = await db.users.where('tenantId').equals(inv.customerId).toArray();
  return users.filter((u) => R_MPR_1_canManagePartners(u.roles));
}
