// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WALKTHROUGHS } from '../walkthroughs';
import type { TargetRef, Walkthrough, WalkthroughStep } from '../types';
import { watchForMistakes } from './mistakes';

// Issue 11, over ALL walkthroughs and every step: one deliberate wrong turn (a control that is
// not the step's), then the recovery a learner needs (the link back to where the step began),
// then the step's own control, lists exactly that one mistake, named after the wrong control.
// The step's own controls and the controls it allows are never mistakes.

function button(ref: TargetRef, name: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.dataset.coach = ref.id;
  if (ref.key !== undefined) el.dataset.coachKey = ref.key;
  el.textContent = name;
  document.body.append(el);
  return el;
}

function startOf(w: Walkthrough, index: number): string {
  return w.steps[index]!.start ?? (index === 0 ? w.start : `step-${index}`);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe.each(WALKTHROUGHS.map((w) => [w.slug, w] as const))('%s', (_slug, w) => {
  it.each(w.steps.map((s, i) => [s.id, s, i] as const))(
    'step %s: one wrong turn and the recovery list exactly that mistake',
    (_id, step: WalkthroughStep, index) => {
      const start = startOf(w, index);
      const own = button(step.target, 'own');
      const allowed = (step.allow ?? []).map((ref, i) => button(ref, `allowed ${i}`));
      const sibling = button({ id: 'sibling.control', key: 'other' }, 'Sibling control');
      const back = document.createElement('a');
      back.href = `#/${start}`;
      back.textContent = 'Back to where the step began';
      document.body.append(back);

      const mistakes: string[] = [];
      let path = 'somewhere-else';
      const stop = watchForMistakes(step, {
        wrongControl: (name) => mistakes.push(name ?? '?'),
        rule: (ruleId) => mistakes.push(ruleId),
        stillOnStep: () => true,
        path: () => path,
        offTrack: () => mistakes.length > 0,
        startPaths: () => [start],
      });
      sibling.click();
      vi.advanceTimersByTime(800);
      back.click();
      path = start;
      vi.advanceTimersByTime(800);
      own.click();
      for (const el of allowed) el.click();
      vi.advanceTimersByTime(800);
      stop();
      expect(mistakes).toEqual(['Sibling control']);
    },
  );
});
