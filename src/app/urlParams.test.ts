import { describe, expect, it } from 'vitest';
import { withoutParam } from './urlParams';

describe('withoutParam: a ?persona= link applies once', () => {
  it('drops the parameter from the search, keeping the others and the hash', () => {
    expect(withoutParam('http://h/?persona=u-patti&lang=ru#/mail', 'persona')).toBe(
      'http://h/?lang=ru#/mail',
    );
    expect(withoutParam('http://h/partner-sim/?persona=u-patti#/admin-center', 'persona')).toBe(
      'http://h/partner-sim/#/admin-center',
    );
  });

  it("drops it from the hash's query too", () => {
    expect(withoutParam('http://h/#/learn/add-user?persona=u-megan&mode=watch', 'persona')).toBe(
      'http://h/#/learn/add-user?mode=watch',
    );
    expect(withoutParam('http://h/#/mail?persona=u-megan', 'persona')).toBe('http://h/#/mail');
  });

  it('leaves an address without it as it was', () => {
    expect(withoutParam('http://h/?lang=zh#/mail?x=1', 'persona')).toBe(
      'http://h/?lang=zh#/mail?x=1',
    );
  });
});
