import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  Agreement,
  Invitation,
  Enrollment,
  Mail,
  O365Offer,
  PartnerOrganization,
  PmcAccount,
  ProviderLink,
  Relationship,
  Subscription,
  Tenant,
  User,
  WorldMeta,
} from '../domain/types';
import { worldRulesMiddleware } from './worldRulesMiddleware';

/** Prefixed: every GitHub Pages project of one account shares the origin's IndexedDB. */
export const DB_NAME = 'partner-sim.world';

/** A persisted workflow actor snapshot (survives reloads), keyed by workflow and persona. */
export interface SnapshotRow {
  key: string;
  machineVersion: number;
  snapshot: unknown;
  savedAt: number;
  /**
   * The machine that saved it (not indexed: a handful of rows), so the training coach can tell
   * after a reload which workflow state the page will restore. Rows saved before lack it.
   */
  machineId?: string;
}

/**
 * Every version stays here forever, in order. A version that changes data gets an
 * `upgrade()` and a test that opens a fixture of the previous version (test/fixtures/).
 */
export const SCHEMA_V1 = {
  meta: 'key',
  tenants: 'id, kind, &domain',
  users: 'id, tenantId, &email',
  partners: 'tenantId, &mpnId',
  // [resellerOf+customerNameLower] serves the paged, sorted, prefix-searched Customers list.
  relationships:
    'id, partnerId, customerId, &[partnerId+customerId], [resellerOf+customerNameLower]',
  providerLinks: 'id, providerId, resellerId, &[providerId+resellerId]',
  invitations: 'id, &token, partnerId, customerId',
  agreements: 'id, [tenantId+kind]',
  subscriptions: 'id, tenantId, partnerId',
  mail: 'id, [mailbox+sentAt], [mailbox+read]',
  pmcAccounts: 'id, &userName',
  o365Offers: 'id, &token, partnerId, customerId',
  enrollments: 'id, userId, tenantId',
  snapshots: 'key',
} as const;

export class AppDB extends Dexie {
  meta!: EntityTable<WorldMeta, 'key'>;
  tenants!: EntityTable<Tenant, 'id'>;
  users!: EntityTable<User, 'id'>;
  partners!: EntityTable<PartnerOrganization, 'tenantId'>;
  relationships!: EntityTable<Relationship, 'id'>;
  providerLinks!: EntityTable<ProviderLink, 'id'>;
  invitations!: EntityTable<Invitation, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  subscriptions!: EntityTable<Subscription, 'id'>;
  mail!: EntityTable<Mail, 'id'>;
  pmcAccounts!: EntityTable<PmcAccount, 'id'>;
  o365Offers!: EntityTable<O365Offer, 'id'>;
  enrollments!: EntityTable<Enrollment, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // Every write of a world record keeps the world's rules (issue 17): one place, all repositories.
    this.use(worldRulesMiddleware);
  }

  /** The tables a world consists of (what export writes and reset replaces). */
  get worldTables() {
    return [
      this.meta,
      this.tenants,
      this.users,
      this.partners,
      this.relationships,
      this.providerLinks,
      this.invitations,
      this.agreements,
      this.subscriptions,
      this.mail,
      this.pmcAccounts,
      this.o365Offers,
      this.enrollments,
      this.snapshots,
    ];
  }
}
