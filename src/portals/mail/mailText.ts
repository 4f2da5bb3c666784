import type { Mail, MailText } from '../../domain/types';
import { t } from '../../i18n/i18n.svelte';

export const SIMULATOR_SENDER = 'simulator@partner-sim.example';

/** A mail text in the reader's language: system messages are keys, typed text stays as typed. */
export function renderMailText(text: MailText): string {
  return text.kind === 'plain' ? text.text : t(text.key, text.params);
}

export function senderName(mail: Pick<Mail, 'fromName' | 'fromEmail'>): string {
  return mail.fromEmail === SIMULATOR_SENDER ? t('mail:simulatorSender') : mail.fromName;
}
