import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { acceptMca, mcaStatus } from '../../db/repositories/agreementRepository';
import { acceptMcaMachine, type McaStatus } from './acceptMca.machine';

export function acceptMcaWorkflow(userId: string) {
  return acceptMcaMachine.provide({
    actors: {
      load: fromPromise<McaStatus, void>(() => mcaStatus(getDb(), userId)),
      accept: fromPromise<McaStatus, void>(() => acceptMca(getDb(), userId)),
    },
  });
}
