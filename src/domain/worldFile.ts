import {
  arr,
  bool,
  literal,
  num,
  obj,
  oneOf,
  record,
  str,
  union,
  type Schema,
  type SchemaIssue,
} from '../lib/schema';
import {
  AGREEMENT_KINDS,
  CLOUDS,
  INVITATION_KINDS,
  INVITATION_STATES,
  ORG_SIZES,
  SERVICE_TAGS,
  PARTNER_TYPES,
  PROGRAMS,
  ROLES,
  TENANT_KINDS,
  type MailText,
  type World,
} from './types';
import { checkWorldRules } from './worldRules';
import { checkProfile, type CompanyProfile } from './profile';
import { EDITIONS } from './edition';
import { ENTRA_ROLES } from './entraRoles';
import {
  ADMIN_RELATIONSHIP_STATUSES,
  ASSIGNMENT_STATUSES,
  SECURITY_GROUPS,
} from './adminRelationship';
import { DURATION_MAX_DAYS, NAME_MAX, NOTICE_DAYS } from './gdapRules';

/** The export file's envelope. Bump WORLD_FILE_VERSION with a migration when World changes. */
export const WORLD_FILE_FORMAT = 'partner-sim-world';
export const WORLD_FILE_VERSION = 1;
/**
 * Version 2 is version 1 plus an optional `meta.profile` (issue 15, additive): a world with a
 * profile is written as 2, so an older app refuses it as newer instead of as a malformed file;
 * a world without one is still written as 1, readable by every version.
 */
export const WORLD_FILE_VERSION_PROFILE = 2;
/**
 * Version 3 is version 2 plus an optional `meta.edition` (issue 16, additive, the same way): a
 * world that names its edition (a Today world) is written as 3, so an older app refuses it as
 * newer rather than reading it as a 2020 world; a 2020 world (no edition) keeps its old version.
 */
export const WORLD_FILE_VERSION_EDITION = 3;
const READABLE_VERSIONS: readonly unknown[] = [
  WORLD_FILE_VERSION,
  WORLD_FILE_VERSION_PROFILE,
  WORLD_FILE_VERSION_EDITION,
];
/** Refuse bigger files before parsing: the large scenario exports to about 8 MiB. */
export const WORLD_FILE_MAX_BYTES = 32 * 1024 * 1024;

export interface WorldFile {
  format: typeof WORLD_FILE_FORMAT;
  version: number;
  exportedAt: string;
  world: World;
}

/**
 * Every size limit of a world file, in one place (an export→import round trip must fit them).
 * Raise one here, never inline in the schema below.
 */
export const WORLD_FILE_LIMITS = {
  rows: 200_000,
  smallTableRows: 10_000,
  mailRecipients: 200_000, // as many as users (rows): see the mail schema below (issue 18)
  mailTextChars: 20_000,
  mailParamChars: 2_000,
  mailParams: 20,
  nameChars: 200,
  profileFields: 40,
  profileValueChars: 500,
  pmcProfiles: 50,
  offerServices: 20,
} as const;

const ID = str({ min: 1, max: 64, pattern: /^[A-Za-z0-9_.:-]+$/ });
const NAME = str({ min: 1, max: WORLD_FILE_LIMITS.nameChars });
const EMAIL = str({ min: 3, max: 254, pattern: /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/ });
const TIME = num({ min: 0, max: 8.64e15, int: true });
const COUNTRY = str({ min: 2, max: 2, pattern: /^[A-Z]{2}$/ });
const MAX_ROWS = WORLD_FILE_LIMITS.rows;

const mailText: Schema<MailText> = union<MailText>('kind', {
  plain: obj({
    kind: literal('plain'),
    text: str({ max: WORLD_FILE_LIMITS.mailTextChars }),
  }) as Schema<MailText>,
  i18n: obj(
    {
      kind: literal('i18n'),
      key: str({ min: 1, max: 120, pattern: /^[a-zA-Z0-9]+:[A-Za-z0-9_.-]+$/ }),
    },
    {
      params: record(str({ max: WORLD_FILE_LIMITS.mailParamChars }), {
        maxKeys: WORLD_FILE_LIMITS.mailParams,
        keyPattern: /^[A-Za-z0-9_]{1,40}$/,
      }),
    },
  ) as Schema<MailText>,
});

/** A profile in a world file is checked by the same rules as a profile file (domain/profile). */
const profileSchema: Schema<CompanyProfile> = (v, path, issues): v is CompanyProfile => {
  const checked = checkProfile(v);
  if (checked.ok) return true;
  issues.push({ path: `${path}${checked.field ? `.${checked.field}` : ''}`, key: 'pattern' });
  return false;
};

/**
 * One stored record of each table: what import checks in a file, what the start checks in the
 * stored world, and what every write is checked against (src/db/worldRulesMiddleware.ts).
 */
export const RECORD_SCHEMAS = {
  meta: obj(
    {
      key: literal('world'),
      scenario: str({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }),
      now: TIME,
      defaultPersonaId: ID,
    },
    { profile: profileSchema, edition: oneOf(EDITIONS) },
  ),
  tenants: obj({
    id: ID,
    name: NAME,
    domain: str({ min: 3, max: 120, pattern: /^[a-z0-9.-]+\.example$/ }),
    kind: oneOf(TENANT_KINDS),
    cloud: oneOf(CLOUDS),
    country: COUNTRY,
  }),
  users: obj(
    {
      id: ID,
      tenantId: ID,
      displayName: NAME,
      email: EMAIL,
      roles: arr(oneOf(ROLES), { max: ROLES.length }),
    },
    {
      mustChangePassword: bool(),
      passwordHash: str({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ }),
    },
  ),
  partners: obj(
    {
      tenantId: ID,
      mpnId: str({ min: 1, max: 20, pattern: /^[0-9]+$/ }),
      programs: arr(oneOf(PROGRAMS), { max: PROGRAMS.length }),
      legalName: NAME,
      primaryContactEmail: EMAIL,
      supportEmail: EMAIL,
      supportPhone: str({ min: 1, max: 40 }),
    },
    {
      listing: obj({
        city: NAME,
        sizes: arr(oneOf(ORG_SIZES), { max: ORG_SIZES.length }),
        services: arr(oneOf(SERVICE_TAGS), { max: SERVICE_TAGS.length }),
      }),
    },
  ),
  relationships: obj(
    {
      id: ID,
      partnerId: ID,
      customerId: ID,
      customerName: NAME,
      customerNameLower: NAME,
      type: oneOf(PARTNER_TYPES),
      adminRoles: arr(oneOf(ROLES), { max: ROLES.length }),
      partnerOfRecord: bool(),
      createdAt: TIME,
    },
    { rolesRemovedAt: TIME, resellerOf: ID, source: oneOf(['csp', 'o365'] as const) },
  ),
  providerLinks: obj({
    id: ID,
    providerId: ID,
    resellerId: ID,
    createdAt: TIME,
    providerHasAdminAccess: bool(),
  }),
  invitations: obj(
    {
      id: ID,
      token: str({ min: 8, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }),
      kind: oneOf(INVITATION_KINDS),
      state: oneOf(INVITATION_STATES),
      partnerId: ID,
      senderUserId: ID,
      includesAdminRoles: bool(),
      linkDelivered: bool(),
      createdAt: TIME,
      updatedAt: TIME,
    },
    { providerId: ID, customerId: ID, failureKey: str({ max: 120 }) },
  ),
  agreements: obj({
    id: ID,
    tenantId: ID,
    kind: oneOf(AGREEMENT_KINDS),
    acceptedAt: TIME,
    acceptedByUserId: ID,
  }),
  subscriptions: obj(
    {
      id: ID,
      tenantId: ID,
      offerId: ID,
      licenses: num({ min: 0, max: 1_000_000, int: true }),
      assigned: num({ min: 0, max: 1_000_000, int: true }),
      status: oneOf(['active', 'trial', 'expired'] as const),
    },
    { partnerId: ID, endsAt: TIME },
  ),
  mail: obj(
    {
      id: ID,
      mailbox: EMAIL,
      fromName: NAME,
      fromEmail: EMAIL,
      // Issue 18: a mail goes to every addressee the app chooses, e.g. a contact request to all
      // of a partner's agents (51+ users), so its recipients are bounded only as users are.
      to: arr(EMAIL, { max: WORLD_FILE_LIMITS.mailRecipients, min: 1 }),
      subject: mailText,
      body: mailText,
      sentAt: TIME,
      read: oneOf([0, 1] as const),
    },
    { invitationId: ID },
  ),
  pmcAccounts: obj({
    id: ID,
    userName: str({ min: 1, max: 254 }),
    password: str({ min: 1, max: 128 }),
    profiles: arr(
      obj({
        mpnId: str({ min: 1, max: 20, pattern: /^[0-9]+$/ }),
        organizationName: NAME,
        country: COUNTRY,
        active: bool(),
      }),
      { max: WORLD_FILE_LIMITS.pmcProfiles },
    ),
  }),
  o365Offers: obj(
    {
      id: ID,
      token: str({ min: 8, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }),
      kind: oneOf(['trial', 'purchase'] as const),
      partnerId: ID,
      senderUserId: ID,
      services: arr(obj({ offerId: ID, licenses: num({ min: 1, max: 1_000_000, int: true }) }), {
        min: 1,
        max: WORLD_FILE_LIMITS.offerServices,
      }),
      includesDelegatedAdmin: bool(),
      state: oneOf(['sent', 'accepted', 'ignored', 'expired'] as const),
      createdAt: TIME,
      updatedAt: TIME,
    },
    {
      customerId: ID,
      delegatedAdminState: oneOf(['pending', 'accepted', 'declined', 'refused'] as const),
      trialDays: num({ min: 1, max: 365, int: true }),
    },
  ),
  enrollments: obj(
    {
      id: ID,
      userId: ID,
      tenantId: ID,
      step: str({ min: 1, max: 40, pattern: /^[A-Za-z0-9_.-]+$/ }),
      createdAt: TIME,
      updatedAt: TIME,
    },
    {
      mpnId: str({ min: 1, max: 20, pattern: /^[0-9]+$/ }),
      pmcAccountId: ID,
      profile: record(str({ max: WORLD_FILE_LIMITS.profileValueChars }), {
        maxKeys: WORLD_FILE_LIMITS.profileFields,
        keyPattern: /^[A-Za-z0-9_]{1,40}$/,
      }),
      verificationToken: str({ min: 8, max: 64, pattern: /^[A-Za-z0-9_-]+$/ }),
      verifiedAt: TIME,
      submittedAt: TIME,
      reviewDoneAt: TIME,
    },
  ),
  // The Today edition's GDAP relationships (domain/adminRelationship.ts); an optional table.
  adminRelationships: obj(
    {
      id: ID,
      partnerId: ID,
      customerId: ID,
      name: str({ min: 1, max: NAME_MAX }),
      durationDays: num({ min: 1, max: DURATION_MAX_DAYS, int: true }),
      roles: arr(oneOf(ENTRA_ROLES), { min: 1, max: ENTRA_ROLES.length }),
      autoExtend: bool(),
      status: oneOf(ADMIN_RELATIONSHIP_STATUSES),
      createdAt: TIME,
      requestedBy: ID,
      linkDelivered: bool(),
      assignments: arr(
        obj(
          {
            groupId: oneOf(SECURITY_GROUPS),
            roles: arr(oneOf(ENTRA_ROLES), { min: 1, max: ENTRA_ROLES.length }),
            status: oneOf(ASSIGNMENT_STATUSES),
            createdAt: TIME,
          },
          { activatedAt: TIME },
        ),
        { max: SECURITY_GROUPS.length },
      ),
    },
    {
      approvedAt: TIME,
      approvedBy: ID,
      endsAt: TIME,
      endedAt: TIME,
      terminatedBy: oneOf(['partner', 'customer'] as const),
      noticesSent: arr(oneOf(NOTICE_DAYS), { max: NOTICE_DAYS.length }),
      microsoftLed: bool(),
    },
  ),
};

const worldSchema = obj(
  {
    meta: RECORD_SCHEMAS.meta,
    tenants: arr(RECORD_SCHEMAS.tenants, { max: MAX_ROWS, min: 1 }),
    users: arr(RECORD_SCHEMAS.users, { max: MAX_ROWS, min: 1 }),
    partners: arr(RECORD_SCHEMAS.partners, { max: MAX_ROWS }),
    relationships: arr(RECORD_SCHEMAS.relationships, { max: MAX_ROWS }),
    providerLinks: arr(RECORD_SCHEMAS.providerLinks, { max: MAX_ROWS }),
    invitations: arr(RECORD_SCHEMAS.invitations, { max: MAX_ROWS }),
    agreements: arr(RECORD_SCHEMAS.agreements, { max: MAX_ROWS }),
    subscriptions: arr(RECORD_SCHEMAS.subscriptions, { max: MAX_ROWS }),
    mail: arr(RECORD_SCHEMAS.mail, { max: MAX_ROWS }),
    pmcAccounts: arr(RECORD_SCHEMAS.pmcAccounts, { max: WORLD_FILE_LIMITS.smallTableRows }),
    o365Offers: arr(RECORD_SCHEMAS.o365Offers, { max: MAX_ROWS }),
    enrollments: arr(RECORD_SCHEMAS.enrollments, { max: WORLD_FILE_LIMITS.smallTableRows }),
  },
  // Optional: files written before the Today edition have no such table and still import.
  { adminRelationships: arr(RECORD_SCHEMAS.adminRelationships, { max: MAX_ROWS }) },
);

const fileSchema = obj({
  format: literal(WORLD_FILE_FORMAT),
  version: num({ min: 0, max: 1_000_000, int: true }),
  exportedAt: str({ max: 40 }),
  world: worldSchema,
});

export interface WorldFileProblem {
  /** i18n key in the `errors` namespace. */
  key: string;
  params?: Record<string, string | number>;
}

export type WorldFileResult =
  { ok: true; world: World } | { ok: false; problems: WorldFileProblem[] };

const fail = (...problems: WorldFileProblem[]): WorldFileResult => ({ ok: false, problems });

/**
 * Validates an import file's text completely before anything is stored: size, JSON, the
 * envelope and version, every record's shape, unique ids, and every reference.
 */
export function parseWorldFile(text: string): WorldFileResult {
  // A file read as UTF-8 that wasn't (UTF-16 without its mark) is full of NULs; a JSON text
  // never holds one outside an escape, so it is the wrong encoding, not a world.
  if (text.includes('\u0000')) return fail({ key: 'import.notUtf8' });
  if (text.length > WORLD_FILE_MAX_BYTES)
    return fail({ key: 'import.tooLarge', params: { maxMb: WORLD_FILE_MAX_BYTES / 1024 / 1024 } });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ key: 'import.notJson' });
  }
  return validateWorldFile(data);
}

/**
 * Decodes a file's bytes as UTF-8, refusing anything else (a UTF-16 or Latin-1 file would
 * otherwise be read as different text than was written). A UTF-8 byte-order mark is dropped.
 */
export function decodeWorldFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: WorldFileProblem[] } {
  if (bytes.length > WORLD_FILE_MAX_BYTES)
    return {
      ok: false,
      problems: [{ key: 'import.tooLarge', params: { maxMb: WORLD_FILE_MAX_BYTES / 1024 / 1024 } }],
    };
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { ok: false, problems: [{ key: 'import.notUtf8' }] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ key: 'import.notUtf8' }] };
  }
}

export function validateWorldFile(data: unknown): WorldFileResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ key: 'import.notWorldFile' });
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== WORLD_FILE_FORMAT) return fail({ key: 'import.notWorldFile' });
  if (!READABLE_VERSIONS.includes(envelope.version)) {
    return fail({
      key: 'import.unknownVersion',
      params: { found: String(envelope.version), supported: READABLE_VERSIONS.join(', ') },
    });
  }
  const issues: SchemaIssue[] = [];
  if (!fileSchema(data, 'file', issues)) {
    return fail(...issues.slice(0, 10).map(issueToProblem));
  }
  const refs = checkReferences((data as WorldFile).world);
  if (refs.length) return fail(...refs.slice(0, 10));
  // The shape and references hold; now the documented rules the records must keep together.
  const rules = checkWorldRules((data as WorldFile).world);
  if (rules.length) return fail(...rules);
  return { ok: true, world: (data as WorldFile).world };
}

function issueToProblem(issue: SchemaIssue): WorldFileProblem {
  const path = issue.path.replace(/^file\./, '');
  // A type issue names the expected kind in its key, so the message is whole in every language.
  const key =
    issue.key === 'type' ? `schema.type.${issue.params?.expected}` : `schema.${issue.key}`;
  return { key, params: { ...issue.params, path } };
}

/** Ids unique per table, emails unique, and every reference pointing at an existing record. */
export function checkReferences(world: World): WorldFileProblem[] {
  const problems: WorldFileProblem[] = [];
  const dangling = (path: string, id: string) =>
    problems.push({ key: 'import.dangling', params: { path, id } });
  const duplicate = (path: string, id: string) =>
    problems.push({ key: 'import.duplicate', params: { path, id } });

  const uniqueIds = <R>(rows: R[], table: string, idOf: (r: R) => string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const id = idOf(r);
      if (seen.has(id)) duplicate(`${table}[${i}]`, id);
      seen.add(id);
    });
    return seen;
  };
  const tenants = new Map(world.tenants.map((t) => [t.id, t]));
  uniqueIds(world.tenants, 'tenants', (t) => t.id);
  const users = uniqueIds(world.users, 'users', (u) => u.id);
  // Unique emails (R-IND-6) are a rule of the world's meaning: worldRules names the rule.
  uniqueIds(world.partners, 'partners', (p) => p.tenantId);
  uniqueIds(world.relationships, 'relationships', (r) => r.id);
  uniqueIds(world.relationships, 'relationships.pair', (r) => `${r.partnerId}|${r.customerId}`);
  uniqueIds(world.providerLinks, 'providerLinks', (l) => l.id);
  const invitations = uniqueIds(world.invitations, 'invitations', (i) => i.id);
  uniqueIds(world.invitations, 'invitations.token', (i) => i.token);
  uniqueIds(world.agreements, 'agreements', (a) => a.id);
  uniqueIds(world.subscriptions, 'subscriptions', (s) => s.id);
  uniqueIds(world.mail, 'mail', (m) => m.id);
  uniqueIds(world.pmcAccounts, 'pmcAccounts', (a) => a.id);

  const partnerTenant = (id: string) => tenants.get(id)?.kind === 'partner';
  if (!users.has(world.meta.defaultPersonaId))
    dangling('meta.defaultPersonaId', world.meta.defaultPersonaId);
  world.users.forEach(
    (u, i) => tenants.has(u.tenantId) || dangling(`users[${i}].tenantId`, u.tenantId),
  );
  world.partners.forEach(
    (p, i) => partnerTenant(p.tenantId) || dangling(`partners[${i}].tenantId`, p.tenantId),
  );
  world.relationships.forEach((r, i) => {
    if (!partnerTenant(r.partnerId)) dangling(`relationships[${i}].partnerId`, r.partnerId);
    if (!tenants.has(r.customerId)) dangling(`relationships[${i}].customerId`, r.customerId);
    if (r.resellerOf !== undefined && r.resellerOf !== r.partnerId)
      dangling(`relationships[${i}].resellerOf`, r.resellerOf);
  });
  world.providerLinks.forEach((l, i) => {
    if (!partnerTenant(l.providerId)) dangling(`providerLinks[${i}].providerId`, l.providerId);
    if (!partnerTenant(l.resellerId)) dangling(`providerLinks[${i}].resellerId`, l.resellerId);
  });
  world.invitations.forEach((inv, i) => {
    if (!partnerTenant(inv.partnerId)) dangling(`invitations[${i}].partnerId`, inv.partnerId);
    if (inv.providerId && !partnerTenant(inv.providerId))
      dangling(`invitations[${i}].providerId`, inv.providerId);
    if (inv.customerId && !tenants.has(inv.customerId))
      dangling(`invitations[${i}].customerId`, inv.customerId);
    if (!users.has(inv.senderUserId)) dangling(`invitations[${i}].senderUserId`, inv.senderUserId);
  });
  world.agreements.forEach((a, i) => {
    if (!tenants.has(a.tenantId)) dangling(`agreements[${i}].tenantId`, a.tenantId);
    if (!users.has(a.acceptedByUserId))
      dangling(`agreements[${i}].acceptedByUserId`, a.acceptedByUserId);
  });
  world.subscriptions.forEach((s, i) => {
    if (!tenants.has(s.tenantId)) dangling(`subscriptions[${i}].tenantId`, s.tenantId);
    if (s.partnerId && !partnerTenant(s.partnerId))
      dangling(`subscriptions[${i}].partnerId`, s.partnerId);
  });
  world.mail.forEach(
    (m, i) =>
      m.invitationId &&
      !invitations.has(m.invitationId) &&
      dangling(`mail[${i}].invitationId`, m.invitationId),
  );
  uniqueIds(world.o365Offers, 'o365Offers', (o) => o.id);
  uniqueIds(world.o365Offers, 'o365Offers.token', (o) => o.token);
  world.o365Offers.forEach((o, i) => {
    if (!partnerTenant(o.partnerId)) dangling(`o365Offers[${i}].partnerId`, o.partnerId);
    if (!users.has(o.senderUserId)) dangling(`o365Offers[${i}].senderUserId`, o.senderUserId);
    if (o.customerId && !tenants.has(o.customerId))
      dangling(`o365Offers[${i}].customerId`, o.customerId);
  });
  uniqueIds(world.enrollments, 'enrollments', (e) => e.id);
  world.enrollments.forEach((e, i) => {
    if (!users.has(e.userId)) dangling(`enrollments[${i}].userId`, e.userId);
    if (!tenants.has(e.tenantId)) dangling(`enrollments[${i}].tenantId`, e.tenantId);
  });
  const gdap = world.adminRelationships ?? [];
  uniqueIds(gdap, 'adminRelationships', (r) => r.id);
  gdap.forEach((r, i) => {
    if (!partnerTenant(r.partnerId)) dangling(`adminRelationships[${i}].partnerId`, r.partnerId);
    if (!tenants.has(r.customerId)) dangling(`adminRelationships[${i}].customerId`, r.customerId);
    if (!users.has(r.requestedBy)) dangling(`adminRelationships[${i}].requestedBy`, r.requestedBy);
    if (r.approvedBy && !users.has(r.approvedBy))
      dangling(`adminRelationships[${i}].approvedBy`, r.approvedBy);
  });
  return problems;
}

export function toWorldFile(world: World, exportedAt: Date): WorldFile {
  return {
    format: WORLD_FILE_FORMAT,
    version:
      world.meta.edition !== undefined
        ? WORLD_FILE_VERSION_EDITION
        : world.meta.profile
          ? WORLD_FILE_VERSION_PROFILE
          : WORLD_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    world,
  };
}
