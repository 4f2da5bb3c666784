import type { CompanyProfile } from './profile';
import type { Edition } from './edition';
import type { AdminRelationship } from './adminRelationship';
// The simulated world, as plain data. Framework-free: no Dexie, no Svelte, no i18next.
// Labels are never stored here; records hold codes that the UI translates.

/** Clouds (instances) a tenant lives in. The seeds distinguish these four. */
export const CLOUDS = ['public', 'usgov', 'germany', 'china21v'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** ISO 3166-1 alpha-2 country/region code. */
export type CountryCode = string;

/** What a tenant is in the world. A company may later enroll and become a partner. */
export const TENANT_KINDS = ['customer', 'partner', 'company'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export interface Tenant {
  id: string;
  name: string;
  /** Primary (verified) domain, always on `.example`. */
  domain: string;
  kind: TenantKind;
  cloud: Cloud;
  country: CountryCode;
}

/** Partner Center roles: the CSP agent roles plus the tenant roles the seeds name. */
export const PARTNER_ROLES = [
  'adminAgent',
  'salesAgent',
  'helpdeskAgent',
  'globalAdmin',
  'userAdmin',
  'billingAdmin',
] as const;
export const ROLES = [
  'adminAgent',
  'salesAgent',
  'helpdeskAgent',
  'globalAdmin',
  'billingAdmin',
  'userAdmin',
  'helpdeskAdmin',
] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  tenantId: string;
  displayName: string;
  /** Work email; unique in the world (and so in Partner Center, R-IND-6). */
  email: string;
  /** Ordered: the first role is the one a persona is introduced with. */
  roles: Role[];
  /** Set when a temporary password must be changed at first sign-in (R-IND-6). */
  mustChangePassword?: boolean;
  /** SHA-256 (hex) of the simulated password, when the user has one (never the password itself). */
  passwordHash?: string;
}

/** Programs a partner organization belongs to. */
export const PROGRAMS = [
  'cspDirect',
  'cspIndirectProvider',
  'cspIndirectReseller',
  'cloudEssentials',
  'cloudAccelerate',
  'cloudDeployment',
  'o365Partner',
] as const;
export type Program = (typeof PROGRAMS)[number];

/** Organization sizes the find-a-partner site filters on (W-FIND). */
export const ORG_SIZES = ['xs', 's', 'm', 'l', 'xl'] as const;
export type OrgSize = (typeof ORG_SIZES)[number];
/** Services a partner lists on the find-a-partner site; matched by keyword in any language. */
export const SERVICE_TAGS = [
  'licensing',
  'migration',
  'security',
  'teams',
  'azure',
  'devices',
  'training',
  'support',
] as const;
export type ServiceTag = (typeof SERVICE_TAGS)[number];

/** A partner's entry on the find-a-partner site. */
export interface PartnerListing {
  city: string;
  sizes: OrgSize[];
  services: ServiceTag[];
}

export interface PartnerOrganization {
  /** The partner's tenant; one organization per tenant. */
  tenantId: string;
  mpnId: string;
  programs: Program[];
  legalName: string;
  primaryContactEmail: string;
  supportEmail: string;
  supportPhone: string;
  /** Present when the partner is listed on the find-a-partner site. */
  listing?: PartnerListing;
}

/** The seven partner types a customer sees (R-MPR-2). */
export const PARTNER_TYPES = [
  'reseller',
  'delegatedAdmin',
  'resellerAndDelegatedAdmin',
  'partner',
  'advisor',
  'mpsaPartner',
  'lobPartner',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/**
 * A partner–customer relationship. Admin rights are kept as a list of grants rather than
 * a boolean so that a later GDAP edition (granular, time-bound roles) fits without a rewrite.
 */
export interface Relationship {
  id: string;
  partnerId: string;
  customerId: string;
  /** Denormalized for the indexed, paged Customers list of a partner with 10,000 customers. */
  customerName: string;
  /** Lower-cased name, for case-insensitive prefix search on an index. */
  customerNameLower: string;
  type: PartnerType;
  /** Delegated admin privileges: the customer roles the partner holds (R-MPR-3). */
  adminRoles: Role[];
  partnerOfRecord: boolean;
  /**
   * Set (to partnerId) when this partner is a reseller of record and may transact. It is a
   * field rather than a flag so that the index [resellerOf+customerNameLower] holds exactly the
   * rows of a partner's Customers page (R-IND-9): absent keys are not indexed.
   */
  resellerOf?: string;
  createdAt: number;
  /** When admin roles were removed by the customer (R-MPR-7, R-REQ-6). */
  rolesRemovedAt?: number;
  /** How it began: a CSP reseller invitation, or an Office 365 partner offer (R-O365-3 counts only these). */
  source?: 'csp' | 'o365';
}

/** An indirect provider ↔ indirect reseller link (W-CONNECT-PROVIDER). */
export interface ProviderLink {
  id: string;
  providerId: string;
  resellerId: string;
  createdAt: number;
  /** R-IND-8: admin access to the reseller's own work account, removable later. */
  providerHasAdminAccess: boolean;
}

// Office 365 trial invitations and purchase offers live in their own table (O365Offer).
export const INVITATION_KINDS = ['reseller', 'resellerWithProvider', 'indirectProvider'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];
export const INVITATION_STATES = ['draft', 'sent', 'accepted', 'cancelled', 'failed'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export interface Invitation {
  id: string;
  /** The personal link's secret (R-IND-11). */
  token: string;
  kind: InvitationKind;
  state: InvitationState;
  /** Partner tenant that sends it. */
  partnerId: string;
  /** The partner user who sent it: told when it is accepted, cancelled or fails. */
  senderUserId: string;
  /** For three-way invitations: the indirect provider asked for too (R-IND-10). */
  providerId?: string;
  /** Addressee tenant, known once the mail is sent to one of its users. */
  customerId?: string;
  includesAdminRoles: boolean;
  /** R-IND-11: whether the mail that reached the customer still carried the personal link. */
  linkDelivered: boolean;
  createdAt: number;
  updatedAt: number;
  /** Why it failed, as an error key (e.g. `rules:R-REQ-3`). */
  failureKey?: string;
}

export const AGREEMENT_KINDS = ['mca'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export interface Agreement {
  id: string;
  tenantId: string;
  kind: AgreementKind;
  acceptedAt: number;
  acceptedByUserId: string;
}

export interface Subscription {
  id: string;
  tenantId: string;
  /** The partner that provisioned it, if any. */
  partnerId?: string;
  offerId: string;
  licenses: number;
  assigned: number;
  status: 'active' | 'trial' | 'expired';
  endsAt?: number;
}

/**
 * A mail text is either words a person typed (stored verbatim, always rendered as text)
 * or a system message stored as an i18n key with parameters, so it reads in the
 * learner's current language.
 */
export type MailText =
  | { kind: 'plain'; text: string }
  | { kind: 'i18n'; key: string; params?: Record<string, string | number> };

export interface Mail {
  id: string;
  /** The mailbox (recipient email) this copy belongs to. */
  mailbox: string;
  fromName: string;
  fromEmail: string;
  to: string[];
  subject: MailText;
  body: MailText;
  sentAt: number;
  /** 0 or 1: booleans cannot be indexed in IndexedDB. */
  read: 0 | 1;
  /** The invitation this mail carries, if any. */
  invitationId?: string;
}

/** A Partner Membership Center account, used to link an MPN ID during enrollment (R-IND-1, R-IND-2). */
export interface PmcAccount {
  id: string;
  userName: string;
  password: string;
  profiles: PmcProfile[];
}
export interface PmcProfile {
  mpnId: string;
  organizationName: string;
  country: CountryCode;
  active: boolean;
}

/** An Office 365 partner's trial invitation or purchase offer (W-TRIAL, W-OFFER). */
export interface O365Offer {
  id: string;
  token: string;
  kind: 'trial' | 'purchase';
  partnerId: string;
  senderUserId: string;
  customerId?: string;
  services: { offerId: string; licenses: number }[];
  /** The delegated administration offer that can travel with it (R-O365-1, R-O365-2). */
  includesDelegatedAdmin: boolean;
  state: 'sent' | 'accepted' | 'ignored' | 'expired';
  delegatedAdminState?: 'pending' | 'accepted' | 'declined' | 'refused';
  trialDays?: number;
  createdAt: number;
  updatedAt: number;
}

/** A company's enrollment in Partner Center as an indirect reseller (W-ENROLL), step by step. */
export interface Enrollment {
  id: string;
  /** The Global admin who enrolls. */
  userId: string;
  tenantId: string;
  step: string;
  mpnId?: string;
  pmcAccountId?: string;
  profile?: Record<string, string>;
  verificationToken?: string;
  verifiedAt?: number;
  submittedAt?: number;
  reviewDoneAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface WorldMeta {
  /** Always 'world': a single row. */
  key: 'world';
  scenario: string;
  /** Simulated clock, ms since epoch. */
  now: number;
  /** The persona a fresh tab starts as. */
  defaultPersonaId: string;
  /** The partner's own company (issue 15), when one was applied; absent in the default world. */
  profile?: CompanyProfile;
  /** The edition (domain/edition.ts); absent in a 2020 world, which stays the default. */
  edition?: Edition;
}

/** A whole world: what export writes and import reads. */
export interface World {
  meta: WorldMeta;
  tenants: Tenant[];
  users: User[];
  partners: PartnerOrganization[];
  relationships: Relationship[];
  providerLinks: ProviderLink[];
  invitations: Invitation[];
  agreements: Agreement[];
  subscriptions: Subscription[];
  mail: Mail[];
  pmcAccounts: PmcAccount[];
  o365Offers: O365Offer[];
  enrollments: Enrollment[];
  /**
   * GDAP relationships (the Today edition, domain/adminRelationship.ts). Optional: absent in a
   * 2020 world and in files written before it existed, so those read and write as before.
   */
  adminRelationships?: AdminRelationship[];
}
