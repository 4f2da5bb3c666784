import type { Walkthrough } from '../types';
import { findAPartner } from './find-a-partner';
import { acceptInvitation } from './accept-invitation';
import { acceptMca } from './accept-mca';
import { removeRoles } from './remove-roles';
import { cancelInvitation } from './cancel-invitation';
import { partnerOfRecord } from './partner-of-record';
import { enrollReseller } from './enroll-reseller';
import { addUser } from './add-user';
import { connectProvider } from './connect-provider';
import { requestRelationship } from './request-relationship';
import { inviteWithProvider } from './invite-with-provider';
import { removeRelationship } from './remove-relationship';
import { trialInvitation } from './trial-invitation';
import { purchaseOffer } from './purchase-offer';
import { gdapRequest } from './gdap-request';
import { gdapApprove } from './gdap-approve';
import { gdapTerminateCustomer } from './gdap-terminate-customer';
import { gdapTerminatePartner } from './gdap-terminate-partner';
import { gdapExtend } from './gdap-extend';
import { gdapAssign } from './gdap-assign';
import { gdapTransition } from './gdap-transition';

// The catalogue's order: customers' admins first (as the documentation's customer page), then
// partner staff; within each, the 2020 edition (the default) before the Today edition's (issue 16).
export const WALKTHROUGHS: readonly Walkthrough[] = [
  findAPartner,
  acceptInvitation,
  acceptMca,
  removeRoles,
  cancelInvitation,
  partnerOfRecord,
  enrollReseller,
  addUser,
  connectProvider,
  requestRelationship,
  inviteWithProvider,
  removeRelationship,
  trialInvitation,
  purchaseOffer,
  gdapApprove,
  gdapTerminateCustomer,
  gdapRequest,
  gdapAssign,
  gdapExtend,
  gdapTerminatePartner,
  gdapTransition,
];

export function walkthroughBySlug(slug: string): Walkthrough | undefined {
  return WALKTHROUGHS.find((w) => w.slug === slug);
}
