import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { setAutoExtend, type AutoExtendResult } from '../../db/repositories/adminRelationships';
import type { Outcome } from '../../domain/outcome';
import { gdapExtendMachine } from './gdapExtend.machine';

export function gdapExtendWorkflow(userId: string) {
  return gdapExtendMachine.provide({
    actors: {
      setAutoExtend: fromPromise<Outcome<AutoExtendResult>, { ids: string[]; on: boolean }>(
        ({ input }) => setAutoExtend(getDb(), userId, input.ids, input.on),
      ),
    },
  });
}
