// One outcome shape for rules, repositories and machines (issue 13). A rule or a write either
// succeeds with its result beside `ok: true`, or is refused with a Refusal: the i18n key of the
// message, its parameters, and the rule id the training coach cites. The i18n keys and rule ids
// are the callers' own; this module only fixes where they sit.

/** Why something was refused: the message (an i18n key and its parameters) and the rule behind it. */
export interface Refusal<K extends string = string> {
  key: K;
  params?: Record<string, string>;
  ruleId?: string;
}

/** A refused outcome: the refusal's fields beside `ok: false`. */
export type Refused<R extends Refusal = Refusal> = { ok: false } & R;

/** Succeeded with T's fields beside `ok: true`, or refused. */
export type Outcome<T extends object = object, R extends Refusal = Refusal> =
  ({ ok: true } & T) | Refused<R>;

/**
 * The outcome of opening a link (an invitation, an offer): the refusal is kept whole under
 * `block`, because the page shows a panel per block rather than one message.
 */
export type LinkOutcome<T extends object, B extends Refusal = Refusal> =
  ({ ok: true } & T) | { ok: false; block: B };

/** A refused outcome; `params` and `ruleId` are left out when not given. */
export function refuse<K extends string>(
  key: K,
  params?: Record<string, string>,
  ruleId?: string,
): Refused<Refusal<K>> {
  const refused: Refused<Refusal<K>> = { ok: false, key };
  if (params !== undefined) refused.params = params;
  if (ruleId !== undefined) refused.ruleId = ruleId;
  return refused;
}

/** The refusal inside a refused outcome of either shape (flat, or kept under `block`). */
export function refusalOf(outcome: { ok: false } & object): Refusal {
  const o = outcome as { block?: Refusal } & Partial<Refusal>;
  if (o.block) return o.block;
  const refusal: Refusal = { key: o.key ?? '' };
  if (o.params !== undefined) refusal.params = o.params;
  if (o.ruleId !== undefined) refusal.ruleId = o.ruleId;
  return refusal;
}
