import { describe, expect, it } from 'vitest';
import { durationParts } from './duration';

describe('run durations (issue 12)', () => {
  it('says seconds under a minute, minutes from a minute on', () => {
    expect(durationParts(40_400)).toEqual({ key: 'training:results.seconds', count: 40 });
    expect(durationParts(200)).toEqual({ key: 'training:results.seconds', count: 1 });
    expect(durationParts(59_400)).toEqual({ key: 'training:results.seconds', count: 59 });
    expect(durationParts(59_600)).toEqual({ key: 'training:results.minutes', count: 1 });
    expect(durationParts(301_400)).toEqual({ key: 'training:results.minutes', count: 5 });
  });

  it('never shows a negative or NaN time', () => {
    expect(durationParts(-5)).toEqual({ key: 'training:results.seconds', count: 1 });
    expect(durationParts(Number.NaN)).toEqual({ key: 'training:results.seconds', count: 1 });
  });
});
