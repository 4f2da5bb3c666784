import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';
import { navStep } from './commonSteps';
import { personaLacksRole } from './deadEnds';

// W-POR (O365, "Provide delegated administration"; R-O365-4): the partner of record and the
// delegated administrator are separate designations. Patti Fernandez (Contoso's Global admin)
// opens Billing > Partner of record (POR), adds Proseware from the list, then changes it to
// Litware Inc. by its MPN ID; Partner relationships shows exactly one partner of record.

export const POR_CUSTOMER = 'contoso';

/** Contoso's partner of record (a partner tenant id), if any. */
export async function contosoPartnerOfRecord(db: AppDB): Promise<string | undefined> {
  const rels = await db.relationships.where('customerId').equals(POR_CUSTOMER).toArray();
  return rels.find((r) => r.partnerOfRecord)?.partnerId;
}

/** R-O365-4: how many partners of record Contoso has (exactly one is the rule). */
export async function contosoPorCount(db: AppDB): Promise<number> {
  const rels = await db.relationships.where('customerId').equals(POR_CUSTOMER).toArray();
  return rels.filter((r) => r.partnerOfRecord).length;
}

const SECTION = 'provide-delegated-administration';
const ref = { doc: 'O365', section: SECTION } as const;

export const partnerOfRecord: Walkthrough = {
  slug: 'partner-of-record',
  workflow: 'W-POR',
  audience: 'customer',
  doc: ref,
  start: 'admin-center',
  steps: [
    navStep(
      { id: 'open-page', doc: ref, persona: 'u-patti' },
      'admin-center/billing/partner-of-record',
    ),
    {
      id: 'add',
      doc: ref,
      persona: 'u-patti',
      target: { id: 'o365.por.change' },
      actions: [{ kind: 'click', target: { id: 'o365.por.change' } }],
      done: { machine: { id: 'partnerOfRecord', in: 'editing' } },
    },
    {
      id: 'choose-from-list',
      doc: ref,
      persona: 'u-patti',
      target: { id: 'o365.por.form' },
      allow: [
        { id: 'o365.por.modeList' },
        { id: 'o365.por.modeMpn' },
        { id: 'o365.por.partner' },
        { id: 'o365.por.mpn' },
        { id: 'o365.por.save' },
      ],
      actions: [
        { kind: 'select', target: { id: 'o365.por.partner' }, value: 'proseware' },
        { kind: 'click', target: { id: 'o365.por.save' } },
      ],
      done: { world: async (db) => (await contosoPartnerOfRecord(db)) === 'proseware' },
    },
    {
      id: 'change',
      doc: ref,
      persona: 'u-patti',
      target: { id: 'o365.por.change' },
      actions: [{ kind: 'click', target: { id: 'o365.por.change' } }],
      done: { machine: { id: 'partnerOfRecord', in: 'editing' } },
    },
    {
      id: 'enter-mpn-id',
      doc: ref,
      persona: 'u-patti',
      target: { id: 'o365.por.form' },
      allow: [
        { id: 'o365.por.modeList' },
        { id: 'o365.por.modeMpn' },
        { id: 'o365.por.partner' },
        { id: 'o365.por.mpn' },
        { id: 'o365.por.save' },
      ],
      actions: [
        { kind: 'check', target: { id: 'o365.por.modeMpn' }, checked: true },
        { kind: 'fill', target: { id: 'o365.por.mpn' }, value: '4649005' },
        { kind: 'click', target: { id: 'o365.por.save' } },
      ],
      // R-O365-4: exactly one partner of record: Litware Inc. replaces Proseware.
      done: { world: async (db) => (await contosoPartnerOfRecord(db)) === 'litware' },
    },
    navStep(
      { id: 'see-partners', doc: ref, persona: 'u-patti' },
      'admin-center/billing/partner-relationships',
    ),
  ],
  outcome: [
    {
      id: 'litware-por',
      doc: ref,
      rule: 'R-O365-4',
      expected: true,
      actual: async (db) => (await contosoPartnerOfRecord(db)) === 'litware',
    },
    {
      id: 'proseware-por',
      doc: ref,
      rule: 'R-O365-4',
      expected: false,
      actual: async (db) => (await contosoPartnerOfRecord(db)) === 'proseware',
    },
    {
      id: 'one-por',
      doc: ref,
      rule: 'R-O365-4',
      expected: true,
      actual: async (db) => (await contosoPorCount(db)) === 1,
    },
  ],
  deadEnds: [personaLacksRole('add', ref)],
};
