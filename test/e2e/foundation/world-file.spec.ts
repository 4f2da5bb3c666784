import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { advanceClock, isoAfterDays, openPath, personaSwitcher, simClock } from '../helpers';

// 7–8. Simulator settings: export → reset → import round-trips; a bad file changes nothing.

/** src/domain/worldFile.ts: WORLD_FILE_MAX_BYTES. */
const WORLD_FILE_MAX_BYTES = 32 * 1024 * 1024;

interface ExportedFile {
  format: string;
  version: number;
  exportedAt: string;
  world: {
    meta: { now: number; scenario: string };
    users: { id: string; tenantId: string; displayName: string }[];
    tenants: unknown[];
    [table: string]: unknown;
  };
}

async function exportWorld(
  page: Page,
): Promise<{ path: string; name: string; file: ExportedFile }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to file' }).click();
  const download = await downloading;
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/^partner-sim-default-[\d-]+\.json$/);
  await expect(
    page.getByRole('status').getByText(`Saved ${download.suggestedFilename()}.`),
  ).toBeVisible();
  return {
    path,
    name: download.suggestedFilename(),
    file: JSON.parse(await readFile(path, 'utf8')) as ExportedFile,
  };
}

test('export → reset → import brings the exported world back', async ({ page }) => {
  await openPath(page, 'world');
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator settings' })).toBeVisible();
  await advanceClock(page, 7);

  const exported = await exportWorld(page);
  expect(exported.file.format).toBe('partner-sim-world');
  expect(exported.file.version).toBe(1);
  expect(new Date(exported.file.world.meta.now).toISOString()).toBe(isoAfterDays(7));
  const personaCount = await personaSwitcher(page).locator('option').count();
  expect(exported.file.world.users).toHaveLength(personaCount);

  // Reset to the default scenario, through the confirmation dialog.
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('default');
  await page.getByRole('button', { name: 'Reset world' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the world?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(0));
  await expect(
    page.getByRole('status').getByText('The world was reset to “Default world”.'),
  ).toBeVisible();

  // Import the file: the clock is the exported one again.
  // (Playwright keeps the download under a random name: give the file its exported name back.)
  await page.getByTestId('import-file').setInputFiles({
    name: exported.name,
    mimeType: 'application/json',
    buffer: await readFile(exported.path),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(7));
  await expect(page.getByRole('status').getByText(`Imported ${exported.name}.`)).toBeVisible();
  await expect(page.getByTestId('import-problems')).toHaveCount(0);
  await expect(personaSwitcher(page).locator('option')).toHaveCount(personaCount);
});

test('a bad import file is refused with a reason and changes nothing', async ({
  page,
}, testInfo) => {
  await openPath(page, 'world');
  const { file: good } = await exportWorld(page);
  // Move on from the exported state, so that importing any of the files below would show.
  await advanceClock(page, 1);

  const problems = page.getByTestId('import-problems');
  const input = page.getByTestId('import-file');
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  const personaOptions = personaSwitcher(page).locator('option');
  const personaCount = good.world.users.length;
  await expect(personaOptions).toHaveCount(personaCount);

  const expectUnchanged = async () => {
    await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(1));
    await expect(personaOptions).toHaveCount(personaCount);
    await expect(personaSwitcher(page).locator('option[value="u-alex"]')).toHaveText(
      'Alex Wilber — Sales agent, Fabrikam Solutions',
    );
    await expect(page.getByRole('status').getByText(/^Imported /)).toHaveCount(0);
  };

  // No file chosen.
  await importButton.click();
  await expect(problems).toContainText('Choose a world file to import.');

  // Every file below would rename Alex if any part of it were stored.
  const variant = (change: (f: ExportedFile) => void): Buffer => {
    const f = structuredClone(good);
    const alex = f.world.users.find((u) => u.id === 'u-alex');
    if (alex) alex.displayName = 'Alex Imported';
    change(f);
    return Buffer.from(JSON.stringify(f));
  };
  const alexIndex = good.world.users.findIndex((u) => u.id === 'u-alex');
  expect(alexIndex).toBeGreaterThanOrEqual(0);

  const tooLargePath = testInfo.outputPath('too-large.json');
  await writeFile(tooLargePath, Buffer.alloc(WORLD_FILE_MAX_BYTES + 1, 0x20));

  const cases: {
    what: string;
    file: string | { name: string; mimeType: string; buffer: Buffer };
    message: string;
  }[] = [
    {
      what: 'not JSON',
      file: {
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('this is { not JSON'),
      },
      message: "The file isn't JSON. Choose a file exported by this simulator.",
    },
    {
      what: 'JSON that is not a world file',
      file: {
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":"world","items":[1,2,3]}'),
      },
      message: "The file isn't a world exported by this simulator.",
    },
    {
      what: 'a world file of the wrong shape',
      file: {
        name: 'shape.json',
        mimeType: 'application/json',
        buffer: variant((f) => delete (f.world as Record<string, unknown>).tenants),
      },
      message: 'world.tenants is missing.',
    },
    {
      what: 'an unknown version',
      file: {
        name: 'future.json',
        mimeType: 'application/json',
        buffer: variant((f) => (f.version = 99)),
      },
      message:
        "The file's format version (99) isn't supported: this simulator reads versions 1, 2, 3.",
    },
    {
      what: 'a dangling reference',
      file: {
        name: 'dangling.json',
        mimeType: 'application/json',
        buffer: variant((f) => (f.world.users[alexIndex]!.tenantId = 'nowhere')),
      },
      message: `users[${alexIndex}].tenantId refers to “nowhere”, which doesn't exist in the file.`,
    },
    {
      what: 'a file over the size limit',
      file: tooLargePath,
      message: 'The file is too large: a world file can be at most 32 MB.',
    },
  ];

  for (const c of cases) {
    await test.step(c.what, async () => {
      await input.setInputFiles(c.file);
      // Choosing a new file clears the previous refusal.
      await expect(problems).toHaveCount(0);
      await importButton.click();
      await expect(problems).toBeVisible();
      await expect(problems).toContainText('The file was refused');
      await expect(problems.getByRole('listitem')).toHaveText([c.message]);
      await expect(problems).toContainText('Your current world was not changed.');
      await expectUnchanged();
    });
  }

  // The same checks pass on a good file, so the refusals above were about the files.
  await input.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: variant(() => {}),
  });
  await importButton.click();
  await expect(personaSwitcher(page).locator('option[value="u-alex"]')).toHaveText(
    'Alex Imported — Sales agent, Fabrikam Solutions',
  );
  await expect(simClock(page)).toHaveAttribute('datetime', isoAfterDays(0));
});
