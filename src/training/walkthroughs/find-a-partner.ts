import type { AppDB } from '../../db/AppDB';
import type { Walkthrough } from '../types';

// W-FIND (MPR, "Find a partner"): Patti Fernandez (Contoso's Global admin) goes to the
// find-a-partner site, searches by location, organization size and keywords, chooses Fabrikam
// Solutions and Proseware, selects Contact selected providers, describes Contoso's needs and
// sends the request, which reaches the partners' staff by mail.

/** Whether a contact request from Contoso has reached a partner's mailbox. */
export async function contactRequestSent(db: AppDB): Promise<boolean> {
  const sent = await db.mail
    .filter(
      (m) =>
        m.subject.kind === 'i18n' &&
        m.subject.key === 'mail:contactRequest.subject' &&
        m.fromEmail === 'patti@contoso.example',
    )
    .count();
  return sent > 0;
}

/** The partners whose staff received Contoso's contact request (tenant ids). */
export async function partnersContacted(db: AppDB): Promise<Set<string>> {
  const mails = await db.mail
    .filter(
      (m) =>
        m.subject.kind === 'i18n' &&
        m.subject.key === 'mail:contactRequest.subject' &&
        m.fromEmail === 'patti@contoso.example',
    )
    .toArray();
  const tenants = new Set<string>();
  for (const m of mails) {
    const user = await db.users.where('email').equals(m.mailbox).first();
    if (user) tenants.add(user.tenantId);
  }
  return tenants;
}

/** The two partners the goal names. */
export const FIND_PARTNERS = ['fabrikam', 'proseware'] as const;

const SECTION = 'find-a-partner';

export const findAPartner: Walkthrough = {
  slug: 'find-a-partner',
  workflow: 'W-FIND',
  audience: 'customer',
  doc: { doc: 'MPR', section: SECTION },
  start: 'admin-center',
  steps: [
    {
      id: 'open-site',
      doc: { doc: 'MPR', section: SECTION, step: 1 },
      persona: 'u-patti',
      target: { id: 'ac.home.findPartner' },
      allow: [
        { id: 'ac.partnerRelationships.findPartner' },
        { id: 'nav:admin-center/billing/partner-relationships' },
      ],
      actions: [{ kind: 'click', target: { id: 'ac.home.findPartner' } }],
      done: { at: 'find-a-partner' },
    },
    {
      id: 'search',
      doc: { doc: 'MPR', section: SECTION, step: 2 },
      persona: 'u-patti',
      target: { id: 'fp.search.form' },
      allow: [
        { id: 'fp.search.location' },
        { id: 'fp.search.size' },
        { id: 'fp.search.keywords' },
        { id: 'fp.search.go' },
      ],
      actions: [
        { kind: 'select', target: { id: 'fp.search.location' }, value: 'US' },
        { kind: 'select', target: { id: 'fp.search.size' }, value: 's' },
        { kind: 'fill', target: { id: 'fp.search.keywords' }, value: 'migration' },
        { kind: 'click', target: { id: 'fp.search.go' } },
      ],
      done: { machine: { id: 'findPartner', in: 'results' } },
    },
    {
      id: 'choose-partners',
      doc: { doc: 'MPR', section: SECTION, step: 3 },
      persona: 'u-patti',
      target: { id: 'fp.results.list' },
      allow: [{ id: 'fp.results.partner' }, { id: 'fp.results.contact' }],
      actions: [
        { kind: 'check', target: { id: 'fp.results.partner', key: 'fabrikam' }, checked: true },
        { kind: 'check', target: { id: 'fp.results.partner', key: 'proseware' }, checked: true },
        { kind: 'click', target: { id: 'fp.results.contact' } },
      ],
      done: { machine: { id: 'findPartner', in: 'composing' } },
    },
    {
      id: 'send',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      persona: 'u-patti',
      target: { id: 'fp.contact.form' },
      allow: [{ id: 'fp.contact.needs' }, { id: 'fp.contact.send' }],
      actions: [
        {
          kind: 'fill',
          target: { id: 'fp.contact.needs' },
          value: 'Move 40 mailboxes to Exchange Online and train our staff.',
        },
        { kind: 'click', target: { id: 'fp.contact.send' } },
      ],
      done: { world: contactRequestSent },
    },
  ],
  // The goal names two partners: contacting one, or a third, is not the goal (issue 11).
  outcome: [
    {
      id: 'fabrikam-contacted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      expected: true,
      actual: async (db) => (await partnersContacted(db)).has('fabrikam'),
    },
    {
      id: 'proseware-contacted',
      doc: { doc: 'MPR', section: SECTION, step: 4 },
      expected: true,
      actual: async (db) => (await partnersContacted(db)).has('proseware'),
    },
    {
      id: 'other-contacted',
      doc: { doc: 'MPR', section: SECTION, step: 3 },
      expected: false,
      actual: async (db) =>
        [...(await partnersContacted(db))].some(
          (id) => !(FIND_PARTNERS as readonly string[]).includes(id),
        ),
    },
  ],
};
