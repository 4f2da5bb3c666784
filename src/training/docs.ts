import type { Language } from '../i18n/languages';
import type { DocId, DocRef } from './types';

// The documentation pages the walkthroughs teach (the seeds of ../shared/docs). The URLs are
// the pages' addresses at the time of the seeds; a link is only followed when the learner
// clicks it (the simulator itself never requests anything off its own site).
const PATHS: Record<DocId, string> = {
  MPR: 'microsoft-365/admin/misc/partner-relationship-management',
  IND: 'partner-center/indirect-reseller-tasks-in-partner-center',
  REQ: 'partner-center/request-a-relationship-with-a-customer',
  O365: 'office365/servicedescriptions/office-365-platform-service-description/partners',
  GDAP_OBTAIN: 'partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer',
  GDAP_APPROVAL: 'partner-center/customers/gdap-customer-approval',
  GDAP_CUSTOMER_TERMINATE: 'partner-center/customers/gdap-customer-terminate',
  GDAP_PARTNER_TERMINATE: 'partner-center/customers/gdap-partner-terminate',
  GDAP_EXTEND: 'partner-center/customers/expiring-gdap-relationships-and-auto-extend-gdap',
  GDAP_ASSIGN: 'partner-center/customers/gdap-assign-microsoft-entra-roles',
  GDAP_TRANSITION: 'partner-center/gdap-microsoft-led-transition',
};

/** The Today edition's pages are on Microsoft Learn (docs.microsoft.com is the 2020 seeds' host). */
const HOSTS: Partial<Record<DocId, string>> = {
  GDAP_OBTAIN: 'learn.microsoft.com',
  GDAP_APPROVAL: 'learn.microsoft.com',
  GDAP_CUSTOMER_TERMINATE: 'learn.microsoft.com',
  GDAP_PARTNER_TERMINATE: 'learn.microsoft.com',
  GDAP_EXTEND: 'learn.microsoft.com',
  GDAP_ASSIGN: 'learn.microsoft.com',
  GDAP_TRANSITION: 'learn.microsoft.com',
};

const LOCALES: Record<Language, string> = { en: 'en-us', ru: 'ru-ru', zh: 'zh-cn' };

/** The documentation page in the learner's language, at the section's anchor. */
export function docUrl(ref: DocRef, lang: Language): string {
  return `https://${HOSTS[ref.doc] ?? 'docs.microsoft.com'}/${LOCALES[lang]}/${PATHS[ref.doc]}#${ref.section}`;
}

/**
 * Learn's anchor of a heading (as the seeds' `<a name>` and Learn's own links): lower case,
 * punctuation dropped, spaces as hyphens. "What can a partner do for my organization or school?"
 * → `what-can-a-partner-do-for-my-organization-or-school`.
 */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/**
 * Sections the walkthroughs may cite, by document: the anchors of the seeds' headings, and of
 * the Learn pages' headings for the Today edition (docs/editions/today-gdap.md's sources; the
 * headings as in the pages at the addresses above, checked 2026-12 against the 2023-10 copy of
 * the Partner Center docs and the live pages: `training:docs.<id>.sections.<anchor>` in en is
 * the heading itself, and docs.test.ts checks that each anchor is that heading's anchor).
 */
export const DOC_SECTIONS: Record<DocId, readonly string[]> = {
  MPR: [
    'before-you-begin',
    'what-can-a-partner-do-for-my-organization-or-school',
    'find-a-partner',
    'review-and-accept-a-partner-relationship-and-microsoft-customer-agreement',
    'review-and-accept-a-microsoft-customer-agreement',
    'remove-partner-admin-roles',
  ],
  IND: [
    'enroll-as-an-indirect-reseller-in-the-cloud-solution-provider-program',
    'before-you-begin',
    'get-started',
    'add-a-new-user',
    'assign-user-permissions',
    'connect-with-an-indirect-provider',
    'connect-with-customers',
    'connect-with-existing-customers',
    'invite-a-customer-to-establish-a-reseller-relationship-with-you',
    'connect-with-new-customers',
    'invite-a-customer-to-establish-a-reseller-relationship-with-you-and-with-your-indirect-provider-at-the-same-time',
    'remove-a-relationship-with-a-customer',
  ],
  REQ: [
    'invite-a-customer-to-establish-a-reseller-relationship-with-you',
    'changes-to-the-customer-invitation-experience',
  ],
  O365: [
    'create-trial-invitations-and-purchase-orders',
    'provide-delegated-administration',
    'feature-availability',
  ],
  GDAP_OBTAIN: ['request-a-granular-admin-relationship-with-a-customer'],
  GDAP_APPROVAL: ['prerequisites', 'getting-approval-of-your-gdap-request'],
  GDAP_CUSTOMER_TERMINATE: ['terminate-a-granular-admin-relationship-with-a-partner'],
  // The 2023 page's "Terminate a granular admin relationship with a customer", renamed since.
  GDAP_PARTNER_TERMINATE: ['end-a-gdap-relationship-with-a-customer'],
  GDAP_EXTEND: ['manage-gdap-autoextend'],
  GDAP_ASSIGN: ['grant-permissions-to-security-groups'],
  GDAP_TRANSITION: [
    'how-the-microsoft-led-transition-works',
    'see-the-new-gdap-relationship-in-partner-center-portal',
    'which-azure-ad-roles-are-automatically-assigned-to-which-predefined-csp-security-groups-as-part-of-microsoft-led-transition',
  ],
};
