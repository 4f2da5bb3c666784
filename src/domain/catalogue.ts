// Offers in the simulated world. Product names are proper names and stay untranslated.
export interface Offer {
  id: string;
  name: string;
  /** Azure subscriptions are what a reseller without admin rights may still manage (R-REQ-1). */
  azure: boolean;
}

export const OFFERS: Offer[] = [
  { id: 'o365-e1', name: 'Office 365 E1', azure: false },
  { id: 'o365-e3', name: 'Office 365 E3', azure: false },
  { id: 'm365-business-standard', name: 'Microsoft 365 Business Standard', azure: false },
  { id: 'exchange-online-p1', name: 'Exchange Online (Plan 1)', azure: false },
  { id: 'azure-plan', name: 'Azure plan', azure: true },
];

export function offerName(id: string): string {
  return OFFERS.find((o) => o.id === id)?.name ?? id;
}
