import { mount } from 'svelte';
import App from './App.svelte';
import { showWorld } from './app/world.svelte';
import { loadProgress, loadTrainingWorld, training } from './training/trainingSession.svelte';
import { initI18n, loadNamespaces, t } from './i18n/i18n.svelte';
import { LATER_NAMESPACES, routeNamespaces, START_NAMESPACES } from './i18n/routeNamespaces';
import { afterFirstView } from './app/afterFirstView';
import { applyProfileParam, profileProblemKey } from './app/profile.svelte';
import { toasts } from './lib/ui/toasts.svelte';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n/languages';
import { session } from './app/session.svelte';
import { matchPattern, parseHash } from './app/router.svelte';
import { ROUTES } from './app/routes';
import { runBoot } from './app/safeStart';
import { checkWorldAfterPaint, checkWorldBeforePaint } from './app/worldCheckAtBoot';
import { withoutParam } from './app/urlParams';
import { startLinkMessage, startLinkProblems } from './app/startLinkNotices';
import { followEditionLink, worldEdition } from './app/edition.svelte';
import { parseEdition } from './domain/edition';
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
  // A fresh world is made in the link's edition (issue 16); a stored one is never changed here.
  const editionParam = param('edition');
  // A trainer's link: its walkthrough's definitions and the progress code load alongside the
  // boot, not after its page asks.
  if (/^\/?learn\/(?!cohort|verify)[\w-]+$/.test(parseHash(location.hash).path))
    for (const load of [() => import('./training/walkthroughs'), loadProgress, loadTrainingWorld])
      void load().catch(() => undefined);
  // A walkthrough left running (a reload) reopens in its own world; otherwise the learner's world.
  const [world] = await Promise.all([
    // A stored record that doesn't fit (an older build, the developer tools) never blanks a
    // page (issue 17): checked in two parts, around the first paint (src/app/worldCheckAtBoot.ts).
    training
      .boot(param('scenario') ?? 'default', parseEdition(editionParam))
      .then(checkWorldBeforePaint),
    // Only the shell's texts and the first route's, in the chosen language (in parallel with the database).
    initI18n(detectLanguage(url, savedLanguage(), navigator.languages ?? [navigator.language]), [
      ...START_NAMESPACES,
      ...routeNamespaces(parseHash(location.hash).path),
    ]),
  ]);
  await showWorld(world.opened, world.training);
  // A link whose edition differs from the world's asks (the shell's EditionPrompt); a bad value
  // is refused with a message. Either way the parameter is dropped: a reload does not ask again.
  if (editionParam !== null) {
    followLinkEdition(editionParam, world.training);
    history.replaceState(history.state, '', withoutParam(location.href, 'edition'));
  }
  // A trainer's link may carry the partner's own profile (issue 15): applied before any page
  // (a walkthrough started by the link then plays under it), then dropped from the address.
  const profileParam = param('profile');
  if (profileParam !== null) {
    await applyLinkProfile(profileParam);
    history.replaceState(history.state, '', withoutParam(location.href, 'profile'));
  }
  // Issue 17: a persona, scenario or language the simulator doesn't have is named in a message,
  // never followed silently; the tab keeps its persona (nothing is stored for it), and the
  // refused parameter leaves the address so a reload doesn't say it again.
  const refused = await startLinkProblems(world.opened.db, param, parseHash(location.hash).path);
  for (const problem of refused) {
    const { key, params } = startLinkMessage(problem);
    toasts.push({ kind: 'error', message: t(key, params) });
    history.replaceState(history.state, '', withoutParam(location.href, problem.parameter));
  }
  session.init(refused.some((p) => p.parameter === 'persona') ? null : param('persona'));
  // The link's persona applies once: dropped from the address, a reload keeps the tab's own choice.
  if (param('persona') !== null)
    history.replaceState(history.state, '', withoutParam(location.href, 'persona'));
  const target = document.getElementById('app');
  if (!target) throw new Error('#app missing');
  target.replaceChildren();
  training.connectLms(url);
  watchProfileLinks();
  mount(App, { target });
  checkWorldAfterPaint(world);
  prefetchOnIntent();
  afterFirstView(() => {
    void loadNamespaces(LATER_NAMESPACES).catch(() => undefined);
    // The mail badge is on every screen: opening the mailbox should not wait for its page and texts.
    prefetchRoute('/mail');
    startOffline();
  });
}

/**
 * A link with `profile=` followed inside an open tab only changes the hash: no page load, so the
 * profile would be skipped. It reloads instead, and start() applies it before any page runs (a
 * walkthrough the link starts then plays under it). Capture phase: before the router sees it.
 */
function watchProfileLinks() {
  window.addEventListener(
    'hashchange',
    (event) => {
      // The same for `edition=` (issue 16): it is read at start, before any page.
      const query = parseHash(location.hash).query;
      if (!query.has('profile') && !query.has('edition')) return;
      event.stopImmediatePropagation();
      location.reload();
    },
    { capture: true },
  );
}

function followLinkEdition(value: string, isTraining: boolean) {
  const answer = followEditionLink(value, isTraining);
  if (answer === 'invalid')
    toasts.push({
      kind: 'error',
      // The value is shown as text (toasts never render markup), cut short: it came from a link.
      message: t('shell.edition.invalid', { value: value.slice(0, 40) }),
    });
  else if (answer === 'training')
    toasts.push({
      kind: 'info',
      message: t('shell.edition.inTraining', {
        wanted: t(`shell.edition.names.${parseEdition(value)}`),
        current: t(`shell.edition.names.${worldEdition.current}`),
      }),
    });
}

async function applyLinkProfile(value: string) {
  const refused = await applyProfileParam(value);
  if (!refused) return;
  await loadNamespaces(['cohort']);
  const reason =
    refused === 'failed'
      ? t('cohort:profile.failed')
      : t('cohort:profile.refusedLink', {
          reason: t(profileProblemKey(refused).key, profileProblemKey(refused).params),
        });
  toasts.push({ kind: 'error', message: reason });
}

/** Fetches a route's texts and page module ahead of the visit (both are cached once loaded). */
function prefetchRoute(path: string) {
  const namespaces = routeNamespaces(path);
  if (namespaces.length) void loadNamespaces(namespaces).catch(() => undefined);
  const route = ROUTES.find((r) => matchPattern(r.pattern, path));
  void route?.load().catch(() => undefined);
}

// A link about to be followed (pointer over it, or keyboard focus) gets its route's texts and
// page ahead of the click, so the next page does not wait for them.
function prefetchOnIntent() {
  const prefetch = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
    if (!link) return;
    prefetchRoute(parseHash(link.getAttribute('href') ?? '').path);
  };
  document.addEventListener('pointerover', prefetch, { passive: true });
  document.addEventListener('focusin', prefetch);
}

// Once the first page shows its content: the service worker and its update prompt (only in builds that have one; not LMS).
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
