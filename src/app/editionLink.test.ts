import { describe, expect, it } from 'vitest';
import {
  clearEditionQuestion,
  followEditionLink,
  showEdition,
  worldEdition,
} from './edition.svelte';

// Issue 16: a link's `?edition=` never changes the world by itself.
describe('a link with ?edition=', () => {
  it('the world’s own edition: nothing to ask', () => {
    showEdition('2020');
    expect(followEditionLink('2020', false)).toBe('same');
    expect(worldEdition.asked).toBeUndefined();
  });

  it('another edition: asks, and only asks', () => {
    showEdition('2020');
    expect(followEditionLink('today', false)).toBe('ask');
    expect(worldEdition.asked).toBe('today');
    expect(worldEdition.current).toBe('2020');
    clearEditionQuestion();
    expect(worldEdition.asked).toBeUndefined();
  });

  it('a bad value is refused and asks nothing', () => {
    showEdition('today');
    for (const bad of ['Today', '2019', '', 'today;2020', '<b>x</b>'])
      expect(followEditionLink(bad, false), bad).toBe('invalid');
    expect(worldEdition.asked).toBeUndefined();
  });

  it('a walkthrough’s world is never reset from a link', () => {
    showEdition('2020');
    expect(followEditionLink('today', true)).toBe('training');
    expect(worldEdition.asked).toBeUndefined();
  });
});
