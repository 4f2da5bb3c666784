import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../helpers';
import { GRADY, button, labels, openAs, passwordField, stepError, stepHeading } from './helpers';

// W-ENROLL step 3, "Create one" (R-IND-1: no work account yet → create one, then sign in with
// its global admin credentials). Every refused attempt is checked to have stored nothing: the
// would-be account can't sign in until the form is finally accepted.

const L = labels('en');
const DOMAIN = 'zavahealth';
const USER = `ava@${DOMAIN}.example`;
const PASSWORD = 'Zava-Admin-2020';

test('W-ENROLL (en): Create one with bad input first, then sign in with the new work account', async ({
  page,
}) => {
  // Eleven refusals, an axe scan and a sign-in on one page: ~25–40 s on a loaded 2-core machine, past the 30 s default.
  test.slow();
  await openAs(page, GRADY.id, 'en', 'enroll');
  await button(page, L.next).click();
  await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
  await button(page, L.createOne).click();
  await expect(stepHeading(page, L, 'createAccount')).toBeVisible();

  const text = (key: string) =>
    page.getByRole('textbox', { name: L.createField(key), exact: true });
  const create = () => button(page, L.createOne).click();
  const fill = async (
    values: Partial<Record<'organization' | 'domainPrefix' | 'displayName' | 'userName', string>>,
  ) => {
    for (const [key, value] of Object.entries(values)) await text(key).fill(value);
  };

  // Empty → the first missing detail is named.
  await create();
  await expect(stepError(page)).toHaveText(L.createError('organization', 'required'));
  await expectNoAxeViolations(page, 'the Create one form with an error');
  // An organization name over the limit (markup is just text since issue 17).
  await fill({
    organization: 'Z'.repeat(101),
    domainPrefix: DOMAIN,
    displayName: 'Ava Zava',
    userName: 'ava',
  });
  await create();
  await expect(stepError(page)).toHaveText(L.createError('organization', 'tooLong'));
  // A domain name with characters a domain can't have, then one too long.
  await fill({ organization: 'Zava Health', domainPrefix: 'zava_health!' });
  await create();
  await expect(stepError(page)).toHaveText(L.createError('domainPrefix', 'format'));
  await fill({ domainPrefix: 'z'.repeat(43) });
  await create();
  await expect(stepError(page)).toHaveText(L.createError('domainPrefix', 'tooLong'));
  // A user name with a space.
  await fill({ domainPrefix: DOMAIN, userName: 'ava zava' });
  await create();
  await expect(stepError(page)).toHaveText(L.createError('userName', 'format'));
  await fill({ userName: 'ava' });
  // Passwords: weak, then not confirmed.
  await passwordField(page, L.createField('password')).fill('password');
  await passwordField(page, L.createField('confirmation')).fill('password');
  await create();
  await expect(stepError(page)).toHaveText(L.passwordError('weak'));
  await passwordField(page, L.createField('password')).fill(PASSWORD);
  await passwordField(page, L.createField('confirmation')).fill(`${PASSWORD}x`);
  await create();
  await expect(stepError(page)).toHaveText(L.passwordError('mismatch'));
  // Lamna's own domain is taken.
  await fill({ domainPrefix: 'lamnahealthcare' });
  await passwordField(page, L.createField('confirmation')).fill(PASSWORD);
  await create();
  await expect(stepError(page)).toHaveText(
    L.createError('domainPrefix', 'taken', { domain: 'lamnahealthcare.example' }),
  );

  // None of that stored anything: the would-be account can't sign in.
  await button(page, L.previous).click();
  await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
  await page.getByRole('textbox', { name: L.workUserName, exact: true }).fill(USER);
  await passwordField(page, L.workPassword).fill(PASSWORD);
  await button(page, L.signIn).click();
  await expect(stepError(page)).toHaveText(L.error('errors.workCredentials'));

  // Now a good one: the sign-in step comes back with the new user name filled in.
  await button(page, L.createOne).click();
  await expect(stepHeading(page, L, 'createAccount')).toBeVisible();
  await fill({
    organization: 'Zava Health',
    domainPrefix: DOMAIN,
    displayName: 'Ava Zava',
    userName: 'ava',
  });
  await page
    .getByRole('combobox', { name: L.createField('country'), exact: true })
    .selectOption('US');
  await passwordField(page, L.createField('password')).fill(PASSWORD);
  await passwordField(page, L.createField('confirmation')).fill(PASSWORD);
  await create();
  await expect(stepHeading(page, L, 'workSignIn')).toBeVisible();
  await expect(page.getByText(L.created, { exact: true })).toBeVisible();
  const userName = page.getByRole('textbox', { name: L.workUserName, exact: true });
  await expect(userName).toHaveValue(USER);
  // Signing in with the new global admin's credentials moves on to the MPN ID step.
  await passwordField(page, L.workPassword).fill(PASSWORD);
  await button(page, L.signIn).click();
  await expect(stepHeading(page, L, 'mpnInfo')).toBeVisible();
});
