// The parameters a plain link to the simulator may carry besides a walkthrough's own
// (`?persona=`, `?scenario=`, `?lang=`; `?edition=` and `?profile=` have their own checks).
// Issue 17: a link is input like any other: a value that is not one the simulator has is
// refused with a message that names it, never followed silently, and nothing stored changes
// (the learner keeps their persona, their world and their language).

/** The shape of a user id a link may name; anything else (markup, spaces, 65+ characters) is no id. */
export const PERSONA_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export function isPersonaId(value: string): boolean {
  return PERSONA_ID.test(value);
}

/** Longest part of a link's value repeated in a message: it came from outside. */
export const LINK_VALUE_SHOWN_MAX = 40;

export type StartLinkParameter = 'persona' | 'scenario' | 'lang';

export interface StartLinkProblem {
  parameter: StartLinkParameter;
  /** The value as the link has it, cut to LINK_VALUE_SHOWN_MAX (shown as text, never markup). */
  value: string;
}

export interface StartLinkValues {
  persona: string | null;
  scenario: string | null;
  lang: string | null;
}

export interface StartLinkKnown {
  /** Whether the world holds a user with this id (asked only for a well-formed id). */
  hasUser: (id: string) => boolean;
  scenarios: readonly string[];
  languages: readonly string[];
}

/**
 * Every parameter of the link that names nothing the simulator has, in a fixed order. An
 * absent parameter is fine; an empty one (`?persona=`) is a value that names nothing.
 */
export function checkStartLink(values: StartLinkValues, known: StartLinkKnown): StartLinkProblem[] {
  const problems: StartLinkProblem[] = [];
  const refuse = (parameter: StartLinkParameter, value: string) =>
    problems.push({ parameter, value: value.slice(0, LINK_VALUE_SHOWN_MAX) });
  if (values.persona !== null && !(isPersonaId(values.persona) && known.hasUser(values.persona)))
    refuse('persona', values.persona);
  if (values.scenario !== null && !known.scenarios.includes(values.scenario))
    refuse('scenario', values.scenario);
  if (values.lang !== null && !known.languages.includes(values.lang)) refuse('lang', values.lang);
  return problems;
}
