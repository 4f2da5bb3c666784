// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { initI18n, loadNamespaces, t } from '../../i18n/i18n.svelte';
import CohortPage from './CohortPage.svelte';
import { exportRuns, toJson, withVerification } from '../progress/export';
import { walkthroughBySlug } from '../walkthroughs';
import { finishedRun } from '../progress/runFixture';

// Issue 17: a results file the trainer loads that isn't one (another format, a newer version,
// markup, too large, empty) is named with the reason in the trainer's language (Russian here),
// and the cohort kept in this browser is unchanged.

const KEY = 'partner-sim.cohort';
const file = (name: string, text: string | Uint8Array) =>
  new File([text as BlobPart], name, { type: 'application/json' });

beforeEach(async () => {
  localStorage.clear();
  await initI18n('ru');
  await loadNamespaces(['training', 'cohort']);
});

it('refuses each bad results file by name, in Russian, and keeps the cohort as it was', async () => {
  const user = userEvent.setup();
  render(CohortPage, {
    props: { query: new URLSearchParams(), params: {}, persona: undefined as never },
  });
  await screen.findByTestId('cohort-empty');
  const stored = localStorage.getItem(KEY);
  await user.upload(screen.getByTestId('cohort-files'), [
    file('world.json', '{"format":"partner-sim-world","version":3}'),
    file('newer.json', '{"format":"partner-sim.results","version":99,"runs":[]}'),
    file('markup.json', '<script>alert(1)</script>'),
    file('empty.json', '{"format":"partner-sim.results","version":1,"runs":[]}'),
    file('notes.txt', 'hello'),
  ]);
  const problems = await screen.findByTestId('cohort-problems');
  await waitFor(() => expect(within(problems).getAllByRole('listitem')).toHaveLength(5));
  expect(
    within(problems)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    `empty.json: ${t('cohort:problems.empty')}`,
    `markup.json: ${t('cohort:problems.notResults')}`,
    `newer.json: ${t('cohort:problems.newerVersion')}`,
    `notes.txt: ${t('cohort:problems.notResults')}`,
    `world.json: ${t('cohort:problems.notResults')}`,
  ]);
  expect(t('cohort:problems.newerVersion')).toMatch(/верси/);
  expect(document.querySelector('script')).toBeNull();
  expect(screen.getByTestId('cohort-added').textContent).toContain(
    t('cohort:files.added', { count: 0 }),
  );
  expect(localStorage.getItem(KEY) ?? '[]').toBe(stored ?? '[]');
});

// Issue 12/15: a matrix cell counts attempts in the trainer's language's plural forms, and a run
// under a minute is given in seconds (not "1 min").
it('a cell says “1 попытка” and the seconds of a short run', async () => {
  const user = userEvent.setup();
  const run = finishedRun({
    id: 'run_short',
    lang: 'ru',
    learner: 'Ирина',
    finishedAt: Date.UTC(2026, 0, 2, 3, 0, 40),
    elapsedMs: 40_000,
  });
  const json = toJson(await withVerification(exportRuns([run], walkthroughBySlug)));
  render(CohortPage, {
    props: { query: new URLSearchParams(), params: {}, persona: undefined as never },
  });
  await screen.findByTestId('cohort-empty');
  await user.upload(screen.getByTestId('cohort-files'), [file('irina.json', json)]);
  const cell = await screen.findByTestId('cohort-cell');
  expect(cell.textContent).toContain('1 попытка');
  expect(cell.textContent).toContain('40 секунд');
  expect(cell.textContent).not.toContain('мин');
});
