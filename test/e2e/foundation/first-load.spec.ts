import { test, expect } from '../fixtures';
import {
  htmlLang,
  mailBadge,
  openPath,
  personaSwitcher,
  portalNav,
  simClock,
  isoAfterDays,
  type Lang,
} from '../helpers';

// 1. First load of the default world, in each language (trainer link ?lang=). The fixture
// fails the test on any console error or outside request.
const CASES: Record<Lang, { portal: string; persona: string; nav: string[]; mail: string }> = {
  en: {
    portal: 'Partner Center',
    persona: 'Persona: Megan Bowen. Switch persona',
    nav: ['Dashboard', 'Customers', 'Indirect providers', 'User management'],
    mail: 'Mail, 1 unread message',
  },
  ru: {
    portal: 'Центр партнеров',
    persona: 'Персона: Megan Bowen. Сменить персону',
    nav: ['Панель мониторинга', 'Клиенты', 'Непрямые поставщики', 'Управление пользователями'],
    mail: 'Почта, 1 непрочитанное письмо',
  },
  zh: {
    portal: '合作伙伴中心',
    persona: '身份：Megan Bowen。切换身份',
    nav: ['仪表板', '客户', '间接提供商', '用户管理'],
    mail: '邮件，1 封未读邮件',
  },
};

for (const [lang, expected] of Object.entries(CASES) as [Lang, (typeof CASES)[Lang]][]) {
  test(`first load in ${lang}: default world, Megan Bowen in Partner Center`, async ({ page }) => {
    // Locale chunks are named assets/locale-<lang>-<namespace>-<hash>.js (vite.config.ts).
    const localeLangs = new Set<string>();
    const namespaces = new Set<string>();
    page.on('request', (request) => {
      const match = /\/locale-([a-z]+)-([\w-]+)-[\w-]{8}\.js$/.exec(
        new URL(request.url()).pathname,
      );
      if (match?.[1] && match[2]) {
        localeLangs.add(match[1]);
        namespaces.add(match[2]);
      }
    });
    await openPath(page, '', { lang });

    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
    // The bare site lands on the persona's portal home.
    await expect(page).toHaveURL(/#\/partner-center$/);
    await expect(page.getByTestId('portal-name')).toHaveText(expected.portal);
    await expect(personaSwitcher(page)).toHaveAccessibleName(expected.persona);
    await expect(personaSwitcher(page)).toHaveValue('u-megan');
    await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(0));
    await expect(mailBadge(page)).toHaveAccessibleName(expected.mail);

    const nav = page
      .getByRole('navigation')
      .filter({ has: page.getByRole('link', { name: expected.nav[0], exact: true }) });
    for (const label of expected.nav)
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: expected.nav[0] })).toBeVisible();
    if (lang === 'en') await expect(portalNav(page, 'Partner Center')).toBeVisible();
    // Issue 19: the first view fetches the chosen language's texts and no other language's.
    expect([...localeLangs]).toEqual([lang]);
    // …and only the namespaces of the shell and this page (src/i18n/routeNamespaces.ts).
    for (const other of ['o365', 'providers', 'enroll', 'simulator', 'training'])
      expect([...namespaces]).not.toContain(other);
    // Issue 12: the landing replaced the bare address, so Back leaves the site instead of
    // returning to `#/` and being sent forward to the portal again (a Back trap).
    if (lang === 'en') {
      await page.goBack();
      await expect(page).not.toHaveURL(/#\/partner-center$/);
    }
  });
}
