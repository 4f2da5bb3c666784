import { readFileSync } from 'node:fs';
import type { Page, Locator } from '@playwright/test';
import { test, expect } from '../fixtures';
import { openAs, openUserManagement, userLabels, userRow } from '../users/helpers';
import {
  labels as customerLabels,
  openAs as openCustomerAs,
  openMessage,
} from '../customer/helpers';
import { switchPersona } from '../helpers';
import { worldContent } from './worldContent';

// Issue 17, text stays text: hostile strings typed into the forms. Markup-looking and
// right-to-left / zero-width text is accepted, stored verbatim and shown as text (no element,
// no script, no dialog); what a field doesn't allow (too long, control characters) is refused
// with the field's own message. The fixture fails the test on any console or page error.
// One page per form, the same strings for each (lean: each form is one short test).

const en = (ns: string) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8'));
const get = (o: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;

// At most 64 characters: it must fit the shortest field (the learner name).
const MARKUP = '<img src=x onerror=window.__pwned=1><script>alert(2)</script>';
const RTL = 'שלום \u200f👩\u200d💻 مرحبا \u200b!';
const CONTROL = 'Ann\u0007 Lee';

interface Form {
  name: string;
  open: (page: Page) => Promise<void>;
  /** Types the value and submits. */
  submit: (page: Page, value: string) => Promise<void>;
  /** Where an accepted value is shown afterwards (one element holding exactly it). */
  shown: (page: Page, value: string) => Promise<Locator>;
  max: number;
  errors: { tooLong: string; control: string };
}

const users = en('users');
const training = en('training');
const L = userLabels('en');

const FORMS: Form[] = [
  {
    name: 'Add user: full name (shown in User management)',
    open: async (page) => {
      await openAs(page, 'u-megan', 'en', 'partner-center');
      await openUserManagement(page, L);
      await page.getByRole('link', { name: L.addUser, exact: true }).click();
    },
    submit: async (page, value) => {
      const n = Math.floor(Math.random() * 1e9);
      await page.getByRole('textbox', { name: L.fullName }).fill(value);
      await page.getByRole('textbox', { name: L.email }).fill(`h${n}@fabrikam.example`);
      await page.getByRole('radio', { name: L.role('salesAgent'), exact: true }).check();
      await page.getByRole('radio', { name: L.noAdmin, exact: true }).check();
      await page.getByRole('button', { name: L.add, exact: true }).click();
    },
    shown: async (page, value) => {
      await page.getByRole('link', { name: get(users, 'add.done.back') }).click();
      const cell = userRow(page, value).getByRole('cell', { name: value, exact: true });
      return cell;
    },
    max: 100,
    errors: {
      tooLong: get(users, 'add.errors.displayName.tooLong'),
      control: get(users, 'add.errors.displayName.control'),
    },
  },
  {
    name: 'Learner name (shown on the catalogue)',
    open: (page) => page.goto('/#/learn').then(() => undefined),
    submit: async (page, value) => {
      await page.getByTestId('learner-name').fill(value);
      await page.getByRole('button', { name: get(training, 'learner.save') }).click();
    },
    shown: async (page) => page.getByTestId('learner-saved'),
    max: 64,
    errors: {
      tooLong: get(training, 'learner.errors.tooLong'),
      control: get(training, 'learner.errors.control'),
    },
  },
];

for (const form of FORMS) {
  test(`hostile text: ${form.name}`, async ({ page }) => {
    test.slow();
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await form.open(page);
    // Refused, with the field's own message: too long, and a control character.
    await form.submit(page, 'x'.repeat(form.max + 1));
    await expect(
      page.getByText(form.errors.tooLong.replace(/\{\{max\}\}/, String(form.max))),
    ).toBeVisible();
    await form.submit(page, CONTROL);
    await expect(page.getByText(form.errors.control).first()).toBeVisible();
    // Accepted and shown as typed: markup is text (no element made of it, no script run).
    for (const value of [MARKUP, RTL]) {
      await form.submit(page, value);
      const shown = await form.shown(page, value);
      await expect(shown).toContainText(value); // the characters as typed, not markup
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      if (value === MARKUP) await form.open(page);
    }
  });
}

// Find a partner, business needs (the customer's request, shown in the partner's mailbox): what
// the field refuses (empty, too long, a control character) says why and stores nothing — the
// world's IndexedDB content is the same after; plain text with <, >, = and "javascript:" is
// sent and shown as typed, never as markup.
const findPartner = en('findPartner');
const LEGIT = [
  'Please reply to <patti@contoso.example>, thanks.',
  'one = two licenses',
  'We use JavaScript: a lot',
  'Sizes <small> to <large> offices',
  MARKUP,
].join(' ');

test('hostile text: Find a partner, business needs (shown in the partner’s mail)', async ({
  page,
}) => {
  test.slow();
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const C = customerLabels('en');
  await openCustomerAs(page, 'u-patti', 'en', 'find-a-partner');
  await page.getByRole('combobox', { name: C.location }).selectOption('US');
  await page.getByRole('button', { name: C.go, exact: true }).click();
  await page.getByRole('checkbox', { name: 'Fabrikam Solutions' }).check();
  await page.getByRole('button', { name: C.contactSelected }).click();
  const needs = page.getByRole('textbox', { name: C.needs });
  const send = page.getByRole('button', { name: C.send, exact: true });
  const before = await worldContent(page);
  const refused: [string, string][] = [
    ['', get(findPartner, 'errors.needs.required')],
    ['x'.repeat(2001), get(findPartner, 'errors.needs.tooLong').replace('{{max}}', '2000')],
    [`Help us ${CONTROL} move mail`, get(findPartner, 'errors.needs.control')],
  ];
  for (const [value, message] of refused) {
    await needs.fill(value);
    await send.click();
    await expect(page.getByText(message)).toBeVisible();
  }
  expect(await worldContent(page)).toBe(before);
  // Accepted: sent verbatim, and shown as text in Megan's (Fabrikam's) mailbox.
  await needs.fill(LEGIT);
  await send.click();
  await expect(page.getByRole('heading', { level: 2, name: C.sentTitle })).toBeVisible();
  await switchPersona(page, 'u-megan');
  const message = await openMessage(
    page,
    C,
    C.mailSubject('contactRequest.subject', { customer: 'Contoso Ltd' }),
  );
  await expect(message.getByTestId('mail-body')).toContainText(LEGIT);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
