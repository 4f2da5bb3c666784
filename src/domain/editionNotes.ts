import type { Edition } from './edition';

// Then → now (issue 16): for each step the Today edition changed, what the 2020 documentation
// said, what happens today, the Microsoft Learn page it comes from and the day that page was last
// compared with this note. The texts are ours (i18n keys `gdap:notes.<id>.then|now`); the page
// address is only displayed as a link, the app never requests it. Recheck a note when its page
// changes, and move `checked` on.

export const EDITION_NOTE_IDS = [
  'requestDap',
  'acceptRoles',
  'partnerRelationshipsPath',
  'o365DelegatedAdmin',
] as const;
export type EditionNoteId = (typeof EDITION_NOTE_IDS)[number];

export interface EditionNote {
  id: EditionNoteId;
  /** The workflow whose step changed (workflows-and-rules.md / today-gdap.md ids). */
  workflow: string;
  /** The rule of the Today edition behind the change, if one is named. */
  ruleId?: string;
  source: { url: `https://learn.microsoft.com/${string}`; title: string };
  /** ISO date the source page was last compared with the note. */
  checked: string;
  /** The Today walkthrough a 2020 "this changed later" note links to, once it exists. */
  todayWalkthrough?: string;
}

export const EDITION_NOTES: Readonly<Record<EditionNoteId, EditionNote>> = {
  requestDap: {
    id: 'requestDap',
    workflow: 'W-REQUEST',
    ruleId: 'R-GDAP-1',
    source: {
      url: 'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
      title: 'Introduction to granular delegated admin privileges (GDAP)',
    },
    checked: '2026-12-02',
    todayWalkthrough: 'gdap-request',
  },
  acceptRoles: {
    id: 'acceptRoles',
    workflow: 'W-ACCEPT',
    ruleId: 'R-GDAP-1',
    source: {
      url: 'https://learn.microsoft.com/en-us/partner-center/gdap-customer-approval',
      title: 'Customer approval of partner GDAP request',
    },
    checked: '2026-12-02',
    todayWalkthrough: 'gdap-approve',
  },
  // The Office 365 trial invitation and purchase offer asked for delegated administration too.
  o365DelegatedAdmin: {
    id: 'o365DelegatedAdmin',
    workflow: 'W-TRIAL',
    ruleId: 'R-GDAP-1',
    source: {
      url: 'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
      title: 'Introduction to granular delegated admin privileges (GDAP)',
    },
    checked: '2026-12-02',
    // Admin access is requested on its own today, as in a reseller's request.
    todayWalkthrough: 'gdap-request',
  },
  partnerRelationshipsPath: {
    id: 'partnerRelationshipsPath',
    workflow: 'W-MPR',
    source: {
      url: 'https://learn.microsoft.com/en-us/microsoft-365/commerce/manage-partners',
      title: 'Manage Microsoft-certified solution provider partner relationships',
    },
    checked: '2026-12-02',
    todayWalkthrough: 'gdap-terminate-customer',
  },
};

/** Which note a step shows: beside a changed step in Today, "this changed later" in 2020. */
export function editionNoteKind(edition: Edition): 'thenNow' | 'changedLater' {
  return edition === 'today' ? 'thenNow' : 'changedLater';
}
