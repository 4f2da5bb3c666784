import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { personaSwitcher, switchPersona, type Lang } from '../helpers';
import { tr } from '../customer/helpers';
import {
  goToCustomers,
  labels as partnerLabels,
  openAs,
  openRequest,
  PATTI,
  toComposer,
  toDraft,
} from '../partner/helpers';
import { openMessage, labels as customerLabels } from '../customer/helpers';
import { button, GRADY, labels as enrollLabels, stepError, stepHeading } from '../enroll/helpers';
import { worldContent } from './worldContent';

// Issue 17, where the browser matters: bad input typed into a form or carried by a link gets a
// message in the learner's language and the stored world (IndexedDB, compared record by
// record) is unchanged; text that only looks like markup is kept and shown as typed. The rules
// themselves are tested once in src/domain and in the repositories (test/db/hostileInput.test.ts);
// the audit of every input is test/e2e/foundation/hostile-input-audit.md. One language per test,
// a different one each.

const CONTROL = 'Ann\u0007 Lee';
const MARKUP = '<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>';

/** No element was made of the markup and no script of it ran. */
async function expectNoMarkupRan(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
}

function failOnDialog(page: Page) {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}

test('the mail composer (ru): control characters refused in Russian, nothing stored; markup-looking text is sent and shown as typed', async ({
  page,
}) => {
  test.slow();
  failOnDialog(page);
  const lang: Lang = 'ru';
  const L = partnerLabels(lang);
  await openAs(page, 'u-megan', lang, 'partner-center');
  await goToCustomers(page, L);
  await openRequest(page, L);
  await toDraft(page, L);
  await toComposer(page, L);
  const to = page.getByRole('textbox', { name: L.to, exact: true });
  const subject = page.getByRole('textbox', { name: L.subject, exact: true });
  const body = page.getByRole('textbox', { name: L.message, exact: true });
  const send = page.getByRole('button', { name: L.send, exact: true });
  await to.fill(PATTI);
  const draftSubject = await subject.inputValue();
  const draftBody = await body.inputValue();

  const before = await worldContent(page);
  await subject.fill(`${draftSubject} ${CONTROL}`);
  await send.click();
  await expect(
    page.getByText(tr(lang, 'partnerCenter:composer.errors.subject.control')),
  ).toBeVisible();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await subject.fill('   ');
  await send.click();
  await expect(
    page.getByText(tr(lang, 'partnerCenter:composer.errors.subject.required')),
  ).toBeVisible();
  await subject.fill(draftSubject);
  await body.fill(`\u001b[31m${draftBody}`);
  await send.click();
  await expect(
    page.getByText(tr(lang, 'partnerCenter:composer.errors.body.control')),
  ).toBeVisible();
  await expect(page.getByTestId('request-sent')).toHaveCount(0);
  expect(await worldContent(page)).toBe(before);

  // Accepted: the subject and message as typed, markup included, reach Patti as text.
  const hostileSubject = `${draftSubject} <small> = ${MARKUP}`.slice(0, 200);
  const hostileBody = `${draftBody}\nPlease reply to <patti@contoso.example>, javascript: ok.\n${MARKUP}`;
  await subject.fill(hostileSubject);
  await body.fill(hostileBody);
  await send.click();
  await expect(page.getByTestId('request-sent')).toBeVisible();
  await switchPersona(page, 'u-patti');
  const message = await openMessage(page, customerLabels(lang), hostileSubject);
  await expect(message.getByTestId('mail-body')).toContainText(
    'Please reply to <patti@contoso.example>, javascript: ok.',
  );
  await expect(message.getByTestId('mail-body')).toContainText(MARKUP);
  await expectNoMarkupRan(page);
});

test('Create account (zh): empty, too long, control characters and markup refused in Chinese; nothing stored', async ({
  page,
}) => {
  test.slow();
  failOnDialog(page);
  const lang: Lang = 'zh';
  const L = enrollLabels(lang);
  await openAs(page, GRADY.id, lang, 'enroll');
  await button(page, L.next).click();
  await button(page, L.createOne).click();
  await expect(stepHeading(page, L, 'createAccount')).toBeVisible();
  const text = (key: string) =>
    page.getByRole('textbox', { name: L.createField(key), exact: true });
  const before = await worldContent(page);
  const cases: [Record<string, string>, string, string][] = [
    [{}, 'organization', 'required'],
    [
      {
        organization: `${MARKUP}${'长'.repeat(100)}`,
        domainPrefix: 'zavahealth',
        displayName: '赵 安',
        userName: 'ava',
      },
      'organization',
      'tooLong',
    ],
    [{ organization: 'Zava <Health>', displayName: CONTROL }, 'displayName', 'control'],
    [{ displayName: '赵 安', domainPrefix: '<script>' }, 'domainPrefix', 'format'],
    [{ domainPrefix: 'zavahealth', userName: 'javascript:alert(1)' }, 'userName', 'format'],
  ];
  for (const [values, field, problem] of cases) {
    for (const [key, value] of Object.entries(values)) await text(key).fill(value);
    await button(page, L.createOne).click();
    await expect(stepError(page)).toHaveText(L.createError(field, problem));
  }
  expect(await worldContent(page)).toBe(before);
  await expectNoMarkupRan(page);
});

test('links and files (zh, en, ru): a persona, scenario, language, edition, trainer link or world file the simulator doesn’t have is named in the learner’s language; the world is unchanged', async ({
  page,
}) => {
  test.slow();
  failOnDialog(page);
  const t = (lang: Lang, key: string, params?: Record<string, string | number>) =>
    tr(lang, key, params);
  // The world exists first (the first visit seeds it), in Chinese, as Patti.
  await page.goto('./?lang=zh&persona=u-patti#/world');
  await expect(personaSwitcher(page)).toHaveValue('u-patti');
  const before = await worldContent(page);
  const follow = async (link: string, ...messages: string[]) => {
    await page.goto(link);
    for (const message of messages)
      await expect(page.getByText(message, { exact: true })).toBeVisible();
    // The tab keeps its persona, and the world is as it was.
    await expect(personaSwitcher(page)).toHaveValue('u-patti');
    expect(await worldContent(page)).toBe(before);
  };

  // Search-part links: a new document each time, read at start. Each refused value is named.
  await follow(
    `./?lang=zh&persona=${encodeURIComponent(MARKUP)}&scenario=huge#/world`,
    t('zh', 'common:shell.link.persona', { value: MARKUP.slice(0, 40) }),
    t('zh', 'common:shell.link.scenario', { value: 'huge', names: 'default, large' }),
  );
  await expectNoMarkupRan(page);
  // The refused values left the address: a reload says nothing again.
  expect(page.url()).not.toMatch(/persona=|scenario=/);
  // A language it doesn't have is said in the browser's (English here).
  await follow(
    './?lang=de&persona=u-ghost#/world',
    t('en', 'common:shell.link.lang', { value: 'de' }),
    t('en', 'common:shell.link.persona', { value: 'u-ghost' }),
  );
  await follow(
    './?lang=ru&edition=%3Cb%3Etoday%3C%2Fb%3E#/world',
    t('ru', 'common:shell.edition.invalid', { value: '<b>today</b>' }),
  );
  // A trainer's link with a value its walkthrough doesn't take (zh).
  await page.goto(`./?lang=zh#/learn/remove-roles?mode=${encodeURIComponent('<script>')}`);
  await expect(
    page.getByText(t('zh', 'training:run.badLink', { parameter: 'mode' }), { exact: true }),
  ).toBeVisible();
  expect(await worldContent(page)).toBe(before);

  // A world file (ru): another version, prototype keys, empty, UTF-16.
  await page.goto('./?lang=ru#/world');
  const input = page.getByTestId('import-file');
  const problems = page.getByTestId('import-problems');
  const files: [string | Buffer, string][] = [
    [
      JSON.stringify({ format: 'partner-sim-world', version: 99, world: {} }),
      t('ru', 'errors:import.unknownVersion', { found: 99, supported: '1, 2, 3' }),
    ],
    ['{"__proto__":{"polluted":1}}', t('ru', 'errors:import.notWorldFile')],
    ['', t('ru', 'errors:import.notJson')],
    [
      Buffer.from('\ufeff{"format":"partner-sim-world"}', 'utf16le'),
      t('ru', 'errors:import.notUtf8'),
    ],
  ];
  for (const [content, message] of files) {
    await input.setInputFiles({
      name: 'world.json',
      mimeType: 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
    await button(page, t('ru', 'simulator:import.button')).click();
    await expect(problems.getByRole('listitem')).toHaveText([message]);
    await expect(problems).toContainText(t('ru', 'simulator:import.unchanged'));
  }
  expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
  expect(await worldContent(page)).toBe(before);
});
