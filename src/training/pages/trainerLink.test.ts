import { describe, expect, it } from 'vitest';
import { trainerLink } from './trainerLink';

describe("a trainer's link (issue 12)", () => {
  it('carries only slug, mode and language, never the page query or hash the trainer was on', () => {
    const link = trainerLink(
      'https://example.test/partner-sim/?persona=u-megan&x=1#/learn?focus=add-user&persona=u-megan',
      'add-user',
      'test',
      'ru',
    );
    expect(link).toBe('https://example.test/partner-sim/#/learn/add-user?mode=test&lang=ru');
    expect(link).not.toContain('persona');
  });

  it('adds embed=1 only when asked', () => {
    expect(
      trainerLink('http://127.0.0.1:4173/#/learn', 'accept-invitation', 'watch', 'zh', true),
    ).toBe('http://127.0.0.1:4173/#/learn/accept-invitation?mode=watch&lang=zh&embed=1');
  });
});
