import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { navStep } from './commonSteps';

// W-REMOVE-REL: Megan Bowen (Fabrikam Solutions, Admin agent) ends Fabrikam's reseller
// relationship with Adatum Corporation: Customers, select Adatum (its workspace), Account, Remove customer
// relationship, attest good faith (R-IND-12). Adatum leaves the list; the delegated admin
// privileges it granted stay. The default world already has the relationship.

const PARTNER = 'fabrikam';
const CUSTOMER = 'adatum';
const SECTION = 'remove-a-relationship-with-a-customer';

/** Adatum is no longer on Fabrikam's Customers list (no reseller relationship left). */
export async function customerRemoved(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, CUSTOMER])
    .first();
  return rel?.resellerOf !== PARTNER;
}

/** Alpine Ski House, the other reseller customer beside Adatum, is still Fabrikam's customer. */
export async function othersKept(db: AppDB): Promise<boolean> {
  const rel = await db.relationships
    .where('[partnerId+customerId]')
    .equals([PARTNER, 'alpineskihouse'])
    .first();
  return rel?.resellerOf === PARTNER;
}

/** The page open is Adatum's (the route's customer), not a sibling's. */
async function isCustomer(_db: AppDB, params: Record<string, string>): Promise<boolean> {
  return params.customerId === CUSTOMER;
}

export const removeRelationship: Walkthrough = {
  slug: 'remove-relationship',
  workflow: 'W-REMOVE-REL',
  audience: 'partner',
  doc: { doc: 'IND', section: SECTION },
  start: 'partner-center',
  steps: [
    navStep(
      { id: 'open-customers', doc: { doc: 'IND', section: SECTION, step: 1 }, persona: 'u-megan' },
      'partner-center/customers',
    ),
    {
      id: 'select-customer',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      persona: 'u-megan',
      target: { id: 'pc.customers.open', key: CUSTOMER },
      allow: [{ id: 'pc.customers.search' }, { id: 'pc.customers.row', key: CUSTOMER }],
      actions: [{ kind: 'click', target: { id: 'pc.customers.open', key: CUSTOMER } }],
      // The customer workspace is open (selecting the row anywhere does the same).
      // Adatum's workspace, not a sibling's (Alpine Ski House's is a mistake; issue 11).
      done: { at: 'partner-center/customers/:customerId', shows: isCustomer },
    },
    {
      id: 'select-account',
      doc: { doc: 'IND', section: SECTION, step: 2 },
      persona: 'u-megan',
      target: { id: 'pc.workspace.part', key: 'account' },
      actions: [{ kind: 'click', target: { id: 'pc.workspace.part', key: 'account' } }],
      // Account is open, with the removal workflow on the page.
      done: { at: 'partner-center/customers/:customerId/account', shows: isCustomer },
    },
    {
      id: 'remove',
      doc: { doc: 'IND', section: SECTION, step: 3 },
      persona: 'u-megan',
      target: { id: 'pc.removeRelationship.open', key: CUSTOMER },
      allow: [{ id: 'pc.customer.account', key: CUSTOMER }],
      actions: [{ kind: 'click', target: { id: 'pc.removeRelationship.open', key: CUSTOMER } }],
      done: { machine: { id: 'removeRelationship', in: 'confirming', subject: CUSTOMER } },
    },
    {
      id: 'attest-and-confirm',
      doc: { doc: 'IND', section: SECTION, step: 4 },
      persona: 'u-megan',
      target: { id: 'pc.removeRelationship.attest' },
      allow: [{ id: 'pc.removeRelationship.dialog' }, { id: 'pc.removeRelationship.confirm' }],
      actions: [
        { kind: 'check', target: { id: 'pc.removeRelationship.attest' }, checked: true },
        { kind: 'click', target: { id: 'pc.removeRelationship.confirm' } },
      ],
      done: { world: customerRemoved },
    },
  ],
  outcome: [
    {
      id: 'customer-removed',
      doc: { doc: 'IND', section: SECTION, step: 4 },
      rule: 'R-IND-12',
      expected: true,
      actual: customerRemoved,
    },
    {
      id: 'others-kept',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      expected: true,
      actual: othersKept,
    },
  ],
};
