import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { Lang } from '../helpers';
import { walkthroughBySlug } from '../../../src/training/walkthroughs';
import type { CoachAction, Walkthrough } from '../../../src/training/types';
import { act, coach, expectStep, noteSources, runLink, target, texts, trainingText } from './coach';

// Issue 11: the four cases that were scored wrongly, one test each, spread over en/ru/zh.
// A test that did the wrong thing must not pass; a correct recovery must not fail.

const outcomeText = (lang: Lang, w: Walkthrough, id: string) =>
  (texts(lang, `wt-${w.slug}`).outcome as Record<string, string>)[id]!;

/** Every step's own actions, but `wrong` replaces the actions of the steps it names. */
async function run(
  page: Page,
  w: Walkthrough,
  lang: Lang,
  wrong: Record<string, CoachAction[]>,
  from = 0,
): Promise<void> {
  const notes = new Map<string, string>();
  for (let i = from; i < w.steps.length; i++) {
    const step = w.steps[i]!;
    await expectStep(page, w, lang, i);
    for (const action of wrong[step.id] ?? step.actions) {
      await noteSources(page, w, notes);
      await act(page, action, false, notes);
    }
    await noteSources(page, w, notes);
  }
}

async function expectFailedOn(
  page: Page,
  w: Walkthrough,
  lang: Lang,
  missed: string[],
): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`#/learn/${w.slug}/results/`), { timeout: 20_000 });
  await expect(page.getByText(trainingText(lang, 'results.failed'), { exact: true })).toBeVisible();
  const summary = page.getByTestId('outcome-summary');
  await expect(summary.getByTestId('outcome-missed')).toHaveText(
    trainingText(lang, 'results.outcomeMissed'),
  );
  for (const id of missed) {
    const fact = summary.locator(`li[data-outcome="${id}"]`);
    await expect(fact).toHaveAttribute('data-met', 'false');
    await expect(fact).toContainText(outcomeText(lang, w, id));
    await expect(fact.getByRole('link')).toBeVisible();
  }
  // Seconds, not "1 minute", for a run this short (issue 12).
  await expect(page.getByTestId('results-time')).toHaveText(/\d/);
}

test.describe.configure({ mode: 'parallel', timeout: 90_000 });

test('W-REQUEST test with the delegated-admin box cleared is not passed (en)', async ({ page }) => {
  const w = walkthroughBySlug('request-relationship')!;
  await page.goto(runLink(w, 'test', 'en'));
  await run(page, w, 'en', {
    'delegated-admin': [
      { kind: 'check', target: { id: 'pc.request.includeDap' }, checked: false },
      { kind: 'click', target: { id: 'pc.request.next' } },
    ],
  });
  await expectFailedOn(page, w, 'en', ['dap-requested', 'dap-granted']);
  await expect(
    page.getByTestId('outcome-summary').locator('li[data-outcome="customer"]'),
  ).toHaveAttribute('data-met', 'true');
});

test('W-ADD-USER test with Admin agent + Global admin instead of Sales agent is not passed (ru)', async ({
  page,
}) => {
  const w = walkthroughBySlug('add-user')!;
  await page.goto(runLink(w, 'test', 'ru'));
  await expectStep(page, w, 'ru', 0);
  // Give up asks first (issue 12); Keep going leaves the test as it was.
  await page.getByTestId('coach-give-up').click();
  await expect(page.getByTestId('coach-give-up-confirm')).toHaveText(
    trainingText('ru', 'coach.giveUpConfirm'),
  );
  await coach(page)
    .getByRole('button', { name: trainingText('ru', 'coach.giveUpNo') })
    .click();
  await expect(page.getByTestId('coach-give-up-confirm')).toHaveCount(0);
  await expectStep(page, w, 'ru', 0);
  const form = w.steps.find((s) => s.id === 'user-details')!;
  await run(page, w, 'ru', {
    'user-details': form.actions.map((a) =>
      a.kind === 'check' && a.target.id === 'pc.roles.agentType'
        ? { ...a, target: { ...a.target, key: 'adminAgent' } }
        : a.kind === 'check' && a.target.id === 'pc.roles.adminType'
          ? { ...a, target: { ...a.target, key: 'globalAdmin' } }
          : a,
    ),
  });
  await expectFailedOn(page, w, 'ru', ['sales-agent', 'no-other-role']);
});

test('W-REMOVE-REL practice: expanding Alpine Ski House is a mistake named in the hint, and the coach waits for Adatum (zh)', async ({
  page,
}) => {
  const w = walkthroughBySlug('remove-relationship')!;
  await page.goto(runLink(w, 'practice', 'zh'));
  await expectStep(page, w, 'zh', 0);
  await act(page, w.steps[0]!.actions[0]!);
  await expectStep(page, w, 'zh', 1);
  await target(page, { id: 'pc.customers.expand', key: 'alpineskihouse' }).click();
  await expect(page.getByTestId('coach-slip')).toBeVisible();
  // Still step 2: a sibling customer's record is not the step.
  await page.waitForTimeout(500);
  await expectStep(page, w, 'zh', 1);
  await run(page, w, 'zh', {}, 1);
  await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 20_000 });
  const summary = coach(page).getByTestId('outcome-summary');
  await expect(summary.locator('li[data-met="true"]')).toHaveCount(2);
  await expect(summary.getByTestId('outcome-missed')).toHaveCount(0);
});

test('W-ACCEPT test: the Welcome mail opened by mistake, then Mail and the invitation, lists exactly that one slip (en)', async ({
  page,
}) => {
  const w = walkthroughBySlug('accept-invitation')!;
  await page.goto(runLink(w, 'test', 'en'));
  await expectStep(page, w, 'en', 0);
  const wrong = page
    .locator('[data-coach="mail.item"]:not([data-coach-key="mail:seeded.invitation.subject"])')
    .filter({ visible: true })
    .first();
  await wrong.click();
  await page.waitForTimeout(900);
  await expectStep(page, w, 'en', 0);
  // Recovery: back to Mail from the header (free), then the invitation.
  await target(page, { id: 'mail.badge' }).click();
  await page.waitForTimeout(900);
  await run(page, w, 'en', {});
  await expect(page).toHaveURL(/#\/learn\/accept-invitation\/results\//, { timeout: 20_000 });
  const mistakes = page.getByTestId('results-mistakes').getByRole('listitem');
  await expect(mistakes).toHaveCount(1);
  await expect(mistakes.first()).toContainText(trainingText('en', 'results.stepLabel', { n: 1 }));
  // The verdict counts that one slip (3 of 4 steps, under the pass mark), and the goal was met:
  // expected vs what you did lists every fact as met, the agreement read among them.
  await expect(page.getByTestId('results-score')).toHaveText(
    trainingText('en', 'results.score', { score: 75, pass: 80 }),
  );
  const summary = page.getByTestId('outcome-summary');
  await expect(summary.getByTestId('outcome-missed')).toHaveCount(0);
  await expect(summary.locator('li[data-outcome="read-agreement"]')).toHaveAttribute(
    'data-met',
    'true',
  );
});

// ── Dead ends and documented actions (issue 11) ──────────────────────────────────────────
const deadEndText = (lang: Lang, w: Walkthrough, id: string, part: 'instruction' | 'hint') => {
  const all = texts(lang, `wt-${w.slug}`).deadEnds as Record<string, Record<string, string>>;
  return all[id]![part]!.replace(/\*\*/g, '').replace(/\{\{persona\}\}/g, '');
};
const cancelTheInvitation: CoachAction[] = [
  { kind: 'click', target: { id: 'ac.accept.cancel' } },
  { kind: 'click', target: { id: 'ac.cancelInvitation.confirm' } },
];

/** Steps `from`..`to` (exclusive) with their own actions, then `then` on step `to`. */
async function runUpTo(page: Page, w: Walkthrough, lang: Lang, to: number, then: CoachAction[]) {
  for (let i = 0; i < to; i++) {
    await expectStep(page, w, lang, i);
    for (const action of w.steps[i]!.actions) await act(page, action);
  }
  await expectStep(page, w, lang, to);
  for (const action of then) await act(page, action);
}

test('W-ACCEPT test: cancelling the invitation ends the attempt at a dead end, the reason on the results (ru)', async ({
  page,
}) => {
  const w = walkthroughBySlug('accept-invitation')!;
  await page.goto(runLink(w, 'test', 'ru'));
  await runUpTo(
    page,
    w,
    'ru',
    w.steps.findIndex((s) => s.id === 'accept'),
    cancelTheInvitation,
  );
  // No further step: the goal is out of reach, the test is over.
  await expectFailedOn(page, w, 'ru', ['read-agreement', 'partner-accepted', 'dap-granted']);
  const reason = deadEndText('ru', w, 'invitation-cancelled', 'hint');
  await expect(page.getByTestId('results-dead-end')).toContainText(reason);
  await expect(page.getByTestId('results-mistakes')).toContainText(
    trainingText('ru', 'results.kind.deadEnd', { reason }),
  );
});

test('W-ACCEPT practice: after cancelling, the coach says the goal is out of reach; Back a step recovers and the run ends with every fact met (zh)', async ({
  page,
}) => {
  const w = walkthroughBySlug('accept-invitation')!;
  await page.goto(runLink(w, 'practice', 'zh'));
  const accept = w.steps.findIndex((s) => s.id === 'accept');
  await runUpTo(page, w, 'zh', accept, cancelTheInvitation);
  const deadEnd = page.getByTestId('coach-dead-end');
  await expect(deadEnd).toBeVisible({ timeout: 20_000 });
  await expect(deadEnd.getByTestId('coach-instruction')).toHaveText(
    deadEndText('zh', w, 'invitation-cancelled', 'instruction'),
  );
  await page.getByTestId('coach-back').click();
  await expect(deadEnd).toHaveCount(0);
  await run(page, w, 'zh', {}, accept - 1);
  await expect(page.getByTestId('coach-finished')).toBeVisible({ timeout: 20_000 });
  const summary = coach(page).getByTestId('outcome-summary');
  // The agreement was opened and read (a documented action the world does not keep).
  await expect(summary.locator('li[data-outcome="read-agreement"]')).toHaveAttribute(
    'data-met',
    'true',
  );
  await expect(summary.getByTestId('outcome-missed')).toHaveCount(0);
});

test('W-ACCEPT test accepted without opening the agreement is not passed (en)', async ({
  page,
}) => {
  const w = walkthroughBySlug('accept-invitation')!;
  await page.goto(runLink(w, 'test', 'en'));
  await run(page, w, 'en', {
    accept: [
      { kind: 'check', target: { id: 'ac.accept.acknowledge' }, checked: true },
      { kind: 'click', target: { id: 'ac.accept.submit' } },
    ],
  });
  await expectFailedOn(page, w, 'en', ['read-agreement']);
  await expect(
    page.getByTestId('outcome-summary').locator('li[data-outcome="dap-granted"]'),
  ).toHaveAttribute('data-met', 'true');
});
