// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import Spinner from './Spinner.svelte';
import VisuallyHidden from './VisuallyHidden.svelte';

describe('VisuallyHidden and Spinner', () => {
  it('VisuallyHidden keeps its text in the document', () => {
    const children = createRawSnippet(() => ({
      render: () => '<span>Only for screen readers</span>',
    }));
    render(VisuallyHidden, { children });
    expect(screen.getByText('Only for screen readers')).toBeInTheDocument();
  });

  it('Spinner is a labelled progressbar', () => {
    render(Spinner, { label: 'Loading' });
    expect(screen.getByRole('progressbar', { name: 'Loading' })).toBeInTheDocument();
  });
});
