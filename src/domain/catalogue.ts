// Offers in the simulated world. Product names are proper names and stay untranslated.
export interface Offer {
  id: string;
  name: string;
  /** Azure subscriptions are what a reseller without admin rights may still manage (R-REQ-1). */
  azure: boolean;
  /**
   * W-TRIAL: present when an Office 365 partner may put the service in a trial invitation:
   * the trial's length in days and the licences it comes with. Azure is not an Office 365
   * service, so it is neither trialled nor sold through Office 365 partner offers.
   */
  trial?: { days: number; licenses: number };
}

export const OFFERS: Offer[] = [
  { id: 'o365-e1', name: 'Office 365 E1', azure: false, trial: { days: 30, licenses: 25 } },
  { id: 'o365-e3', name: 'Office 365 E3', azure: false, trial: { days: 30, licenses: 25 } },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    azure: false,
    trial: { days: 30, licenses: 25 },
  },
  {
    id: 'exchange-online-p1',
    name: 'Exchange Online (Plan 1)',
    azure: false,
    trial: { days: 30, licenses: 25 },
  },
  { id: 'azure-plan', name: 'Azure plan', azure: true },
];

export function offerName(id: string): string {
  return OFFERS.find((o) => o.id === id)?.name ?? id;
}

/** W-OFFER: the services an Office 365 partner can put in a purchase offer. */
export function o365Services(): Offer[] {
  return OFFERS.filter((o) => !o.azure);
}

/** W-TRIAL: the services that can be trialled. */
export function trialServices(): Offer[] {
  return OFFERS.filter((o) => !!o.trial);
}
