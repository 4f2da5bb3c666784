import type { AppDB } from '../AppDB';
import { R_MPR_1_canManagePartners } from '../../domain/customerRules';
import { partnerFeaturesAvailable } from '../../domain/portals';
import { randomId } from '../../domain/ids';
import { reportingWrite } from './outcome';

/** W-MCA: whether the persona's organization still has to accept the MCA, or may not. */
export type McaStatus =
  | { kind: 'needed' }
  | { kind: 'accepted'; acceptedAt: number }
  | { kind: 'blocked'; key: 'role' | 'unavailable21v'; ruleId: string };

async function status(
  db: AppDB,
  userId: string,
): Promise<{ status: McaStatus; tenantId?: string }> {
  const user = await db.users.get(userId);
  const tenant = user ? await db.tenants.get(user.tenantId) : undefined;
  if (!user || !tenant || tenant.kind === 'partner')
    return { status: { kind: 'blocked', key: 'role', ruleId: 'R-MPR-1' } };
  if (!partnerFeaturesAvailable(tenant.cloud))
    return { status: { kind: 'blocked', key: 'unavailable21v', ruleId: 'R-O365-6' } };
  if (!R_MPR_1_canManagePartners(user.roles))
    return { status: { kind: 'blocked', key: 'role', ruleId: 'R-MPR-1' } };
  const mca = await db.agreements.where('[tenantId+kind]').equals([tenant.id, 'mca']).first();
  return {
    status: mca ? { kind: 'accepted', acceptedAt: mca.acceptedAt } : { kind: 'needed' },
    tenantId: tenant.id,
  };
}

/** Whether this persona's organization still has to accept the MCA, and whether the persona may (R-MPR-1). */
export async function mcaStatus(db: AppDB, userId: string): Promise<McaStatus> {
  return (await status(db, userId)).status;
}

/** W-MCA: records the customer's acceptance of the Microsoft Customer Agreement, re-checking R-MPR-1. */
export async function acceptMca(db: AppDB, userId: string): Promise<McaStatus> {
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.agreements, db.meta], async () => {
      const current = await status(db, userId);
      if (current.status.kind !== 'needed' || !current.tenantId) return current.status;
      const meta = (await db.meta.get('world'))!;
      await db.agreements.add({
        id: randomId('mca'),
        tenantId: current.tenantId,
        kind: 'mca',
        acceptedAt: meta.now,
        acceptedByUserId: userId,
      });
      return { kind: 'accepted', acceptedAt: meta.now } as const;
    }),
  );
}
