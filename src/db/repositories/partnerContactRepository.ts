import type { AppDB } from '../AppDB';
import { validateContact } from '../../domain/findPartner';
import { deliverMail } from './mailOut';
import { reportingWrite } from './outcome';

/**
 * W-FIND: the customer's request reaches each chosen partner's Admin and Sales agents (the
 * staff who handle customer leads). The contact form is validated again here: a rule is
 * never checked only in the UI. Returns the partners' names.
 */
export async function sendContactRequest(
  db: AppDB,
  input: { fromUserId: string; partnerIds: string[]; needs: string },
): Promise<string[]> {
  const errors = validateContact(input.partnerIds, input.needs);
  if (Object.keys(errors).length)
    throw new Error(`invalid contact request: ${JSON.stringify(errors)}`);
  return reportingWrite(() =>
    db.transaction('rw', [db.users, db.tenants, db.partners, db.mail, db.meta], async () => {
      const from = await db.users.get(input.fromUserId);
      if (!from) throw new Error('unknown sender');
      const customer = await db.tenants.get(from.tenantId);
      if (!customer || customer.kind === 'partner')
        throw new Error('only customers contact partners here');
      const names: string[] = [];
      for (const partnerId of input.partnerIds) {
        const [tenant, org] = await Promise.all([
          db.tenants.get(partnerId),
          db.partners.get(partnerId),
        ]);
        if (!tenant || !org?.listing) throw new Error(`partner ${partnerId} is not listed`);
        const staff = (await db.users.where('tenantId').equals(partnerId).toArray()).filter(
          (u) => u.roles.includes('adminAgent') || u.roles.includes('salesAgent'),
        );
        await deliverMail(db, {
          fromName: from.displayName,
          fromEmail: from.email,
          to: staff.length ? staff.map((u) => u.email) : [org.primaryContactEmail],
          subject: {
            kind: 'i18n',
            key: 'mail:contactRequest.subject',
            params: { customer: customer.name },
          },
          body: {
            kind: 'i18n',
            key: 'mail:contactRequest.body',
            params: {
              customer: customer.name,
              name: from.displayName,
              email: from.email,
              needs: input.needs.trim(),
            },
          },
        });
        names.push(tenant.name);
      }
      return names;
    }),
  );
}

/** Every partner listed on the find-a-partner site (a handful; partner listings are small). */
export async function listedPartners(db: AppDB) {
  const orgs = (await db.partners.toArray()).filter((o) => o.listing);
  const tenants = await db.tenants.bulkGet(orgs.map((o) => o.tenantId));
  return orgs.flatMap((organization, i) =>
    tenants[i] ? [{ tenant: tenants[i]!, organization }] : [],
  );
}
