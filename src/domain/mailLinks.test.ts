import { describe, expect, it } from 'vitest';
import { containsLink, routeOfLink, simLink, splitMailText } from './mailLinks';

describe('mail links', () => {
  it('turns simulator links into routes and keeps the rest as text', () => {
    const link = simLink('/mail/abc');
    const segments = splitMailText(`Hello,\nopen ${link}. Thanks`);
    expect(segments).toEqual([
      { type: 'text', text: 'Hello,\nopen ' },
      { type: 'link', text: link, route: '/mail/abc' },
      { type: 'text', text: '. Thanks' },
    ]);
  });

  it('never makes an outside URL clickable', () => {
    expect(
      splitMailText('see https://evil.example.com/#/mail and https://partner-sim.example.evil/#/x'),
    ).toEqual([
      {
        type: 'text',
        text: 'see https://evil.example.com/#/mail and https://partner-sim.example.evil/#/x',
      },
    ]);
  });

  it('treats markup as text', () => {
    const text = '<img src=x onerror=alert(1)> <script>alert(1)</script>';
    expect(splitMailText(text)).toEqual([{ type: 'text', text }]);
  });

  it('refuses routes with characters that do not belong in a route', () => {
    expect(routeOfLink('https://partner-sim.example/#/a"onmouseover=x')).toBeNull();
    expect(routeOfLink('https://partner-sim.example/#/partner-center/customers?x=1')).toBe(
      '/partner-center/customers?x=1',
    );
  });

  it('R-IND-11: tells whether an edited text still carries the personal link', () => {
    const link = simLink('/invitation/tok123');
    expect(containsLink(`Please accept: ${link}`, link)).toBe(true);
    expect(containsLink('Please accept: (link removed)', link)).toBe(false);
    expect(containsLink(`Please accept: ${link}x`, link)).toBe(false);
  });
});
