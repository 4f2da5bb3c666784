import { assign, fromPromise, type EventObject, type MachineContext } from 'xstate';
import { refusalOf, type Refusal } from '../../domain/outcome';

// The outcome plumbing every machine shares (issue 13): the placeholder for an actor the page
// provides, the guard that tells a succeeded outcome, and the two actions that copy a
// succeeded result or a refusal into the context. XState can't narrow `event.output` through a
// guard, so without these each transition repeated `output.ok ? … : undefined`.

/**
 * The stand-in for an actor the page provides (`machine.provide({ actors })`): machines stay
 * pure, and a page that forgets one fails loudly instead of hanging in a loading state.
 */
export function notProvided<TOutput, TInput = void>(name: string) {
  return fromPromise<TOutput, TInput>(async () => {
    throw new Error(`${name} actor not provided`);
  });
}

type WithOutput = EventObject & { output?: unknown };

function outputOf(event: EventObject): Record<string, unknown> | undefined {
  const output = (event as WithOutput).output;
  return output && typeof output === 'object' ? (output as Record<string, unknown>) : undefined;
}

/** Guard: the invoked actor's outcome succeeded (`{ ok: true, … }`). */
export function succeeded({ event }: { event: EventObject }): boolean {
  return outputOf(event)?.ok === true;
}

/**
 * Action (params: a map of context field → output field): a succeeded outcome's fields into
 * the context, e.g. `{ view: 'view' }` or `{ workUserId: 'userId' }`. A refused outcome
 * leaves the context as it is.
 */
export function assignOk<TContext extends MachineContext, TEvent extends EventObject>() {
  return assign<TContext, TEvent, { [K in keyof TContext]?: string }, TEvent, never>(
    ({ event }, fields) => {
      const output = outputOf(event);
      if (output?.ok !== true) return {} as Partial<TContext>;
      const next: Record<string, unknown> = {};
      for (const [to, from] of Object.entries(fields)) if (from) next[to] = output[from];
      return next as Partial<TContext>;
    },
  );
}

/**
 * Action (params `{ to, as? }`): a refused outcome's Refusal (or only its `key`, with
 * `as: 'key'`) into the context's `to`. A succeeded outcome leaves the context as it is.
 */
export function assignRefusal<TContext extends MachineContext, TEvent extends EventObject>() {
  return assign<TContext, TEvent, { to: keyof TContext & string; as?: 'key' }, TEvent, never>(
    ({ event }, { to, as }) => {
      const output = outputOf(event);
      if (!output || output.ok !== false) return {} as Partial<TContext>;
      const refusal: Refusal = refusalOf(output as { ok: false });
      return { [to]: as === 'key' ? refusal.key : refusal } as Partial<TContext>;
    },
  );
}
