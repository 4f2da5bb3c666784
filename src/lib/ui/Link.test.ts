// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import Link from './Link.svelte';

describe('Link', () => {
  it('renders an anchor with href, children and rest props', () => {
    const children = createRawSnippet(() => ({ render: () => '<span>Docs</span>' }));
    render(Link, { props: { href: '#/docs', target: '_blank', rel: 'noopener', children } });
    const link = screen.getByRole('link', { name: 'Docs' });
    expect(link).toHaveAttribute('href', '#/docs');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });
});
