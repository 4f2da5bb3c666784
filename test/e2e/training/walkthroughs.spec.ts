import { test, expect } from '../fixtures';
import type { Lang } from '../helpers';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { coach, doSteps, runLink, trainingText } from './coach';

// Generated from the definitions: every walkthrough is completed in practice mode in each
// language, and in watch and test mode in English. A step that cannot be done with its own
// actions, a target that is missing, or a completion condition that never holds fails here.

const LANGS: Lang[] = ['en', 'ru', 'zh'];
// Each run has its own browser context (own IndexedDB): they can run side by side.
test.describe.configure({ mode: 'parallel' });

for (const w of WALKTHROUGHS) {
  test.describe(`walkthrough ${w.slug} (${w.workflow})`, () => {
    test.describe.configure({ timeout: 120_000 });

    for (const lang of LANGS) {
      test(`${w.slug}: practice in ${lang}, no mistakes`, async ({ page }) => {
        await page.goto(runLink(w, 'practice', lang));
        await doSteps(page, w, lang, 'practice');
        const finished = page.getByTestId('coach-finished');
        await expect(finished).toBeVisible({ timeout: 20_000 });
        await expect(finished).toContainText(trainingText(lang, 'finished.practised'));
        // Real input on the named controls only: the coach must not have counted a mistake.
        await expect(finished).toContainText(
          trainingText(
            lang,
            lang === 'zh'
              ? 'finished.mistakes_other'
              : lang === 'ru'
                ? 'finished.mistakes_many'
                : 'finished.mistakes_other',
            { count: 0 },
          ),
        );
      });
    }

    test(`${w.slug}: watch in en, the coach does every step`, async ({ page }) => {
      await page.goto(runLink(w, 'watch', 'en', '&pace=fast'));
      await expect(coach(page)).toBeVisible();
      await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 100_000 });
      await expect(page.getByTestId('coach-finished')).toContainText(
        trainingText('en', 'finished.watched'),
      );
    });

    test(`${w.slug}: test in en, no mistakes scores 100 %`, async ({ page }) => {
      await page.goto(runLink(w, 'test', 'en'));
      await doSteps(page, w, 'en', 'test');
      await expect(page).toHaveURL(new RegExp(`#/learn/${w.slug}/results/`), { timeout: 20_000 });
      await expect(page.getByTestId('results-score')).toHaveText(
        trainingText('en', 'results.score', { score: 100, pass: 80 }),
      );
      // Issue 11: the clean run also reached the goal: every expected fact met, so it passed.
      await expect(
        page.getByText(trainingText('en', 'results.passed'), { exact: true }),
      ).toBeVisible();
      await expect(page.getByTestId('outcome-missed')).toHaveCount(0);
      await expect(page.locator('[data-outcome][data-met="false"]')).toHaveCount(0);
    });
  });
}
