import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { navStep, rowPage } from './commonSteps';
import { personaLacksRole } from './deadEnds';

// W-REMOVE-ROLES (MPR, "Remove partner admin roles"): Fabrikam Solutions is Adatum's
// Reseller & delegated administrator and holds Global admin and Helpdesk admin (R-MPR-3).
// Enrico Cattaneo (Global admin) opens Billing > Partner relationships, selects Fabrikam's row,
// Remove roles, and Yes in the Remove roles? dialog. The relationship stays (R-MPR-7).

export const ROLES_PARTNER = 'fabrikam';
export const ROLES_CUSTOMER = 'adatum';

/** The Fabrikam → Adatum relationship of the default world. */
export function fabrikamAdatum(db: AppDB) {
  return db.relationships
    .where('[partnerId+customerId]')
    .equals([ROLES_PARTNER, ROLES_CUSTOMER])
    .first();
}

const SECTION = 'remove-partner-admin-roles';

/** Fabrikam holds no admin role in Adatum's tenant any more. */
export async function rolesRemoved(db: AppDB): Promise<boolean> {
  const rel = await fabrikamAdatum(db);
  return !!rel && rel.adminRoles.length === 0;
}

/** R-MPR-7: Fabrikam is still Adatum's reseller (removing roles does not end the relationship). */
export async function resellerKept(db: AppDB): Promise<boolean> {
  return (await fabrikamAdatum(db))?.resellerOf === ROLES_PARTNER;
}

export const removeRoles: Walkthrough = {
  slug: 'remove-roles',
  workflow: 'W-REMOVE-ROLES',
  audience: 'customer',
  doc: { doc: 'MPR', section: SECTION },
  start: 'admin-center',
  steps: [
    navStep(
      {
        id: 'open-partner-relationships',
        doc: { doc: 'MPR', section: SECTION, step: 1 },
        persona: 'u-enrico',
      },
      'admin-center/billing/partner-relationships',
    ),
    {
      id: 'select-partner',
      doc: { doc: 'MPR', section: SECTION, step: 2 },
      persona: 'u-enrico',
      target: { id: 'ac.partnerRelationships.row', key: ROLES_PARTNER },
      actions: [
        { kind: 'click', target: { id: 'ac.partnerRelationships.row', key: ROLES_PARTNER } },
      ],
      done: rowPage(
        'admin-center/billing/partner-relationships/:partnerId',
        'partnerId',
        ROLES_PARTNER,
      ),
    },
    {
      id: 'remove-roles',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      persona: 'u-enrico',
      target: { id: 'ac.removeRoles.open' },
      actions: [{ kind: 'click', target: { id: 'ac.removeRoles.open' } }],
      done: { machine: { id: 'removeRoles', in: 'confirming' } },
    },
    {
      id: 'confirm',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      persona: 'u-enrico',
      target: { id: 'ac.removeRoles.confirm' },
      actions: [{ kind: 'click', target: { id: 'ac.removeRoles.confirm' } }],
      // R-MPR-7: the roles are gone, the relationship stays.
      done: { world: rolesRemoved },
    },
  ],
  outcome: [
    {
      id: 'roles-removed',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      expected: true,
      actual: rolesRemoved,
    },
    {
      id: 'relationship-kept',
      doc: { doc: 'MPR', section: SECTION, step: 5 },
      rule: 'R-MPR-7',
      expected: true,
      actual: resellerKept,
    },
  ],
  deadEnds: [personaLacksRole('select-partner', { doc: 'MPR', section: SECTION, step: 4 })],
};
