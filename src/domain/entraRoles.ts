// Microsoft Entra built-in roles a GDAP relationship names (docs/editions/today-gdap.md, "Roles
// to offer"): a short, real list, and the Microsoft-led transition's default set (W-DAP-TO-GDAP).
// Records hold these ids; the labels are i18n keys `common:entraRoles.<id>`.

/** The roles the Select Microsoft Entra roles panel offers (W-GDAP-REQUEST). */
export const OFFERED_ENTRA_ROLES = [
  'directoryReaders',
  'globalReader',
  'helpdeskAdministrator',
  'userAdministrator',
  'licenseAdministrator',
  'passwordAdministrator',
  'serviceSupportAdministrator',
  'billingAdministrator',
  'exchangeAdministrator',
  'sharePointAdministrator',
  'teamsAdministrator',
  'securityReader',
  'privilegedRoleAdministrator',
  'globalAdministrator',
] as const;

/**
 * W-DAP-TO-GDAP variant: the roles of the `MLT_<guid>` relationship Microsoft created for a
 * partner holding DAP (eight, plus Cloud Device Administrator from July 2023).
 */
export const MLT_DEFAULT_ROLES = [
  'directoryReaders',
  'directoryWriters',
  'licenseAdministrator',
  'serviceSupportAdministrator',
  'userAdministrator',
  'privilegedRoleAdministrator',
  'helpdeskAdministrator',
  'privilegedAuthenticationAdministrator',
] as const;
/** The ninth default role, added to Microsoft-led relationships created from July 2023 on. */
export const MLT_ROLE_FROM_JULY_2023 = 'cloudDeviceAdministrator';

/** Every role a stored relationship may hold: the offered ones and the transition's. */
export const ENTRA_ROLES = [
  ...OFFERED_ENTRA_ROLES,
  'directoryWriters',
  'privilegedAuthenticationAdministrator',
  'cloudDeviceAdministrator',
] as const;
export type EntraRole = (typeof ENTRA_ROLES)[number];

export const GLOBAL_ADMINISTRATOR: EntraRole = 'globalAdministrator';

export function isEntraRole(value: unknown): value is EntraRole {
  return typeof value === 'string' && (ENTRA_ROLES as readonly string[]).includes(value);
}

/** The roles in catalogue order without repeats: how a role list is stored and shown. */
export function normalizeRoles(roles: readonly EntraRole[]): EntraRole[] {
  return ENTRA_ROLES.filter((r) => roles.includes(r));
}

// R-GDAP-11: least privilege, from Microsoft's "least privileged roles by task" guidance.
// For each task: the roles that are a least-privileged choice (`least`, any of them, together
// when `together` lists a pair that belongs to the same task), and the broader roles that can
// also do it (sufficient, but more than the task needs). Global Administrator can do every
// task and is never least-privileged.
export const GDAP_TASKS = [
  'resetUserPassword',
  'createUsersAndAssignLicenses',
  'openSupportRequest',
  'readDirectory',
  'manageBilling',
] as const;
export type GdapTask = (typeof GDAP_TASKS)[number];

interface TaskRoles {
  /** Each is enough alone for the task; choosing any of these (and nothing else) is least privilege. */
  least: readonly EntraRole[];
  /** Least-privileged companions: may be added to a least role without losing least privilege. */
  companions?: readonly EntraRole[];
  /** Also enough, but more than the task needs. */
  broader: readonly EntraRole[];
}

export const LEAST_PRIVILEGED: Record<GdapTask, TaskRoles> = {
  // A non-admin user's password: Password Administrator or Helpdesk Administrator.
  resetUserPassword: {
    least: ['passwordAdministrator', 'helpdeskAdministrator'],
    broader: ['userAdministrator', 'privilegedAuthenticationAdministrator', 'globalAdministrator'],
  },
  // Create users and assign licenses: User Administrator (+ License Administrator).
  createUsersAndAssignLicenses: {
    least: ['userAdministrator'],
    companions: ['licenseAdministrator'],
    broader: ['globalAdministrator'],
  },
  openSupportRequest: {
    least: ['serviceSupportAdministrator'],
    broader: [
      'helpdeskAdministrator',
      'billingAdministrator',
      'exchangeAdministrator',
      'sharePointAdministrator',
      'teamsAdministrator',
      'globalAdministrator',
    ],
  },
  readDirectory: {
    least: ['directoryReaders', 'globalReader'],
    broader: [
      'directoryWriters',
      'userAdministrator',
      'helpdeskAdministrator',
      'privilegedRoleAdministrator',
      'globalAdministrator',
    ],
  },
  manageBilling: { least: ['billingAdministrator'], broader: ['globalAdministrator'] },
};

/**
 * Why a choice scored as it did (i18n key `training:gdapScore.<reason>` for the page):
 * `least` full points; `broader` the task can be done with more than it needs;
 * `globalAdmin` the same, with Global Administrator named; `insufficient` the task can't be done.
 */
export type LeastPrivilegeReason = 'least' | 'broader' | 'globalAdmin' | 'insufficient';

export interface LeastPrivilegeScore {
  /** The chosen roles can do the task (the workflow passes). */
  sufficient: boolean;
  /** …and with nothing more than the task needs (the least-privilege points). */
  leastPrivileged: boolean;
  reason: LeastPrivilegeReason;
  /** The least-privileged roles for the task, to name in the explanation. */
  suggested: readonly EntraRole[];
}

/** R-GDAP-11: scores a role choice for a task (test mode). */
export function R_GDAP_11_scoreRoles(
  task: GdapTask,
  chosen: readonly EntraRole[],
): LeastPrivilegeScore {
  const t = LEAST_PRIVILEGED[task];
  const suggested = t.least;
  const sufficient = chosen.some((r) => t.least.includes(r) || t.broader.includes(r));
  if (!sufficient) return { sufficient, leastPrivileged: false, reason: 'insufficient', suggested };
  const allowed = [...t.least, ...(t.companions ?? [])];
  // Least privilege: exactly one least role (two alternatives are more than needed) and companions.
  const leastChosen = chosen.filter((r) => t.least.includes(r)).length;
  const leastPrivileged = leastChosen === 1 && chosen.every((r) => allowed.includes(r));
  if (leastPrivileged) return { sufficient, leastPrivileged, reason: 'least', suggested };
  return {
    sufficient,
    leastPrivileged,
    reason: chosen.includes(GLOBAL_ADMINISTRATOR) ? 'globalAdmin' : 'broader',
    suggested,
  };
}
