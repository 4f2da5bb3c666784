// Temporary passwords (R-IND-6 for partner users; resets for customer users) and the rules
// a new password must meet at first sign-in.

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';

function pick(alphabet: string, n: number): string {
  const bytes = new Uint8Array(n);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A readable temporary password, e.g. `Kafu-4827-Tmxr`: upper, lower and digits, 14 characters. */
export function temporaryPassword(): string {
  return `${pick(UPPER, 1)}${pick(LOWER, 3)}-${pick(DIGITS, 4)}-${pick(UPPER, 1)}${pick(LOWER, 3)}`;
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;

export type PasswordProblem =
  'required' | 'tooShort' | 'tooLong' | 'weak' | 'sameAsTemporary' | 'mismatch';

/** R-IND-6: at first sign-in the new password must be strong enough and not the temporary one. */
export function checkNewPassword(
  password: string,
  confirmation: string,
  temporary: string,
): PasswordProblem | null {
  if (!password) return 'required';
  if (password.length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return 'weak';
  if (password === temporary) return 'sameAsTemporary';
  if (password !== confirmation) return 'mismatch';
  return null;
}

/** SHA-256 hex of a password: the world stores this, never the password. Call outside Dexie transactions. */
export async function hashPassword(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
