// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import MailList from './MailList.svelte';
import MailBody from './MailBody.svelte';
import { useLanguage } from '../../../test/i18n';
import type { Mail } from '../../domain/types';
import { simLink } from '../../domain/mailLinks';

beforeAll(() => useLanguage('en'));

const mail = (id: string, read: 0 | 1, subject: string): Mail => ({
  id,
  mailbox: 'patti@contoso.example',
  fromName: 'Megan Bowen',
  fromEmail: 'megan@fabrikam.example',
  to: ['patti@contoso.example'],
  subject: { kind: 'plain', text: subject },
  body: { kind: 'plain', text: 'x' },
  sentAt: Date.UTC(2020, 9, 5),
  read,
});

describe('MailList', () => {
  it('lists messages with sender, subject and date, marks unread ones, and links each to its route', () => {
    render(MailList, {
      messages: [mail('m1', 0, 'Invitation'), mail('m2', 1, 'Older')],
      selectedId: 'm2',
      label: 'Inbox',
    });
    const list = screen.getByRole('list', { name: 'Inbox' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/mail/m1', '#/mail/m2']);
    expect(links[0]).toHaveTextContent('Unread: Invitation');
    expect(links[0]).toHaveTextContent('Megan Bowen');
    expect(links[1]).not.toHaveTextContent('Unread');
    expect(links[1]).toHaveAttribute('aria-current', 'true');
  });

  it('says when the mailbox is empty', () => {
    render(MailList, { messages: [], selectedId: undefined, label: 'Inbox' });
    expect(screen.getByText('No mail yet.')).toBeInTheDocument();
  });
});

describe('MailBody', () => {
  it('renders typed markup as text and only simulator links as links', () => {
    const link = simLink('/mail/m1');
    const { container } = render(MailBody, {
      text: `<b>hi</b><script>alert(1)</script> https://example.com/x ${link}`,
    });
    expect(container.querySelector('b, script')).toBeNull();
    expect(screen.getByText(/<b>hi<\/b>/)).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '#/mail/m1');
  });
});
