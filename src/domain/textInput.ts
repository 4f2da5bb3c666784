// Validation of text a user types into a form. Every form refuses bad input with a message
// key (translated by the page) and stores nothing. Text is stored verbatim and always rendered
// as text (never as HTML), so `<`, `>`, `=`, `javascript:` or emoji are just characters: the
// safety comes from how text is shown, not from refusing what people write (issue 17).
// Limits, required fields and formats (email addresses) still apply.

// 'control': a control character (NUL, escape, a C1 code…) is no printable text: pasted by
// accident from another program, invisible on screen, and unsafe in an exported file or a CSV
// cell. Tabs and line breaks are text. Zero-width and right-to-left marks are text too
// (emoji sequences and RTL scripts need them), so they are kept as typed.
export type TextProblem = 'required' | 'tooLong' | 'tooShort' | 'format' | 'control';

// Matching control characters is this pattern's whole purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

export interface TextRule {
  required?: boolean;
  min?: number;
  max: number;
  pattern?: RegExp;
}

export function checkText(value: string, rule: TextRule): TextProblem | null {
  const text = value.trim();
  if (!text) return rule.required ? 'required' : null;
  if (CONTROL.test(value)) return 'control';
  if (text.length > rule.max) return 'tooLong';
  if (rule.min !== undefined && text.length < rule.min) return 'tooShort';
  if (rule.pattern && !rule.pattern.test(text)) return 'format';
  return null;
}

export const EMAIL_PATTERN = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
