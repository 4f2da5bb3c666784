import { USER_NAME } from './enrollRules';
import { checkText, type TextProblem } from './textInput';

// The forms of W-REQUEST step 6, managing a customer (add a user to its tenant, open a service
// request with Microsoft, R-REQ-6). The page shows the message of the key; the repository
// re-checks the same rule before it writes (issue 17: a forged or stale draft stores nothing).

export const CUSTOMER_USER_NAME_MAX = 100;
export const SERVICE_REQUEST_MIN = 10;
export const SERVICE_REQUEST_MAX = 2000;

export interface NewCustomerUser {
  displayName: string;
  /** The part before `@`: the customer's domain is added. Same shape as an enrollment user name. */
  userName: string;
}

/** The message key of the first problem of a new customer user, or null. */
export function checkCustomerUser(input: NewCustomerUser): string | null {
  const name = checkText(input.displayName, { required: true, max: CUSTOMER_USER_NAME_MAX });
  if (name) return `partnerCenter:manage.errors.name.${name}`;
  if (!USER_NAME.test(input.userName.trim())) return 'partnerCenter:manage.errors.userName.format';
  return null;
}

/** R-REQ-6: the description Microsoft's support gets: required, bounded, printable text. */
export function checkServiceRequest(description: string): TextProblem | null {
  return checkText(description, {
    required: true,
    min: SERVICE_REQUEST_MIN,
    max: SERVICE_REQUEST_MAX,
  });
}
