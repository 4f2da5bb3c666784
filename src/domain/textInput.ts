// Validation of text a user types into a form. Every form refuses bad input with a message
// key (translated by the page) and stores nothing. Text is never rendered as HTML, but markup
// in a business text is refused anyway: it is never what a customer or partner meant to send.

export type TextProblem = 'required' | 'tooLong' | 'tooShort' | 'markup' | 'format';

const MARKUP = /<\/?[a-zA-Z!?][^>]*>|javascript:|\bon[a-z]+\s*=/i;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export interface TextRule {
  required?: boolean;
  min?: number;
  max: number;
  /** Allow `<` and friends (e.g. a draft email that legitimately carries a link). */
  allowMarkup?: boolean;
  pattern?: RegExp;
}

export function checkText(value: string, rule: TextRule): TextProblem | null {
  const text = value.trim();
  if (!text) return rule.required ? 'required' : null;
  if (text.length > rule.max) return 'tooLong';
  if (rule.min !== undefined && text.length < rule.min) return 'tooShort';
  if (!rule.allowMarkup && hasMarkup(text)) return 'markup';
  if (rule.pattern && !rule.pattern.test(text)) return 'format';
  return null;
}

export const EMAIL_PATTERN = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
