import { test, expect } from '../fixtures';
import { AXE_TAGS } from '../helpers';
import AxeBuilder from '@axe-core/playwright';
import { walkthroughBySlug } from '../../../src/training/walkthroughs';
import { act, coach, doSteps, expectStep, runLink, stepText, trainingText } from './coach';
import type { Lang } from '../helpers';
import { encodeProfileParam, personalize, type CompanyProfile } from '../../../src/domain/profile';
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

// Generous: on a loaded machine a walkthrough plus axe takes far longer than on an idle one.
test.describe.configure({ timeout: 150_000 });

test('cohort: files validated by name, matrix and charts show the files’ numbers, a code verifies; axe clean', async ({
  page,
}) => {
  const { list, annaPassCode } = await files();
  await page.goto('./#/learn/cohort');
  await expect(page.getByTestId('cohort-empty')).toBeVisible({ timeout: 20_000 });
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
    /Not passed.*best 75 · 1 attempt ·/s,
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
  await expect(page.getByTestId('verify-result')).toContainText(
    'No run in the loaded cohort has this code.',
  );
});

// Three learners in one browser, one after another (each resets the progress before the next,
// so each file holds one learner's run), then the trainer: UI only, the fastest walkthrough.
test('three learners take a test (en, zh failed, ru under the partner’s profile), export, the trainer sees them; a certificate verifies with and without the file; axe clean', async ({
  page,
}) => {
  // About 40 s on an idle machine; the limit leaves room for a loaded CI runner.
  test.setTimeout(180_000);
  const w = walkthroughBySlug('remove-roles')!;
  const profile: CompanyProfile = {
    partner: { name: 'Ромашка Софт', domain: 'romashka.example' },
    customer: { name: 'Acme', domain: 'acme.example' },
    accent: '#0f548c',
    logo: `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64')}`,
  };
  const learner = async (name: string) => {
    await page.goto('./#/learn');
    await page.getByTestId('learner-name').fill(name);
    await page.getByTestId('learner-name').press('Enter');
    await expect(page.getByTestId('learner-saved')).toContainText(name);
  };
  /** The learner's export, then their progress reset (the next learner's file holds only theirs). */
  const exportFile = async (kind: 'json' | 'csv', name: string, lang: Lang) => {
    await page.goto('./#/learn');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${kind}`).click(),
    ]);
    const buffer = Buffer.concat(await (await download.createReadStream()).toArray());
    await page.getByRole('button', { name: trainingText(lang, 'learner.reset') }).click();
    await page.getByRole('button', { name: trainingText(lang, 'learner.resetConfirm') }).click();
    await expect(page.getByTestId('export-json')).toBeDisabled();
    return { name, mimeType: kind === 'json' ? 'application/json' : 'text/csv', buffer };
  };

  await learner('Ada Lovelace');
  await page.goto(runLink(w, 'test', 'en'));
  await doSteps(page, w, 'en', 'test');
  await expect(page.getByTestId('results-score')).toHaveText(
    trainingText('en', 'results.score', { score: 100, pass: 80 }),
  );
  const ada = await exportFile('json', 'ada.json', 'en');

  await learner('陈博');
  await page.goto(runLink(w, 'test', 'zh'));
  await expectStep(page, w, 'zh', 0);
  await page.locator('[data-coach="nav:admin-center/users"]').click(); // not the step's control
  await page.waitForTimeout(900);
  await doSteps(page, w, 'zh', 'test');
  await expect(page.getByTestId('results-score')).toHaveText(
    trainingText('zh', 'results.score', { score: 75, pass: 80 }),
  );
  const chen = await exportFile('csv', 'chen.csv', 'zh');

  // The partner's own company, given by the trainer's link: every text of the walkthrough in ru
  // names it, and so does the world (the partner's row in the customer's list).
  await learner('Вера Павлова');
  await page.goto(runLink(w, 'test', 'ru', `&profile=${encodeProfileParam(profile)}`));
  for (const [i, step] of w.steps.entries()) {
    await expectStep(page, w, 'ru', i);
    await expect(page.getByTestId('coach-instruction')).toHaveText(
      personalize(stepText('ru', w, step.id, 'goal'), profile),
    );
    await expect(coach(page)).not.toContainText('Fabrikam');
    if (step.id === 'select-partner')
      await expect(
        page
          .locator('[data-coach="ac.partnerRelationships.row"]')
          .filter({ hasText: 'Ромашка Софт' }),
      ).toHaveCount(1);
    for (const action of step.actions) await act(page, action);
  }
  await expect(page).toHaveURL(/#\/learn\/remove-roles\/results\//);
  expect(page.url()).not.toContain('profile=');
  await page.getByTestId('results-certificate').click();
  await expect(page.getByTestId('certificate-learner')).toHaveText('Вера Павлова');
  await expect(page.getByTestId('certificate-score')).toHaveText('100');
  await expect(page.getByTestId('certificate-partner')).toHaveText(
    'Обучение подготовлено компанией Ромашка Софт',
  );
  await expect(page.getByTestId('certificate')).toContainText('не сертификация Microsoft');
  const code = (await page.getByTestId('certificate-code').textContent())!;
  expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // With the certificate alone (no file loaded): its link carries what it prints.
  await page.getByTestId('certificate-verify').click();
  await expect(page.getByTestId('cohort-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByTestId('verify-result')).toContainText(
    'Соответствует сертификату: Вера Павлова прошёл(-ла) симуляцию',
  );
  await page.getByTestId('verify-score').fill('99');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Код не соответствует');
  const vera = await exportFile('json', 'vera.json', 'ru');

  // The trainer loads the three files.
  await page.goto('./#/learn/cohort');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await page.getByTestId('cohort-files').setInputFiles([ada, chen, vera]);
  await expect(page.getByTestId('cohort-added')).toHaveText('3 runs added.');
  const rows = page.getByTestId('cohort-row');
  await expect(rows).toHaveCount(3);
  const row = (name: string) => rows.filter({ hasText: name }).locator('td[data-status]');
  await expect(row('Ada Lovelace')).toHaveAttribute('data-status', 'passed');
  await expect(row('陈博')).toHaveAttribute('data-status', 'failed');
  await expect(row('陈博')).toContainText('best 75 · 1 attempt ·');
  await expect(row('Вера Павлова')).toHaveAttribute('data-status', 'passed');
  // Sorted by the walkthrough's column, best first; again, the other way.
  await page.getByTestId('sort-walkthrough').click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(rows.last()).toContainText('陈博');
  await page.getByTestId('sort-walkthrough').press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
  await expect(rows.first()).toContainText('陈博');
  await page.getByTestId('verify-code').fill(code);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('verify-result')).toContainText(
    'Matches: Вера Павлова completed a simulation of',
  );
});

test('a bad ?profile= in a link is refused with a message in the learner’s language; nothing changes', async ({
  page,
}) => {
  await page.goto('./#/world?lang=zh&profile=bm90LWEtcHJvZmlsZQ');
  // The top bar's edition badge is a status too: look for the refusal by its text.
  await expect(
    page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ hasText: '未应用链接中的配置文件' }),
  ).toBeVisible();
  await expect(page.getByTestId('profile-current')).toHaveText('此世界使用默认名称。');
  expect(page.url()).not.toContain('profile=');
});
