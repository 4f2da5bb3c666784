import type { AppDB } from '../db/AppDB';
import { readEdition } from '../db/repositories/worldRepository';
import { DEFAULT_EDITION, editionOf, parseEdition, type Edition } from '../domain/edition';

// The edition of the world on screen (issue 16), and a link's `?edition=` that differs from it.
// A world never changes edition silently: such a link only asks (EditionPrompt, in the shell);
// the learner resets the world into the link's edition or keeps it. State, so the top bar, the
// navigation and the pages that differ by edition re-render when it changes.

let shown = $state<Edition>(DEFAULT_EDITION);
let asked = $state<Edition | undefined>(undefined);

export const worldEdition = {
  get current(): Edition {
    return shown;
  },
  /** The edition a link asked for that differs from the world's, until the learner answers. */
  get asked(): Edition | undefined {
    return asked;
  },
};

/** Reads the shown world's edition (a world without one is a 2020 world). */
export async function loadEdition(db: AppDB): Promise<void> {
  try {
    shown = editionOf({ edition: await readEdition(db) });
  } catch {
    shown = DEFAULT_EDITION;
  }
}

/** The shell's live view of the world's meta row keeps this in step (another tab may reset it). */
export function showEdition(edition: Edition): void {
  shown = edition;
}

export type EditionLink = 'same' | 'ask' | 'invalid' | 'training';

/**
 * A link's `?edition=` after the world is open: the same edition changes nothing; another one
 * asks; a value that is no edition is refused (the caller says so); a walkthrough's world is the
 * walkthrough's edition and is never reset from a link.
 */
export function followEditionLink(value: string, isTraining: boolean): EditionLink {
  const wanted = parseEdition(value);
  if (!wanted) return 'invalid';
  if (wanted === shown) return 'same';
  if (isTraining) return 'training';
  asked = wanted;
  return 'ask';
}

/** The learner answered the question (either way): nothing more is asked. */
export function clearEditionQuestion(): void {
  asked = undefined;
}
