import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { listedPartners, sendContactRequest } from '../../db/repositories/partnerContactRepository';
import { searchPartners, type ListedPartner, type SearchCriteria } from '../../domain/findPartner';
import type { ServiceTag } from '../../domain/types';
import { findPartnerMachine, type SendContactInput } from './findPartner.machine';

/** The machine with its I/O: search the world's listings, send the request through the repository. */
export function findPartnerWorkflow(userId: string, serviceLabels: (tag: ServiceTag) => string[]) {
  return findPartnerMachine.provide({
    actors: {
      search: fromPromise<ListedPartner[], SearchCriteria>(async ({ input }) =>
        searchPartners(await listedPartners(getDb()), input, serviceLabels),
      ),
      sendContact: fromPromise<string[], SendContactInput>(({ input }) =>
        sendContactRequest(getDb(), { fromUserId: userId, ...input }),
      ),
    },
  });
}
