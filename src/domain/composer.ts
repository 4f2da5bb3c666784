import { containsLink } from './mailLinks';
import { checkText, EMAIL_PATTERN, type TextProblem } from './textInput';

// The simulated mail composer (W-REQUEST step 4 "Send the email to your customer").

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const RECIPIENTS_MAX = 10;

/** The draft email a workflow prepares (with its personal link) and the learner edits. */
export interface MailDraft {
  subject: string;
  body: string;
}

export interface ComposerDraft {
  to: string;
  subject: string;
  body: string;
}

export type ComposerErrors = Partial<{
  to: 'required' | 'format' | 'tooMany';
  subject: TextProblem;
  body: TextProblem;
}>;

export function parseRecipients(to: string): string[] {
  return to
    .split(/[;,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

export function validateComposer(d: ComposerDraft): ComposerErrors {
  const errors: ComposerErrors = {};
  const recipients = parseRecipients(d.to);
  if (recipients.length === 0) errors.to = 'required';
  else if (recipients.length > RECIPIENTS_MAX) errors.to = 'tooMany';
  else if (recipients.some((r) => !EMAIL_PATTERN.test(r))) errors.to = 'format';
  const subject = checkText(d.subject, { required: true, max: SUBJECT_MAX });
  if (subject) errors.subject = subject;
  // The body carries the personal link, so a URL is expected; markup is kept as typed text (never
  // rendered as HTML), so it is not refused either.
  const body = checkText(d.body, { required: true, max: BODY_MAX });
  if (body) errors.body = body;
  return errors;
}

/** R-IND-11: the edited text must still carry the personal link. */
export function R_IND_11_linkKept(body: string, link: string): boolean {
  return containsLink(body, link);
}
