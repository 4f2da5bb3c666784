import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  setPartnerOfRecord,
  type PartnerChoice,
  type PorOutcome,
} from '../../db/repositories/o365Repository';
import { partnerOfRecordMachine } from './partnerOfRecord.machine';

export function partnerOfRecordWorkflow(userId: string) {
  return partnerOfRecordMachine.provide({
    actors: {
      save: fromPromise<PorOutcome, PartnerChoice>(({ input }) =>
        setPartnerOfRecord(getDb(), userId, input),
      ),
    },
  });
}
