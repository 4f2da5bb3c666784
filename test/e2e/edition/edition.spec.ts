import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { waitForShell, type Lang, type PersonaId } from '../helpers';
import { LANGS, tr } from '../customer/helpers';

// Issue 16, the edition plumbing: `?edition=` makes a fresh world in that edition and shows it in
// the top bar; in Today the reseller request has no delegated-administration option (R-GDAP-1) and
// the customer finds Partner relationships under Settings; a link for the other edition only asks,
// and declining changes nothing; a bad value is refused; a 2020 world is as it always was.

async function open(page: Page, lang: Lang, persona: PersonaId, path: string, edition?: string) {
  const params = new URLSearchParams({ persona, lang });
  if (edition !== undefined) params.set('edition', edition);
  await page.goto(`/?${params}#/${path}`);
  await waitForShell(page);
}

const badge = (page: Page) => page.getByTestId('edition-badge');
const name = (lang: Lang, edition: '2020' | 'today') =>
  tr(lang, `common:shell.edition.names.${edition}`);
// The badge shows the short form (ru abbreviates); its accessible name spells the edition out.
const shortName = (lang: Lang, edition: '2020' | 'today') =>
  tr(lang, `common:shell.edition.short.${edition}`);

for (const lang of LANGS) {
  test.describe(`the edition (${lang})`, () => {
    const includeDap = tr(lang, 'partnerCenter:request.options.includeDap');

    test('?edition=today: Today in the top bar, and the request has no delegated admin option (R-GDAP-1)', async ({
      page,
    }) => {
      await open(page, lang, 'u-megan', 'partner-center/customers/request', 'today');
      await expect(badge(page)).toHaveText(shortName(lang, 'today'));
      await expect(badge(page)).toHaveAccessibleName(
        tr(lang, 'common:shell.edition.badgeLabel', { edition: name(lang, 'today') }),
      );
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: tr(lang, 'partnerCenter:request.options.titleToday'),
        }),
      ).toBeVisible();
      await expect(page.getByRole('checkbox', { name: includeDap })).toHaveCount(0);
      await expect(page.getByTestId('no-dap-today')).toHaveText(
        tr(lang, 'partnerCenter:request.options.today'),
      );
      // Then → now beside the changed step, with its source page as a plain link.
      const note = page.getByTestId('edition-note');
      await expect(note).toContainText(tr(lang, 'gdap:notes.requestDap.now'));
      await expect(note.getByRole('link')).toHaveAttribute(
        'href',
        'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
      );
      // Applied once: the parameter is dropped from the address.
      expect(page.url()).not.toContain('edition=');
    });

    test('Today, customer side: Settings > Partner relationships', async ({ page }) => {
      await open(page, lang, 'u-patti', 'admin-center', 'today');
      const settings = page.getByRole('list', { name: tr(lang, 'adminCenter:nav.settings') });
      const link = settings.getByRole('link', {
        name: tr(lang, 'adminCenter:nav.partnerRelationships'),
        exact: true,
      });
      await expect(link).toBeVisible();
      // Billing keeps its other pages, not this one.
      await expect(
        page.getByRole('list', { name: tr(lang, 'adminCenter:nav.billing') }).getByRole('link', {
          name: tr(lang, 'adminCenter:nav.partnerRelationships'),
          exact: true,
        }),
      ).toHaveCount(0);
      await link.click();
      await expect(
        page.getByRole('heading', {
          level: 1,
          name: tr(lang, 'adminCenter:partnerRelationships.title'),
        }),
      ).toBeVisible();
      await expect(page.getByTestId('edition-note')).toContainText(
        tr(lang, 'gdap:notes.partnerRelationshipsPath.now'),
      );
    });

    test('a link for the other edition asks; declining changes nothing', async ({ page }) => {
      await open(page, lang, 'u-megan', 'partner-center/customers/request');
      await expect(badge(page)).toHaveText(shortName(lang, '2020'));
      await open(page, lang, 'u-megan', 'partner-center/customers/request', 'today');
      const dialog = page.getByRole('dialog', { name: tr(lang, 'common:shell.edition.askTitle') });
      await expect(dialog).toBeVisible();
      await dialog
        .getByRole('button', {
          name: tr(lang, 'common:shell.edition.keep', { current: name(lang, '2020') }),
        })
        .click();
      await expect(dialog).toHaveCount(0);
      await expect(badge(page)).toHaveText(shortName(lang, '2020'));
      await expect(page.getByRole('checkbox', { name: includeDap })).toBeChecked();
      // A reload does not ask again, and the world is still 2020.
      await page.reload();
      await waitForShell(page);
      await expect(badge(page)).toHaveText(shortName(lang, '2020'));
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('accepting the question resets the world into the link’s edition', async ({ page }) => {
      await open(page, lang, 'u-megan', 'partner-center/customers/request');
      await open(page, lang, 'u-megan', 'partner-center/customers/request', 'today');
      const dialog = page.getByRole('dialog', { name: tr(lang, 'common:shell.edition.askTitle') });
      await dialog
        .getByRole('button', {
          name: tr(lang, 'common:shell.edition.reset', { wanted: name(lang, 'today') }),
        })
        .click();
      await expect(badge(page)).toHaveText(shortName(lang, 'today'));
    });

    test('a bad edition is refused with a message and changes nothing', async ({ page }) => {
      await open(page, lang, 'u-megan', 'partner-center/customers/request', 'Today');
      await expect(
        page.getByText(tr(lang, 'common:shell.edition.invalid', { value: 'Today' })),
      ).toBeVisible();
      await expect(badge(page)).toHaveText(shortName(lang, '2020'));
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('a 2020 world is unchanged: the option, Billing > Partner relationships, notes folded', async ({
      page,
    }) => {
      await open(page, lang, 'u-megan', 'partner-center/customers/request');
      await expect(badge(page)).toHaveText(shortName(lang, '2020'));
      await expect(page.getByRole('checkbox', { name: includeDap })).toBeChecked();
      await expect(page.getByTestId('edition-note')).toHaveCount(0);
      await expect(page.getByTestId('edition-note-later')).not.toHaveAttribute('open');
      await open(page, lang, 'u-patti', 'admin-center');
      await expect(
        page.getByRole('list', { name: tr(lang, 'adminCenter:nav.billing') }).getByRole('link', {
          name: tr(lang, 'adminCenter:nav.partnerRelationships'),
          exact: true,
        }),
      ).toBeVisible();
    });
  });
}
