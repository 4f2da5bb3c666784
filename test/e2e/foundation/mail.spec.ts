import { test, expect } from '../fixtures';
import { mailBadge, openPath } from '../helpers';

// 4. Mail: the welcome message, its unread state and its in-app link.
test('welcome mail: opening it marks it read; its link routes inside the app', async ({ page }) => {
  await openPath(page);
  const badge = mailBadge(page);
  await expect(badge).toHaveAccessibleName('Mail, 1 unread message');

  await badge.click();
  await expect(page).toHaveURL(/#\/mail$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mail' })).toBeVisible();
  await expect(page.getByText('Mailbox of Megan Bowen (megan@fabrikam.example)')).toBeVisible();

  const inbox = page.getByRole('list', { name: 'Inbox' });
  const item = inbox.getByRole('link', { name: /Welcome to Partner Center in the simulator/ });
  await expect(item).toHaveCount(1);
  // Unread messages say so to screen readers.
  await expect(item).toContainText('Unread:');
  await item.click();
  await expect(page).toHaveURL(/#\/mail\/mail-welcome-u-megan$/);

  const message = page.getByRole('article', { name: 'Welcome to Partner Center in the simulator' });
  await expect(message).toContainText('Hello Megan Bowen,');
  await expect(badge).toHaveAccessibleName('Mail, 0 unread messages');
  await expect(item).not.toContainText('Unread:');

  // The simulator link in the body is an in-app link: it routes, it doesn't leave the site.
  const link = message
    .getByTestId('mail-body')
    .getByRole('link', { name: 'https://partner-sim.example/#/partner-center' });
  await expect(link).toHaveAttribute('href', '#/partner-center');
  await link.click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/#\/partner-center$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(badge).toHaveAccessibleName('Mail, 0 unread messages');
});

test('welcome mail: "Mark as unread" brings the unread count back', async ({ page }) => {
  await openPath(page, 'mail/mail-welcome-u-megan');
  const badge = mailBadge(page);
  const message = page.getByRole('article', { name: 'Welcome to Partner Center in the simulator' });
  await expect(message).toBeVisible();
  await expect(badge).toHaveAccessibleName('Mail, 0 unread messages');

  await message.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(badge).toHaveAccessibleName('Mail, 1 unread message');
  const item = page
    .getByRole('list', { name: 'Inbox' })
    .getByRole('link', { name: /Welcome to Partner Center/ });
  await expect(item).toContainText('Unread:');
  // Still unread after leaving the message.
  await page.getByTestId('portal-name').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(badge).toHaveAccessibleName('Mail, 1 unread message');
});
