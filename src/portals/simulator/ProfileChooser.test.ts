// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { replaceWorld } from '../../db/repositories/worldRepository';
import { defaultWorld } from '../../db/scenarios/default';
import { initI18n, t } from '../../i18n/i18n.svelte';
import { loadProfile } from '../../app/profile.svelte';
import { parseProfileParam } from '../../domain/profile';
import ProfileChooser from './ProfileChooser.svelte';

let db: AppDB;

beforeEach(async () => {
  db = new AppDB(`profile-chooser-${Math.random()}`);
  await db.open();
  await replaceWorld(db, defaultWorld());
  setDatabase(db, false);
  await initI18n('en');
  await loadProfile(db);
});

const profileFile = (over: Record<string, unknown> = {}, name = 'profile.json') =>
  new File(
    [
      JSON.stringify({
        format: 'partner-sim.profile',
        version: 1,
        partner: { name: 'Ромашка Софт', domain: 'romashka.example' },
        customer: { name: 'Acme', domain: 'acme.example' },
        accent: '#0f548c',
        ...over,
      }),
    ],
    name,
    { type: 'application/json' },
  );

const fabrikamName = async () => (await db.tenants.get('fabrikam'))?.name;

describe('ProfileChooser (issue 15)', () => {
  it('applies a profile file: the world, its texts and the brand colour use it; the default names come back', async () => {
    const user = userEvent.setup();
    render(ProfileChooser);
    await screen.findByText('This world uses the default names.');
    await user.upload(await screen.findByLabelText('Choose a profile file'), profileFile());
    await user.click(screen.getByRole('button', { name: 'Apply the profile' }));
    // The profile names the customer too (issue 15): the line says both.
    await waitFor(() =>
      expect(screen.getByTestId('profile-current')).toHaveTextContent(
        "This world's training partner is Ромашка Софт. Its customer is Acme.",
      ),
    );
    expect(await fabrikamName()).toBe('Ромашка Софт');
    expect((await db.meta.get('world'))?.profile?.partner.name).toBe('Ромашка Софт');
    // Every text names the partner by the profile (a mail whose parameter still says the default).
    expect(t('mail:seeded.invitation.subject', { partner: 'Fabrikam Solutions' })).not.toContain(
      'Fabrikam Solutions',
    );
    expect(document.documentElement.style.getPropertyValue('--ui-brand')).toBe('#0f548c');
    // The link value applies the same profile.
    const link = (screen.getByLabelText(/Link that applies this profile/) as HTMLInputElement)
      .value;
    expect(parseProfileParam(link.replace(/^profile=/, ''))).toMatchObject({ ok: true });

    await user.click(screen.getByRole('button', { name: 'Return to the default names' }));
    await screen.findByText('This world uses the default names.');
    expect(await fabrikamName()).toBe('Fabrikam Solutions');
    expect((await db.meta.get('world'))?.profile).toBeUndefined();
    expect(document.documentElement.style.getPropertyValue('--ui-brand')).toBe('');
  });

  it('refuses a bad profile whole, naming the file and the reason; nothing stored changes', async () => {
    const user = userEvent.setup();
    render(ProfileChooser);
    const input = await screen.findByLabelText('Choose a profile file');
    const before = JSON.stringify(await db.tenants.toArray());
    for (const [over, reason] of [
      [{ accent: '#ffee00' }, /hard to read/],
      [{ partner: { name: '<img src=x onerror=alert(1)>', domain: 'a.example' } }, /the name/],
      [{ logo: 'data:image/svg+xml;base64,' + btoa('<svg onload="alert(1)"/>') }, /the logo/],
    ] as const) {
      await user.upload(input, profileFile(over, 'bad.json'));
      await user.click(screen.getByRole('button', { name: 'Apply the profile' }));
      const problem = await screen.findByTestId('profile-problem');
      expect(problem).toHaveTextContent(/bad\.json was not applied/);
      expect(problem).toHaveTextContent(reason);
      expect(problem).toHaveTextContent('Nothing changed.');
    }
    expect(JSON.stringify(await db.tenants.toArray())).toBe(before);
    expect((await db.meta.get('world'))?.profile).toBeUndefined();
    expect(document.querySelector('img')).toBeNull();
  });

  it('a name with &, apostrophes and brackets is shown as text, never as markup', async () => {
    const user = userEvent.setup();
    render(ProfileChooser);
    const name = `O'Brien & Söhne (${'Долгое Имя '.repeat(4).trim()})`;
    await user.upload(
      await screen.findByLabelText('Choose a profile file'),
      profileFile({ partner: { name, domain: 'obrien.example' } }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply the profile' }));
    await waitFor(() =>
      expect(screen.getByTestId('profile-current')).toHaveTextContent(
        `This world's training partner is ${name}.`,
      ),
    );
    expect(screen.getByTestId('profile-current').innerHTML).toContain('&amp;');
  });
});
