import type { AppDB } from '../../db/AppDB';
import { TODAY_PENDING_ID } from '../../db/scenarios/today';
import type { AdminRelationship } from '../../domain/adminRelationship';
import type { EntraRole } from '../../domain/entraRoles';
import type { Walkthrough } from '../types';
import { sendFromComposerStep } from './commonSteps';
import { adminRelationshipsSteps } from './gdapWorkspaceSteps';

// W-GDAP-REQUEST (Today edition, docs/editions/today-gdap.md): Megan Bowen (Fabrikam Solutions,
// Admin agent) asks Adatum Corporation for admin access so Fabrikam's helpdesk can reset Adatum
// users' passwords: Customers > Adatum > Admin relationships > Request for new relationship, name
// and duration, Select Microsoft Entra roles (Save), Finalize request, the Request box (Done), and
// the email sent to Enrico Cattaneo, Adatum's Global admin. The task decides the roles: test mode
// scores them by least privilege (R-GDAP-11), Password Administrator or Helpdesk Administrator.

export const GDAP_REQUEST_PARTNER = 'fabrikam';
export const GDAP_REQUEST_CUSTOMER = 'adatum';
export const GDAP_REQUEST_NAME = 'Adatum password resets';
const CUSTOMER_ADMIN_EMAIL = 'enrico@adatum.example';
const SECTION = 'request-a-granular-admin-relationship-with-a-customer';
const doc = (step: number) => ({ doc: 'GDAP_OBTAIN' as const, section: SECTION, step });

/** The request the learner made (not the Today seed's pending one), newest first. */
export async function learnersRequest(db: AppDB): Promise<AdminRelationship | undefined> {
  const mine = await db.adminRelationships
    .filter(
      (r) =>
        r.partnerId === GDAP_REQUEST_PARTNER &&
        r.customerId === GDAP_REQUEST_CUSTOMER &&
        r.id !== TODAY_PENDING_ID,
    )
    .toArray();
  return mine.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** The request was sent: Approval pending, its email delivered to the customer. */
export async function gdapRequestSent(db: AppDB): Promise<boolean> {
  const r = await learnersRequest(db);
  return r?.status === 'approvalPending' && r.linkDelivered;
}

/** The roles the sent request names (none before it is sent). */
export async function requestedRoles(db: AppDB): Promise<readonly EntraRole[]> {
  return (await gdapRequestSent(db)) ? ((await learnersRequest(db))?.roles ?? []) : [];
}

const inWorkspace = (params: Record<string, string>) => params.customerId === GDAP_REQUEST_CUSTOMER;

export const gdapRequest: Walkthrough = {
  slug: 'gdap-request',
  workflow: 'W-GDAP-REQUEST',
  audience: 'partner',
  edition: 'today',
  doc: { doc: 'GDAP_OBTAIN', section: SECTION },
  start: 'partner-center',
  steps: [
    ...adminRelationshipsSteps(GDAP_REQUEST_CUSTOMER, {
      customers: { doc: doc(1), persona: 'u-megan' },
      customer: { doc: doc(1), persona: 'u-megan' },
      part: { doc: doc(2), persona: 'u-megan' },
    }),
    {
      id: 'request-new',
      doc: doc(2),
      persona: 'u-megan',
      target: { id: 'pc.gdap.requestNew' },
      actions: [{ kind: 'click', target: { id: 'pc.gdap.requestNew' } }],
      done: {
        at: 'partner-center/customers/:customerId/admin-relationships/request',
        shows: async (_db, params) => inWorkspace(params),
      },
    },
    {
      id: 'name-and-duration',
      doc: doc(3),
      persona: 'u-megan',
      target: { id: 'pc.gdap.name' },
      allow: [{ id: 'pc.gdap.duration' }, { id: 'pc.gdap.selectRoles' }],
      actions: [
        { kind: 'fill', target: { id: 'pc.gdap.name' }, value: GDAP_REQUEST_NAME },
        { kind: 'fill', target: { id: 'pc.gdap.duration' }, value: '180' },
        { kind: 'click', target: { id: 'pc.gdap.selectRoles' } },
      ],
      // Select Microsoft Entra roles opened its side panel.
      done: { machine: { id: 'gdapRequest', in: 'rolesPanel' } },
    },
    {
      id: 'select-roles',
      doc: doc(5),
      persona: 'u-megan',
      target: { id: 'pc.gdap.role', key: 'passwordAdministrator' },
      // Any role may be ticked: the choice is scored by least privilege (R-GDAP-11), not as a
      // wrong control.
      allow: [{ id: 'pc.gdap.role' }, { id: 'pc.gdap.rolesSave' }, { id: 'pc.gdap.rolesPanel' }],
      actions: [
        {
          kind: 'check',
          target: { id: 'pc.gdap.role', key: 'passwordAdministrator' },
          checked: true,
        },
        { kind: 'click', target: { id: 'pc.gdap.rolesSave' } },
      ],
      // Saved: the panel closed onto the form, the roles under Requested Microsoft Entra roles.
      done: { machine: { id: 'gdapRequest', in: 'form' } },
    },
    {
      id: 'finalize',
      doc: doc(7),
      persona: 'u-megan',
      target: { id: 'pc.gdap.finalize' },
      allow: [
        { id: 'pc.gdap.autoExtend' },
        { id: 'pc.gdap.name' },
        { id: 'pc.gdap.duration' },
        { id: 'pc.gdap.selectRoles' },
        { id: 'pc.gdap.role' },
        { id: 'pc.gdap.rolesSave' },
        { id: 'pc.gdap.rolesPanel' },
      ],
      actions: [{ kind: 'click', target: { id: 'pc.gdap.finalize' } }],
      done: { machine: { id: 'gdapRequest', in: 'request' } },
    },
    {
      id: 'request-email',
      doc: doc(8),
      persona: 'u-megan',
      target: { id: 'pc.gdap.done' },
      allow: [
        { id: 'pc.gdap.requestBox' },
        { id: 'pc.gdap.requestSubject' },
        { id: 'pc.gdap.requestBody' },
      ],
      actions: [{ kind: 'click', target: { id: 'pc.gdap.done' } }],
      done: { machine: { id: 'gdapRequest', in: 'composing' } },
    },
    sendFromComposerStep(
      { id: 'send-email', doc: doc(9), persona: 'u-megan' },
      CUSTOMER_ADMIN_EMAIL,
      gdapRequestSent,
    ),
  ],
  outcome: [
    { id: 'request-sent', doc: doc(9), expected: true, actual: gdapRequestSent },
    {
      id: 'least-privilege',
      doc: doc(5),
      rule: 'R-GDAP-11',
      expected: true,
      leastPrivilege: { task: 'resetUserPassword', roles: requestedRoles },
    },
  ],
};
