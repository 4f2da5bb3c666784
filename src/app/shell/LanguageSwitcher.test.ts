// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LanguageSwitcher from './LanguageSwitcher.svelte';
import { useLanguage } from '../../../test/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages';

beforeAll(() => useLanguage('en'));
afterAll(() => useLanguage('en'));

describe('LanguageSwitcher', () => {
  it('offers each language in its own name', () => {
    render(LanguageSwitcher);
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      'English',
      'Русский',
      '中文',
    ]);
  });

  it('switches the language, keeps the choice and sets <html lang>', async () => {
    render(LanguageSwitcher);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Язык' })).toBeInTheDocument());
    expect(document.documentElement.lang).toBe('ru');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Язык' }), 'zh');
    await waitFor(() => expect(screen.getByRole('combobox', { name: '语言' })).toBeInTheDocument());
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
