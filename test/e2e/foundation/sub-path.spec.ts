import { test, expect } from '../fixtures';
import { mailBadge, openPath, personaSwitcher, switchPersona } from '../helpers';

// 9. The site works from a GitHub Pages-like sub-path, including the chunks loaded later
// (a persona's portal pages, mail, the Chinese locale).
test('works under /partner-sim/ in Chinese: switch persona, read mail, follow its link', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requested.push(url.pathname);
  });

  await openPath(page, '', { base: '/partner-sim/', lang: 'zh' });
  await expect(page).toHaveURL(/\/partner-sim\/\?lang=zh#\/partner-center$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('portal-name')).toHaveText('合作伙伴中心');
  await expect(page.getByRole('heading', { level: 1, name: '仪表板' })).toBeVisible();

  await switchPersona(page, 'u-patti');
  await expect(personaSwitcher(page)).toHaveAccessibleName('身份：Patti Fernandez。切换身份');
  const portalName = page.getByTestId('portal-name');
  await expect(portalName).toHaveText('Microsoft 365 管理中心');
  await portalName.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft 365 管理中心' }),
  ).toBeVisible();

  await mailBadge(page).click();
  await expect(page).toHaveURL(/\/partner-sim\/\?lang=zh#\/mail$/);
  await page
    .getByRole('list', { name: '收件箱' })
    .getByRole('link', { name: /欢迎使用模拟器中的管理门户/ })
    .click();
  const message = page.getByRole('article', { name: '欢迎使用模拟器中的管理门户' });
  await expect(message).toContainText('Patti Fernandez，你好');
  await expect(mailBadge(page)).toHaveAccessibleName('邮件，0 封未读邮件');

  // The customer's welcome link is the bare site (#/): it lands in the persona's portal.
  await message.getByRole('link', { name: 'https://partner-sim.example/#/' }).click();
  await expect(page).toHaveURL(/\/partner-sim\/\?lang=zh#\/admin-center$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft 365 管理中心' }),
  ).toBeVisible();

  expect(requested.length).toBeGreaterThan(3);
  expect(requested.filter((p) => !p.startsWith('/partner-sim/'))).toEqual([]);
});
