import type { DocRef } from './types';

/** Where each rule is written in the documentation (its seed and section), for "read the rule" links. */
const SECTIONS: Record<string, DocRef> = {
  'R-MPR-1': { doc: 'MPR', section: 'before-you-begin' },
  'R-MPR-2': { doc: 'MPR', section: 'what-can-a-partner-do-for-my-organization-or-school' },
  'R-MPR-3': {
    doc: 'MPR',
    section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
  },
  'R-MPR-4': {
    doc: 'MPR',
    section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
  },
  'R-MPR-5': {
    doc: 'MPR',
    section: 'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
  },
  'R-MPR-6': { doc: 'MPR', section: 'review-and-accept-a-microsoft-customer-agreement' },
  'R-MPR-7': { doc: 'MPR', section: 'remove-partner-admin-roles' },
  'R-MPR-8': { doc: 'MPR', section: 'remove-partner-admin-roles' },
  'R-IND-1': { doc: 'IND', section: 'before-you-begin' },
  'R-IND-2': { doc: 'IND', section: 'get-started' },
  'R-IND-3': { doc: 'IND', section: 'get-started' },
  'R-IND-4': { doc: 'IND', section: 'get-started' },
  'R-IND-5': { doc: 'IND', section: 'add-a-new-user' },
  'R-IND-6': { doc: 'IND', section: 'add-a-new-user' },
  'R-IND-7': { doc: 'IND', section: 'assign-user-permissions' },
  'R-IND-8': { doc: 'IND', section: 'connect-with-an-indirect-provider' },
  'R-IND-9': { doc: 'IND', section: 'connect-with-customers' },
  'R-IND-10': { doc: 'IND', section: 'connect-with-new-customers' },
  'R-IND-11': {
    doc: 'IND',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-IND-12': { doc: 'IND', section: 'remove-a-relationship-with-a-customer' },
  'R-REQ-1': {
    doc: 'REQ',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-REQ-2': {
    doc: 'REQ',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-REQ-3': {
    doc: 'REQ',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-REQ-4': {
    doc: 'REQ',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-REQ-5': { doc: 'REQ', section: 'changes-to-the-customer-invitation-experience' },
  'R-REQ-6': {
    doc: 'REQ',
    section: 'invite-a-customer-to-establish-a-reseller-relationship-with-you',
  },
  'R-O365-1': { doc: 'O365', section: 'provide-delegated-administration' },
  'R-O365-2': { doc: 'O365', section: 'provide-delegated-administration' },
  'R-O365-3': { doc: 'O365', section: 'provide-delegated-administration' },
  'R-O365-4': { doc: 'O365', section: 'provide-delegated-administration' },
  'R-O365-5': { doc: 'O365', section: 'provide-delegated-administration' },
  'R-O365-6': { doc: 'O365', section: 'feature-availability' },
};

export function ruleDoc(ruleId: string): DocRef {
  return (
    SECTIONS[ruleId] ?? {
      doc: ruleId.startsWith('R-MPR')
        ? 'MPR'
        : ruleId.startsWith('R-O365')
          ? 'O365'
          : ruleId.startsWith('R-REQ')
            ? 'REQ'
            : 'IND',
      section: '',
    }
  );
}
