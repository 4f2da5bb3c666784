import { describe, expect, it } from 'vitest';
import {
  ENTRA_ROLES,
  GDAP_TASKS,
  LEAST_PRIVILEGED,
  MLT_DEFAULT_ROLES,
  OFFERED_ENTRA_ROLES,
  R_GDAP_11_scoreRoles,
  type EntraRole,
  type GdapTask,
} from './entraRoles';

describe('Entra roles catalogue', () => {
  it('offers the fourteen roles of the spec and stores the transition’s eight', () => {
    expect(OFFERED_ENTRA_ROLES).toHaveLength(14);
    expect(MLT_DEFAULT_ROLES).toHaveLength(8);
    for (const r of MLT_DEFAULT_ROLES) expect(ENTRA_ROLES).toContain(r);
    expect(new Set(ENTRA_ROLES).size).toBe(ENTRA_ROLES.length);
  });
});

describe('R-GDAP-11: least privilege per task; Global Administrator never least', () => {
  it.each<[GdapTask, EntraRole[], boolean, boolean, string]>([
    ['resetUserPassword', ['passwordAdministrator'], true, true, 'least'],
    ['resetUserPassword', ['helpdeskAdministrator'], true, true, 'least'],
    ['resetUserPassword', ['globalAdministrator'], true, false, 'globalAdmin'],
    ['resetUserPassword', ['userAdministrator'], true, false, 'broader'],
    [
      'resetUserPassword',
      ['passwordAdministrator', 'helpdeskAdministrator'],
      true,
      false,
      'broader',
    ],
    ['resetUserPassword', ['billingAdministrator'], false, false, 'insufficient'],
    ['createUsersAndAssignLicenses', ['userAdministrator'], true, true, 'least'],
    [
      'createUsersAndAssignLicenses',
      ['userAdministrator', 'licenseAdministrator'],
      true,
      true,
      'least',
    ],
    ['createUsersAndAssignLicenses', ['licenseAdministrator'], false, false, 'insufficient'],
    ['openSupportRequest', ['serviceSupportAdministrator'], true, true, 'least'],
    ['openSupportRequest', ['helpdeskAdministrator'], true, false, 'broader'],
    ['readDirectory', ['directoryReaders'], true, true, 'least'],
    ['readDirectory', ['globalReader'], true, true, 'least'],
    ['manageBilling', ['billingAdministrator'], true, true, 'least'],
    ['manageBilling', ['billingAdministrator', 'globalAdministrator'], true, false, 'globalAdmin'],
    ['manageBilling', [], false, false, 'insufficient'],
  ])('%s with %j → sufficient %s, least %s (%s)', (task, roles, sufficient, least, reason) => {
    expect(R_GDAP_11_scoreRoles(task, roles)).toMatchObject({
      sufficient,
      leastPrivileged: least,
      reason,
    });
  });
  it('Global Administrator is sufficient for every task and least for none', () => {
    for (const task of GDAP_TASKS) {
      expect(LEAST_PRIVILEGED[task].least).not.toContain('globalAdministrator');
      expect(R_GDAP_11_scoreRoles(task, ['globalAdministrator'])).toMatchObject({
        sufficient: true,
        leastPrivileged: false,
      });
    }
  });
});
