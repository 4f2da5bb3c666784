// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { AppDB } from '../../db/AppDB';
import { setDatabase } from '../../db/instance';
import { replaceWorld } from '../../db/repositories/worldRepository';
import { defaultWorld } from '../../db/scenarios/default';
import { loadPersona } from '../../db/queries/personas';
import { initI18n, setLanguage } from '../../i18n/i18n.svelte';
import { showEdition } from '../../app/edition.svelte';
import TrialInvitationPage from './TrialInvitationPage.svelte';
import PurchaseOfferPage from './PurchaseOfferPage.svelte';

// R-GDAP-1 on the Office 365 partner's pages (W-TRIAL, W-OFFER): in the Today edition the
// delegated administration offer is gone, said so with the rule and the then → now note; the
// 2020 edition (the control) keeps the option for a Cloud Essentials partner (R-O365-1).

let db: AppDB;
const props = async (userId: string) => ({
  persona: (await loadPersona(db, userId))!,
  params: {},
  query: new URLSearchParams(),
});

beforeAll(async () => {
  db = new AppDB(`o365-pages-${Math.random()}`);
  await db.open();
  await replaceWorld(db, defaultWorld());
  setDatabase(db, false);
  await initI18n('en');
});
afterEach(async () => {
  await setLanguage('en');
  showEdition('2020');
  sessionStorage.clear();
});

const daCheckbox = () =>
  screen.queryByRole('checkbox', { name: 'Include an offer for delegated administration' });

describe('R-GDAP-1: the Office 365 offers in the Today edition', () => {
  it('2020 (control): the trial invitation offers delegated administration to Litware', async () => {
    render(TrialInvitationPage, { props: await props('u-pradeep') });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(await screen.findByTestId('edition-note-later')).toBeInTheDocument();
    expect(daCheckbox()).toBeInTheDocument();
    expect(screen.queryByTestId('da-retired')).not.toBeInTheDocument();
  });

  it.each([
    ['trial invitation', TrialInvitationPage],
    ['purchase offer', PurchaseOfferPage],
  ] as const)(
    'Today: the %s has no delegated administration option, with the rule',
    async (_, Page) => {
      showEdition('today');
      render(Page, { props: await props('u-pradeep') });
      const retired = await screen.findByTestId('da-retired');
      expect(retired).toHaveTextContent('R-GDAP-1');
      expect(daCheckbox()).not.toBeInTheDocument();
      expect(screen.getByTestId('edition-note')).toHaveAttribute('data-note', 'o365DelegatedAdmin');
    },
  );

  it('Today, in Russian: the notice is in the learner language', async () => {
    showEdition('today');
    await setLanguage('ru');
    render(TrialInvitationPage, { props: await props('u-pradeep') });
    expect(await screen.findByTestId('da-retired')).toHaveTextContent(
      'В редакции «Сегодня» предложение не включает делегированное администрирование',
    );
  });
});
