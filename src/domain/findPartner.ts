import { checkText, type TextProblem } from './textInput';
import type { CountryCode, OrgSize, PartnerOrganization, ServiceTag, Tenant } from './types';

// W-FIND: the find-a-partner site. Search criteria and the contact form are validated here;
// the search filters the world's listed partners for real.

export interface SearchCriteria {
  country: CountryCode | '';
  size: OrgSize | '';
  keywords: string;
}

export interface ListedPartner {
  tenant: Pick<Tenant, 'id' | 'name' | 'country' | 'cloud'>;
  organization: Pick<PartnerOrganization, 'listing' | 'mpnId'>;
}

export const KEYWORDS_MAX = 100;
export const NEEDS_MAX = 2000;
export const NEEDS_MIN = 10;
export const MAX_SELECTED = 5;

export type SearchErrors = Partial<Record<'country' | 'keywords', TextProblem>>;

export function validateCriteria(c: SearchCriteria): SearchErrors {
  const errors: SearchErrors = {};
  if (!c.country) errors.country = 'required';
  const kw = checkText(c.keywords, { max: KEYWORDS_MAX });
  if (kw) errors.keywords = kw;
  return errors;
}

/**
 * Partners listed in the chosen country/region that serve the organization size and match
 * every keyword (against their name, city and services, in any language: `serviceLabels`
 * gives each service's names).
 */
export function searchPartners(
  partners: ListedPartner[],
  c: SearchCriteria,
  serviceLabels: (tag: ServiceTag) => string[],
): ListedPartner[] {
  const words = c.keywords
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  return partners
    .filter((p) => p.organization.listing && p.tenant.country === c.country)
    .filter((p) => !c.size || p.organization.listing!.sizes.includes(c.size))
    .filter((p) => {
      const listing = p.organization.listing!;
      const haystack = [
        p.tenant.name,
        listing.city,
        ...listing.services.flatMap((s) => [s, ...serviceLabels(s)]),
      ]
        .join(' ')
        .toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => a.tenant.name.localeCompare(b.tenant.name));
}

export type ContactErrors = Partial<
  Record<'selection' | 'needs', TextProblem | 'none' | 'tooMany'>
>;

export function validateContact(selected: readonly string[], needs: string): ContactErrors {
  const errors: ContactErrors = {};
  if (selected.length === 0) errors.selection = 'none';
  else if (selected.length > MAX_SELECTED) errors.selection = 'tooMany';
  const n = checkText(needs, { required: true, min: NEEDS_MIN, max: NEEDS_MAX });
  if (n) errors.needs = n;
  return errors;
}
