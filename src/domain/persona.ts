import type { AccessSubject } from './access';
import type { Portal } from './portals';
import type { PartnerOrganization, Role, Tenant, User } from './types';

/** Who the learner is acting as: a user, its organization, its portal and what its roles allow. */
export interface Persona {
  user: User;
  tenant: Tenant;
  partner?: PartnerOrganization;
  portal: Portal;
  subject: AccessSubject;
}

/** One line of the persona switcher. */
export interface PersonaSummary {
  userId: string;
  displayName: string;
  primaryRole: Role | undefined;
  tenantName: string;
  tenantId: string;
}
