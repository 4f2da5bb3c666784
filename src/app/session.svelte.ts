import { isPersonaId } from '../domain/startLink';

// Who the learner is acting as. Per tab (sessionStorage), so a partner in one tab and the
// customer in another can play both sides of a workflow; a new tab starts as the persona
// last chosen anywhere (localStorage), else the world's default persona.

const KEY = 'partner-sim.persona';

function read(storage: () => Storage): string | null {
  try {
    return storage().getItem(KEY);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, value: string): void {
  try {
    storage().setItem(KEY, value);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

class Session {
  personaId = $state<string | null>(null);

  /** `fromUrl` is a link's `?persona=`, already checked against the world (startLinkNotices.ts); its shape is checked again here. */
  init(fromUrl: string | null): void {
    const candidate =
      fromUrl && isPersonaId(fromUrl)
        ? fromUrl
        : (read(() => sessionStorage) ?? read(() => localStorage));
    this.personaId = candidate && isPersonaId(candidate) ? candidate : null;
    if (fromUrl && this.personaId === fromUrl) this.select(fromUrl);
  }

  /** `remember: false` for the personas a walkthrough plays: the learner's own choice stays stored. */
  select(userId: string, remember = true): void {
    this.personaId = userId;
    if (!remember) return;
    write(() => sessionStorage, userId);
    write(() => localStorage, userId);
  }
}

export const session = new Session();
