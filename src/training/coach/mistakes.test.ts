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

  it('a link back to where the step began is free only after a slip on the step', () => {
    const mailLink = el('<a href="#/mail">Mail</a>');
    const navItem = el('<a href="#/admin-center" data-coach="nav:admin-center">Home</a>');
    expect(isRecovery(mailLink, true, ['mail'])).toBe(true);
    expect(isRecovery(navItem, true, ['admin-center'])).toBe(true);
    expect(isRecovery(mailLink, false, ['mail'])).toBe(false);
    expect(isRecovery(navItem, false, ['admin-center'])).toBe(false);
  });

  it('a link elsewhere and an action button are never free', () => {
    expect(isRecovery(el('<a href="#/admin-center/users">Users</a>'), true, ['admin-center'])).toBe(
      false,
    );
    expect(
      isRecovery(el('<button data-coach="ac.accept.cancel">Cancel invitation</button>'), true, [
        'mail',
      ]),
    ).toBe(false);
  });
});
