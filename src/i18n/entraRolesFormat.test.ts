// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../test/i18n';
import { t } from './i18n.svelte';

describe('the entraRoles formatter: GDAP mails list roles in the reader’s language', () => {
  it.each([
    ['en', 'Helpdesk Administrator and Directory Readers'],
    ['ru', 'Администратор службы поддержки и Читатели каталогов'],
    ['zh', '支持管理员和目录读取者'],
  ] as const)('%s', async (lang, listed) => {
    await useLanguage(lang);
    const body = t('mail:gdap.approved.body', {
      approver: 'A',
      customer: 'C',
      partner: 'P',
      name: 'N',
      roles: 'helpdeskAdministrator,directoryReaders',
      expires: '2026-01-01',
    });
    expect(body).toContain(listed);
  });
});
