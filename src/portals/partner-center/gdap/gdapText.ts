import { formatDate, t } from '../../../i18n/i18n.svelte';
import type { EntraRole } from '../../../domain/entraRoles';

// How the GDAP pages write the values they share (roles, dates, Auto extend), so a list, a
// detail page and the expiring page say them the same way in every language.

export const rolesText = (roles: readonly EntraRole[]): string =>
  roles.map((r) => t(`common:entraRoles.${r}`)).join(', ');

export const dayText = (ms: number | undefined): string =>
  ms === undefined ? '' : formatDate(ms, { dateStyle: 'medium' });

/** W-GDAP-EXTEND: the Auto extend toggle reads "Yes (6 months)" (R-GDAP-5: 180 days) or "No". */
export const autoExtendText = (on: boolean): string =>
  t(on ? 'gdap:pc.autoExtend.yes' : 'gdap:pc.autoExtend.no');

export const workspaceHref = (customerId: string): string =>
  `#/partner-center/customers/${encodeURIComponent(customerId)}/admin-relationships`;
