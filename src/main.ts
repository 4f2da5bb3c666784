import { mount } from 'svelte';
import App from './App.svelte';
import { showWorld } from './app/world.svelte';
import { training } from './training/trainingSession.svelte';
import { initI18n } from './i18n/i18n.svelte';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n/languages';
import { session } from './app/session.svelte';
import { parseHash } from './app/router.svelte';
import { runBoot } from './app/safeStart';
import { withoutParam } from './app/urlParams';
import './lib/ui/theme.css';

// Composition root: language, database, session, then mount. Nothing else lives here.
function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

async function start() {
  const url = new URL(location.href);
  const hashQuery = parseHash(location.hash).query;
  const param = (name: string) => url.searchParams.get(name) ?? hashQuery.get(name);
  // A walkthrough left running (a reload) reopens in its own world; otherwise the learner's world.
  const [world] = await Promise.all([
    training.boot(param('scenario') ?? 'default'),
    initI18n(detectLanguage(url, savedLanguage(), navigator.languages ?? [navigator.language])),
  ]);
  showWorld(world.opened, world.training);
  session.init(param('persona'));
  // The link's persona applies once: dropped from the address, a reload keeps the tab's own choice.
  if (param('persona') !== null) history.replaceState(history.state, '', withoutParam(location.href, 'persona'));
  const target = document.getElementById('app');
  if (!target) throw new Error('#app missing');
  target.replaceChildren();
  training.connectLms(url);
  mount(App, { target });
}

// A failing or hanging start falls back to the safe start (src/app/safeStart.ts), so a stored
// world can never lock the learner out of export, reset and import.
runBoot(start);
