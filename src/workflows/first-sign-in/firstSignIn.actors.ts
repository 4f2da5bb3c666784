import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import { completeFirstSignIn, verifyTemporaryPassword } from '../../db/repositories/userRepository';
import {
  firstSignInMachine,
  type SignInCredentials,
  type SignInOutcome,
} from './firstSignIn.machine';

export function firstSignInWorkflow(userId: string) {
  const outcome = (r: { ok: true } | { ok: false; key: string }): SignInOutcome =>
    r.ok ? { ok: true } : { ok: false, key: r.key };
  return firstSignInMachine.provide({
    actors: {
      verifyTemporary: fromPromise<SignInOutcome, SignInCredentials>(async ({ input }) =>
        outcome(await verifyTemporaryPassword(getDb(), userId, input)),
      ),
      // R-IND-6 again in the repository: the temporary password and the new one's rules.
      changePassword: fromPromise<
        SignInOutcome,
        SignInCredentials & { password: string; confirmation: string }
      >(async ({ input }) => outcome(await completeFirstSignIn(getDb(), userId, input))),
    },
  });
}
