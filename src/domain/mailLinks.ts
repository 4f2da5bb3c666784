// Links in mail bodies. A mail is text (often typed by a partner, R-IND-11), never HTML:
// the body is split into text and links, and only links that point into the simulator
// become clickable. Anything else stays text, so a mail can never reach the network.

/** The simulator's own link host. `.example` is reserved: it can never be a real site. */
export const SIM_LINK_ORIGIN = 'https://partner-sim.example';

export function simLink(route: string): string {
  return `${SIM_LINK_ORIGIN}/#${route.startsWith('/') ? route : `/${route}`}`;
}

/**
 * What a message is, for pointing at it in a list: its subject's text key, or this one for a
 * message a partner wrote (a plain subject: the invitation or offer typed in Partner Center).
 * A walkthrough step names the message it means by it, so opening a sibling is a mistake.
 */
export const PARTNER_WRITTEN_MAIL = 'partner-written';

export function mailKind(subject: { kind: string; key?: string }): string {
  return subject.kind === 'i18n' && subject.key ? subject.key : PARTNER_WRITTEN_MAIL;
}

/** The personal link of a reseller invitation (R-IND-11). */
export function invitationLink(token: string): string {
  return simLink(`/partner-invitation/${token}`);
}

export type MailSegment =
  { type: 'text'; text: string } | { type: 'link'; text: string; route: string };

const URL_PATTERN = /https:\/\/[^\s<>"'()]+/g;

/** The simulator route a link opens, or null if it is not a simulator link. */
export function routeOfLink(url: string): string | null {
  if (!url.startsWith(`${SIM_LINK_ORIGIN}/#/`)) return null;
  const route = url.slice(SIM_LINK_ORIGIN.length + 2);
  // Only plain route characters: the route is put into an href.
  return /^\/[A-Za-z0-9/_.~?&=%-]*$/.test(route) ? route : null;
}

export function splitMailText(text: string): MailSegment[] {
  const segments: MailSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const route = routeOfLink(url);
    if (route === null) continue;
    const start = match.index;
    if (start > last) segments.push({ type: 'text', text: text.slice(last, start) });
    segments.push({ type: 'link', text: url, route });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}

/** Whether a (possibly edited) text still carries a given personal link (R-IND-11). */
export function containsLink(text: string, url: string): boolean {
  return splitMailText(text).some((s) => s.type === 'link' && s.text === url);
}

/**
 * W-GDAP-REQUEST: the link under "Click to review and accept" opens Approve partner roles in
 * the customer's admin center (the real one carries the relationship's id the same way).
 */
export function gdapReviewLink(relationshipId: string): string {
  return simLink(`/admin-center/partners/granular-admin-relationships/${relationshipId}`);
}
