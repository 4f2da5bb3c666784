// @vitest-environment jsdom
import { describe, expect, it, vi, beforeAll } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PersonaSwitcher from './PersonaSwitcher.svelte';
import { useLanguage } from '../../../test/i18n';
import type { Persona, PersonaSummary } from '../../domain/persona';

const personas: PersonaSummary[] = [
  {
    userId: 'u-megan',
    displayName: 'Megan Bowen',
    primaryRole: 'adminAgent',
    tenantId: 'fabrikam',
    tenantName: 'Fabrikam Solutions',
  },
  {
    userId: 'u-alex',
    displayName: 'Alex Wilber',
    primaryRole: 'salesAgent',
    tenantId: 'fabrikam',
    tenantName: 'Fabrikam Solutions',
  },
  {
    userId: 'u-patti',
    displayName: 'Patti Fernandez',
    primaryRole: 'globalAdmin',
    tenantId: 'contoso',
    tenantName: 'Contoso Ltd',
  },
];
const current = {
  user: {
    id: 'u-megan',
    tenantId: 'fabrikam',
    displayName: 'Megan Bowen',
    email: 'megan@fabrikam.example',
    roles: ['adminAgent'],
  },
} as unknown as Persona;

beforeAll(() => useLanguage('en'));

describe('PersonaSwitcher', () => {
  it("is named with the current persona and lists every persona as 'name — role, organization'", () => {
    render(PersonaSwitcher, { personas, current, onselect: () => {} });
    const select = screen.getByRole('combobox', { name: /Megan Bowen/ });
    const options = Array.from((select as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual([
      'Megan Bowen — Admin agent, Fabrikam Solutions',
      'Alex Wilber — Sales agent, Fabrikam Solutions',
      'Patti Fernandez — Global admin, Contoso Ltd',
    ]);
    expect((select as HTMLSelectElement).value).toBe('u-megan');
  });

  it('reports the chosen persona', async () => {
    const onselect = vi.fn();
    render(PersonaSwitcher, { personas, current, onselect });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Megan Bowen/ }), 'u-patti');
    expect(onselect).toHaveBeenCalledWith('u-patti');
  });
});
