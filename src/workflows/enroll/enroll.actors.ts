import { fromPromise } from 'xstate';
import { getDb } from '../../db/instance';
import {
  createWorkAccount,
  signInPmc,
  signInWorkAccount,
  submitEnrollment,
} from '../../db/repositories/enrollmentRepository';
import { hashPassword } from '../../domain/passwords';
import type { BusinessProfile, NewWorkAccount } from '../../domain/enrollRules';
import { enrollMachine } from './enroll.machine';

/** The machine with its I/O; `countries` are the countries/regions a new work account may choose. */
export function enrollWorkflow(countries: readonly string[]) {
  return enrollMachine.provide({
    actors: {
      createAccount: fromPromise(async ({ input }: { input: NewWorkAccount }) =>
        createWorkAccount(getDb(), input, await hashPassword(input.password), countries),
      ),
      workSignIn: fromPromise(
        async ({ input }: { input: { userName: string; password: string } }) =>
          signInWorkAccount(getDb(), input.userName, await hashPassword(input.password)),
      ),
      pmcSignIn: fromPromise(({ input }: { input: { userName: string; password: string } }) =>
        signInPmc(getDb(), input.userName, input.password),
      ),
      submit: fromPromise(
        ({
          input,
        }: {
          input: { userId: string; pmcAccountId: string; mpnId: string; profile: BusinessProfile };
        }) => submitEnrollment(getDb(), input),
      ),
    },
  });
}
