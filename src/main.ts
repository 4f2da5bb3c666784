import { mount } from 'svelte';
import App from './App.svelte';
import { showWorld } from './app/world.svelte';
import { training } from './training/trainingSession.svelte';
import { initI18n } from './i18n/i18n.svelte';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n/languages';
import { session } from './app/session.svelte';
import { parseHash } from './app/router.svelte';
import { runBoot } from './app/safeStart';
import { assertStoredWorld } from './db/storedWorld';
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
    // A stored record that doesn't fit (an older build, the developer tools) throws: the boot
    // then takes the safe start, which names it (issue 17), instead of a page blanking on it.
    training.boot(param('scenario') ?? 'default').then(async (w) => {
      if (!w.training) await assertStoredWorld(w.opened.db);
      return w;
    }),
    initI18n(detectLanguage(url, savedLanguage(), navigator.languages ?? [navigator.language])),
  ]);
  showWorld(world.opened, world.training);
  session.init(param('persona'));
  // The link's persona applies once: dropped from the address, a reload keeps the tab's own choice.
  if (param('persona') !== null)
    history.replaceState(history.state, '', withoutParam(location.href, 'persona'));
  const target = document.getElementById('app');
  if (!target) throw new Error('#app missing');
  target.replaceChildren();
  training.connectLms(url);
  mount(App, { target });
  startOffline();
}

// After first paint: the service worker and its update prompt (only in builds that have one; not LMS).
function startOffline() {
  if (!import.meta.env.PWA || !('serviceWorker' in navigator)) return;
  void Promise.all([import('./app/pwa/pwa.svelte'), import('./app/pwa/UpdatePrompt.svelte')])
    .then(([pwa, { default: UpdatePrompt }]) => {
      const host = document.body.appendChild(document.createElement('div'));
      mount(UpdatePrompt, { target: host });
      return pwa.startPwa();
    })
    .catch((error) => console.error(error));
}

// A failing or hanging start falls back to the safe start (src/app/safeStart.ts), so a stored
// world can never lock the learner out of export, reset and import.
runBoot(start);
