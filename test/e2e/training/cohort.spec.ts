import { test, expect } from '../fixtures';
import { AXE_TAGS } from '../helpers';
import AxeBuilder from '@axe-core/playwright';
import { walkthroughBySlug } from '../../../src/training/walkthroughs';
import { doSteps, runLink } from './coach';
import { exportRuns, toCsv, toJson, withVerification } from '../../../src/training/progress/export';
import type { Run } from '../../../src/training/progress/run';

// The trainer's desk: three learners' exports (JSON, JSON, CSV; en, ru, zh) plus a tampered and
// a foreign file; the matrix and the charts show the numbers those files hold.

const base = Date.UTC(2026, 0, 5, 9, 0, 0);
const run = (learner: string, slug: string, over: Partial<Run>): Run => ({
  id: `${learner}-${slug}-${over.startedAt ?? base}`,
  slug,
  mode: 'test',
  lang: 'en',
  embed: false,
  pace: 'normal',
  learner,
  status: 'finished',
  step: walkthroughBySlug(slug)!.steps.length,
  stepCount: walkthroughBySlug(slug)!.steps.length,
  helpLevel: 0,
  mistakes: [],
  startedAt: base,
  finishedAt: base + 120_000,
  elapsedMs: 120_000,
  score: 100,
  passed: true,
  ...over,
});
const rule = (step: number, id: string, slug: string) => ({
  step,
  stepId: walkthroughBySlug(slug)!.steps[step]!.id,
  kind: 'rule' as const,
  detail: id,
  at: base + 1000,
});

async function files() {
  const rows = (runs: Run[]) => withVerification(exportRuns(runs, walkthroughBySlug));
  const anna = await rows([
    run('Anna', 'remove-roles', {
      score: 50,
      passed: false,
      mistakes: [rule(1, 'R-MPR-7', 'remove-roles'), rule(2, 'R-MPR-7', 'remove-roles')],
    }),
    run('Anna', 'remove-roles', { startedAt: base + 3_600_000, finishedAt: base + 3_700_000 }),
  ]);
  const boris = await rows([
    run('Борис', 'remove-roles', {
      lang: 'ru',
      score: 75,
      passed: false,
      mistakes: [rule(1, 'R-MPR-7', 'remove-roles')],
    }),
    run('Борис', 'add-user', { lang: 'ru', mode: 'practice', score: undefined, passed: undefined }),
  ]);
  const chen = await rows([run('陈', 'add-user', { lang: 'zh' })]);
  const tampered = JSON.parse(toJson(boris)) as { runs: { score: number; passed: boolean }[] };
  tampered.runs[0]!.score = 100;
  tampered.runs[0]!.passed = true;
  return {
    list: [
      { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(toJson(anna)) },
      { name: 'boris.json', mimeType: 'application/json', buffer: Buffer.from(toJson(boris)) },
      { name: 'chen.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(chen)) },
      {
        name: 'boris-edited.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(tampered)),
      },
      {
        name: 'world.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"partner-sim.world","version":1}'),
      },
    ],
    annaPassCode: anna[1]!.verification!,
  };
}

test.describe.configure({ timeout: 90_000 });

test('cohort: files validated by name, matrix and charts show the files’ numbers, a code verifies; axe clean', async ({
  page,
}) => {
  const { list, annaPassCode } = await files();
  await page.goto('./#/learn/cohort');
  await expect(page.getByTestId('cohort-empty')).toBeVisible();
  await page.getByTestId('cohort-files').setInputFiles(list);

  await expect(page.getByTestId('cohort-added')).toHaveText('5 runs added.');
  const problems = page.getByTestId('cohort-problems').locator('li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText(
    'boris-edited.json: record 1 was changed after export',
  );
  await expect(problems.nth(1)).toContainText('world.json: this is not a results export');

  const rows = page.getByTestId('cohort-row');
  await expect(rows).toHaveCount(3);
  // Columns: learner, tests passed, add-user, remove-roles (sorted by slug).
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('1');
  await expect(rows.nth(0).locator('td').nth(2)).toContainText('Passed');
  await expect(rows.nth(0).locator('td').nth(2)).toContainText('best 100 · 2 attempts · 4 min');
  await expect(rows.nth(1).locator('td[data-status]')).toHaveText([
    /Practised/,
    /Not passed.*best 75 · 1 attempts/s,
  ]);
  await expect(rows.nth(2).locator('td[data-status]').nth(0)).toContainText('Passed');

  // Pass rate: add-user 1/1, remove-roles 1/2. Scores: 50 (40–59), 75 (60–79), 100 and 100 (80–100).
  await expect(page.getByTestId('chart-pass-rate-table').locator('td')).toHaveText([
    '100 %',
    '50 %',
  ]);
  await expect(page.getByTestId('chart-scores-table').locator('td')).toHaveText([
    '0',
    '0',
    '1',
    '1',
    '2',
  ]);
  await expect(page.getByTestId('chart-scores-summary')).toHaveText(
    '2 of 4 tests reached the pass mark of 80.',
  );
  await expect(page.getByTestId('chart-rules-summary')).toHaveText(
    'R-MPR-7 was refused most often: 3 times, by 2 learners.',
  );
  await expect(page.getByTestId('chart-pass-rate').locator('svg[role="img"]')).toHaveAttribute(
    'aria-describedby',
    'pass-rate-summary',
  );

  // Filter by language: only Борис's runs.
  await page.getByTestId('filter-language').selectOption('ru');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('filter-language').selectOption('');

  // A learner's row opens their attempts, each with its verification code.
  await rows.nth(0).getByRole('button').click();
  await expect(page.getByTestId('cohort-attempts').locator('tbody tr')).toHaveCount(2);

  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // The cohort stays until cleared; a certificate's code is found in it.
  await page.goto(`./#/learn/verify?code=${annaPassCode.toLowerCase()}`);
  await expect(page.getByTestId('cohort-row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('verify-result')).toContainText(
    'Matches: Anna completed a simulation of',
  );
  await page.getByTestId('verify-code').fill('0000-0000-0000-0000');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('verify-result')).toHaveText(
    'No run in the loaded cohort has this code.',
  );
});

test('certificate: a passed test in ru prints a certificate whose code the cohort view verifies from the exported file; axe clean', async ({
  page,
}) => {
  const removeRoles = walkthroughBySlug('remove-roles')!;
  await page.goto('./#/learn?lang=ru');
  await page.getByTestId('learner-name').fill('Ирина Петрова');
  await page.getByTestId('learner-name').press('Enter');
  await expect(page.getByTestId('learner-saved')).toBeVisible();
  await page.goto(runLink(removeRoles, 'test', 'ru'));
  await doSteps(page, removeRoles, 'ru', 'test');
  await expect(page).toHaveURL(/#\/learn\/remove-roles\/results\//);
  await page.getByTestId('results-certificate').click();
  await expect(page.getByTestId('certificate-learner')).toHaveText('Ирина Петрова');
  await expect(page.getByTestId('certificate-score')).toHaveText('100');
  await expect(page.getByTestId('certificate')).toContainText('не сертификация Microsoft');
  const code = (await page.getByTestId('certificate-code').textContent())!;
  expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.goto('./#/learn');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const file = Buffer.concat(await (await download.createReadStream()).toArray());
  await page.goto(`./#/learn/verify?code=${code}`);
  await page
    .getByTestId('cohort-files')
    .setInputFiles({ name: 'irina.json', mimeType: 'application/json', buffer: file });
  await page.getByTestId('verify-code').fill(code);
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByTestId('verify-result')).toContainText(
    'Совпадает: Ирина Петрова прошёл(ла) симуляцию',
  );
});
