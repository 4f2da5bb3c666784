import type { AppDB } from '../db/AppDB';
import { SCENARIO_NAMES } from '../db/scenarios';
import { LANGUAGES } from '../i18n/languages';
import { checkStartLink, isPersonaId, type StartLinkProblem } from '../domain/startLink';

/**
 * A plain link's `?persona=`, `?scenario=` and `?lang=` checked against the open world (issue 17).
 * A walkthrough's link (`#/learn/<slug>?lang=`) and an LMS launch (`?w=`) check their own
 * language and say so on their page, so the language is left to them here.
 */
export async function startLinkProblems(
  db: AppDB,
  param: (name: string) => string | null,
  hashPath: string,
): Promise<StartLinkProblem[]> {
  const persona = param('persona');
  let known = false;
  if (persona !== null && isPersonaId(persona)) {
    try {
      known = (await db.users.get(persona)) !== undefined;
    } catch {
      // A world that can't be read is the boot check's to report; the link's persona is unknown.
    }
  }
  const ownLanguageCheck = /^\/?learn\/(?!cohort|verify)/.test(hashPath) || param('w') !== null;
  return checkStartLink(
    { persona, scenario: param('scenario'), lang: ownLanguageCheck ? null : param('lang') },
    { hasUser: () => known, scenarios: SCENARIO_NAMES, languages: LANGUAGES },
  );
}

/** The message's key and parameters, for the shell's texts (common namespace, loaded at start). */
export function startLinkMessage(problem: StartLinkProblem): {
  key: string;
  params: Record<string, string>;
} {
  return {
    key: `shell.link.${problem.parameter}`,
    params: {
      value: problem.value,
      ...(problem.parameter === 'scenario' ? { names: SCENARIO_NAMES.join(', ') } : {}),
    },
  };
}
