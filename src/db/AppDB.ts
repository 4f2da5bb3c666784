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
import type { AdminRelationship } from '../domain/adminRelationship';
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

/**
 * Version 2 adds a table only (the Today edition's GDAP relationships, issue 16): no data
 * changes, so no upgrade. A 2020 world leaves it empty.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // [partnerId+customerId] serves a customer's Admin relationships and R-GDAP-3's unique name;
  // [partnerId+status] the partner's expiring list; [customerId+status] the customer's approvals.
  adminRelationships:
    'id, partnerId, customerId, [partnerId+customerId], [partnerId+status], [customerId+status], status',
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
  adminRelationships!: EntityTable<AdminRelationship, 'id'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
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
      this.adminRelationships,
    ];
  }
}
