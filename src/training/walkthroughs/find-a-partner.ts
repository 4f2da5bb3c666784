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
};
