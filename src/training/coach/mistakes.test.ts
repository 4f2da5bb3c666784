// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isRecovery } from './mistakes';

// Issue 11: the navigation a learner needs to get back on track is free once off track.
describe('recovery is not a mistake', () => {
  const el = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild!;
  };

  it('a link or a navigation item is free only after a slip on the step', () => {
    const mailLink = el('<a href="#/mail">Mail</a>');
    const navItem = el('<button data-coach="nav:partner-center/customers">Customers</button>');
    expect(isRecovery(mailLink, true)).toBe(true);
    expect(isRecovery(navItem, true)).toBe(true);
    expect(isRecovery(mailLink, false)).toBe(false);
    expect(isRecovery(navItem, false)).toBe(false);
  });

  it('an action button is never free, off track or not', () => {
    expect(isRecovery(el('<button data-coach="ac.accept.cancel">Cancel invitation</button>'), true)).toBe(false);
  });
});
