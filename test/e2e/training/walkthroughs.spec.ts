import { test, expect } from '../fixtures';
import type { Lang } from '../helpers';
import { WALKTHROUGHS } from '../../../src/training/walkthroughs';
import { coach, doSteps, runLink, trainingText } from './coach';

// Generated from the definitions: every walkthrough is completed once in each mode (practice,
// watch, test), each run in another language, rotating over the walkthroughs so that every
// language drives every mode and the three runs of one walkthrough are in three languages. A
// step that cannot be done with its own actions, a target that is missing, or a completion
// condition that never holds fails here. (The same path in all three languages cost three runs
// of the whole walkthrough for no new path: the targets are language-neutral data-coach
// attributes; every step text in every language is checked by the practice and test runs
// across the walkthroughs, and every key's presence by scripts/find-missing-keys.mjs and
// check-locales.mjs.)

const LANGS: Lang[] = ['en', 'ru', 'zh'];
const langFor = (index: number, mode: number): Lang => LANGS[(index + mode) % LANGS.length]!;
// The Today edition's walkthroughs (issue 16) run once here, in practice (real input on the named
// controls) in one rotating language: their watch and test runs, and their pages in every
// language, are test/e2e/training/gdap-walkthroughs.spec.ts and test/e2e/edition/*; the full
// matrix would add two runs each to the suite that costs most in CI for no new coach path.
// Each run has its own browser context (own IndexedDB): they can run side by side.
test.describe.configure({ mode: 'parallel' });

for (const [index, w] of WALKTHROUGHS.entries()) {
  const practiceLang = langFor(index, 0);
  const watchLang = langFor(index, 1);
  const testLang = langFor(index, 2);
  const once = w.edition === 'today';
  test.describe(`walkthrough ${w.slug} (${w.workflow})`, () => {
    test.describe.configure({ timeout: 120_000 });

    {
      const lang = practiceLang;
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

    if (!once)
      test(`${w.slug}: watch in ${watchLang}, the coach does every step`, async ({ page }) => {
        await page.goto(runLink(w, 'watch', watchLang, '&pace=fast'));
        // As long as expectStep waits in the other modes: the walkthrough's world is prepared
        // first (the 5 s default was last CI's flake "coach not visible").
        await expect(coach(page)).toBeVisible({ timeout: 20_000 });
        await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 100_000 });
        await expect(page.getByTestId('coach-finished')).toContainText(
          trainingText(watchLang, 'finished.watched'),
        );
      });

    if (!once)
      test(`${w.slug}: test in ${testLang}, no mistakes scores 100 %`, async ({ page }) => {
        const lang = testLang;
        await page.goto(runLink(w, 'test', lang));
        await doSteps(page, w, lang, 'test');
        await expect(page).toHaveURL(new RegExp(`#/learn/${w.slug}/results/`), { timeout: 20_000 });
        await expect(page.getByTestId('results-score')).toHaveText(
          trainingText(lang, 'results.score', { score: 100, pass: 80 }),
        );
        // Issue 11: the clean run also reached the goal: every expected fact met, so it passed.
        await expect(
          page.getByText(trainingText(lang, 'results.passed'), { exact: true }),
        ).toBeVisible();
        await expect(page.getByTestId('outcome-missed')).toHaveCount(0);
        await expect(page.locator('[data-outcome][data-met="false"]')).toHaveCount(0);
      });
  });
}
