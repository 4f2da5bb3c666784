import { describe, expect, it } from 'vitest';
import { chooseCorner } from './placement';
import { emphasis } from './emphasis';
import { stateValueOf } from '../../workflows/kit/registry.svelte';

const viewport = { width: 1280, height: 720 };
const panel = { width: 400, height: 300 };
const box = (top: number, left: number, h = 40, w = 120) => ({
  top,
  left,
  bottom: top + h,
  right: left + w,
});

describe('the coach never covers the step’s controls', () => {
  it('stays where it is when nothing is under it', () => {
    expect(chooseCorner('bottom-right', panel, [box(100, 100)], viewport)).toEqual({
      corner: 'bottom-right',
      covers: false,
    });
  });
  it('moves up when the control is under it at the bottom right', () => {
    expect(chooseCorner('bottom-right', panel, [box(600, 1100)], viewport)).toEqual({
      corner: 'top-right',
      covers: false,
    });
  });
  it('moves left when both right corners cover a control', () => {
    expect(chooseCorner('bottom-right', panel, [box(600, 1100), box(50, 1100)], viewport)).toEqual({
      corner: 'bottom-left',
      covers: false,
    });
  });
  it('says so when every corner covers something (the coach then folds)', () => {
    const everywhere = [box(0, 0, 720, 1280)];
    expect(chooseCorner('top-left', panel, everywhere, viewport).covers).toBe(true);
  });
});

describe('coach text helpers', () => {
  it('renders **labels** as strong text segments, never markup', () => {
    expect(emphasis('Select **Remove roles**, then **Yes**.')).toEqual([
      { text: 'Select ', strong: false },
      { text: 'Remove roles', strong: true },
      { text: ', then ', strong: false },
      { text: 'Yes', strong: true },
      { text: '.', strong: false },
    ]);
    expect(emphasis('<b>x</b> **open')).toEqual([
      { text: '<b>x</b> ', strong: false },
      { text: 'open', strong: false },
    ]);
  });
  it('turns a dotted state path into the value XState matches', () => {
    expect(stateValueOf('review')).toBe('review');
    expect(stateValueOf('searching.idle')).toEqual({ searching: 'idle' });
  });
});
