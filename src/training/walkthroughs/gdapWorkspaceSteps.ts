import type { WalkthroughStep } from '../types';
import { navStep, rowPage } from './commonSteps';

// The way into a customer's Admin relationships (Today edition), shared by the partner's GDAP
// walkthroughs: Customers > the customer > Admin relationships. Each walkthrough names the
// documentation steps and the persona.

type Base = Pick<WalkthroughStep, 'doc' | 'persona'>;

export function adminRelationshipsSteps(
  customerId: string,
  docs: { customers: Base; customer: Base; part: Base },
): WalkthroughStep[] {
  return [
    navStep({ id: 'open-customers', ...docs.customers }, 'partner-center/customers'),
    {
      id: 'select-customer',
      ...docs.customer,
      target: { id: 'pc.customers.open', key: customerId },
      allow: [{ id: 'pc.customers.search' }, { id: 'pc.customers.row', key: customerId }],
      actions: [{ kind: 'click', target: { id: 'pc.customers.open', key: customerId } }],
      done: rowPage('partner-center/customers/:customerId', 'customerId', customerId),
    },
    {
      id: 'admin-relationships',
      ...docs.part,
      target: { id: 'pc.workspace.part', key: 'adminRelationships' },
      actions: [{ kind: 'click', target: { id: 'pc.workspace.part', key: 'adminRelationships' } }],
      // This customer's Admin relationships, not another part or another customer's.
      done: {
        at: 'partner-center/customers/:customerId/:section',
        shows: async (_db, params) =>
          params.customerId === customerId && params.section === 'admin-relationships',
      },
    },
  ];
}

/** Then one relationship of that list, by its link (this relationship's page, not another's). */
export function openRelationshipStep(relationshipId: string, base: Base): WalkthroughStep {
  return {
    id: 'open-relationship',
    ...base,
    target: { id: 'pc.gdap.open', key: relationshipId },
    actions: [{ kind: 'click', target: { id: 'pc.gdap.open', key: relationshipId } }],
    done: rowPage(
      'partner-center/customers/:customerId/admin-relationships/:relationshipId',
      'relationshipId',
      relationshipId,
    ),
  };
}

/**
 * On that relationship's page: Add security groups, then tick the one group and go on to its
 * roles (W-GDAP-ASSIGN steps 3–4). The roles step differs per walkthrough (which roles, when done).
 */
export function securityGroupSteps(
  groupId: string,
  docs: { addGroups: Base; selectGroup: Base },
): WalkthroughStep[] {
  return [
    {
      id: 'add-groups',
      ...docs.addGroups,
      target: { id: 'pc.gdap.addGroups' },
      actions: [{ kind: 'click', target: { id: 'pc.gdap.addGroups' } }],
      done: { machine: { id: 'gdapAssign', in: 'groups' } },
    },
    {
      id: 'select-group',
      ...docs.selectGroup,
      target: { id: 'pc.gdap.group', key: groupId },
      allow: [{ id: 'pc.gdap.assignNext' }, { id: 'pc.gdap.assign' }],
      actions: [
        { kind: 'check', target: { id: 'pc.gdap.group', key: groupId }, checked: true },
        { kind: 'click', target: { id: 'pc.gdap.assignNext' } },
      ],
      done: { machine: { id: 'gdapAssign', in: 'roles' } },
    },
  ];
}
