import type { i18n } from 'i18next';
import { LANGUAGE_TAGS, isLanguage } from './languages';

/**
 * `{{roles, entraRoles}}`: a mail stores the Microsoft Entra roles it lists as ids
 * (`helpdeskAdministrator,directoryReaders`), so it reads in the reader's language; this
 * formatter names each (`common:entraRoles.<id>`) and joins them as that language lists things.
 */
export function addEntraRolesFormat(instance: i18n): void {
  instance.services.formatter?.add('entraRoles', (value: unknown, lng: string | undefined) => {
    const ids = String(value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const names = ids.map((id) => instance.t(`common:entraRoles.${id}`, { lng }));
    const tag = lng && isLanguage(lng) ? LANGUAGE_TAGS[lng] : 'en';
    return new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(names);
  });
}
