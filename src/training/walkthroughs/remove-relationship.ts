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
  const rel = await db.relationships.where('[partnerId+customerId]').equals([PARTNER, CUSTOMER]).first();
  return rel?.resellerOf !== PARTNER;
}

export const removeRelationship: Walkthrough = {
  slug: 'remove-relationship',
  workflow: 'W-REMOVE-REL',
  audience: 'partner',
  doc: { doc: 'IND', section: SECTION },
  start: 'partner-center',
  steps: [
    navStep({ id: 'open-customers', doc: { doc: 'IND', section: SECTION, step: 1 }, persona: 'u-megan' }, 'partner-center/customers'),
    {
      id: 'select-customer',
      doc: { doc: 'IND', section: SECTION, step: 1 },
      persona: 'u-megan',
      target: { id: 'pc.customers.open', key: CUSTOMER },
      allow: [{ id: 'pc.customers.search' }, { id: 'pc.customers.row', key: CUSTOMER }],
      actions: [{ kind: 'click', target: { id: 'pc.customers.open', key: CUSTOMER } }],
      // The customer workspace is open (selecting the row anywhere does the same).
      done: { at: 'partner-center/customers/:customerId' },
    },
    {
      id: 'select-account',
      doc: { doc: 'IND', section: SECTION, step: 2 },
      persona: 'u-megan',
      target: { id: 'pc.workspace.part', key: 'account' },
      actions: [{ kind: 'click', target: { id: 'pc.workspace.part', key: 'account' } }],
      // Account is open, with the removal workflow on the page.
      done: { at: 'partner-center/customers/:customerId/account' },
    },
    {
      id: 'remove',
      doc: { doc: 'IND', section: SECTION, step: 3 },
      persona: 'u-megan',
      target: { id: 'pc.removeRelationship.open', key: CUSTOMER },
      allow: [{ id: 'pc.customer.account', key: CUSTOMER }],
      actions: [{ kind: 'click', target: { id: 'pc.removeRelationship.open', key: CUSTOMER } }],
      done: { machine: { id: 'removeRelationship', in: 'confirming' } },
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
};
