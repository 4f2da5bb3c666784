import { test, expect } from '../fixtures';
import { expectNoAxeViolations, openPath, type Lang, type OpenOptions } from '../helpers';

// 10. axe (WCAG 2.0/2.1, A and AA) finds nothing on the main pages of each portal.
const PAGES: { what: string; path: string; options: OpenOptions; heading: string }[] = [
  {
    what: 'Partner Center home (Megan)',
    path: 'partner-center',
    options: { persona: 'u-megan' },
    heading: 'Dashboard',
  },
  {
    what: 'Partner Center customers (Megan)',
    path: 'partner-center/customers',
    options: { persona: 'u-megan' },
    heading: 'Customers',
  },
  {
    what: 'mail with a message open (Megan)',
    path: 'mail/mail-welcome-u-megan',
    options: { persona: 'u-megan' },
    heading: 'Mail',
  },
  { what: 'Simulator settings', path: 'world', options: {}, heading: 'Simulator settings' },
  {
    what: 'Microsoft 365 admin center home (Patti)',
    path: 'admin-center',
    options: { persona: 'u-patti' },
    heading: 'Microsoft 365 admin center',
  },
  {
    what: 'Office Admin Portal home (Joni)',
    path: 'office-admin-portal',
    options: { persona: 'u-joni' },
    heading: 'Microsoft Office Admin Portal',
  },
];

for (const p of PAGES) {
  test(`axe: ${p.what}`, async ({ page }) => {
    await openPath(page, p.path, p.options);
    await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
    if (p.path.startsWith('mail/')) await expect(page.getByRole('article')).toBeVisible();
    if (p.path.endsWith('customers'))
      await expect(page.getByRole('row', { name: /Adatum Corporation/ })).toBeVisible();
    await expectNoAxeViolations(page, p.what);
  });
}

const SHELL_HEADINGS: Record<Exclude<Lang, 'en'>, string> = {
  ru: 'Панель мониторинга',
  zh: '仪表板',
};
for (const [lang, heading] of Object.entries(SHELL_HEADINGS) as [Exclude<Lang, 'en'>, string][]) {
  test(`axe: shell and Partner Center home in ${lang}`, async ({ page }) => {
    await openPath(page, 'partner-center', { lang });
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, `Partner Center home in ${lang}`);
  });
}
