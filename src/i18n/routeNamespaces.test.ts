import { NAMESPACES } from './languages';
import { LATER_NAMESPACES, routeNamespaces, START_NAMESPACES } from './routeNamespaces';

describe('routeNamespaces', () => {
  it('gives the home page and each portal the texts their pages show', () => {
    expect(routeNamespaces('')).toEqual(['partnerCenter']);
    expect(routeNamespaces('/partner-center/settings/user-management/add')).toEqual([
      'partnerCenter',
      'users',
    ]);
    expect(routeNamespaces('/admin-center/partner-relationships')).toContain('adminCenter');
    expect(routeNamespaces('#/mail/m-1')).toEqual(['mail']);
    expect(routeNamespaces('/world')).toEqual(['simulator']);
  });

  it('loads nothing extra for an unknown path (t() still loads a text on first use)', () => {
    expect(routeNamespaces('/nowhere')).toEqual([]);
  });

  it('names only namespaces that exist', () => {
    for (const ns of [...START_NAMESPACES, ...LATER_NAMESPACES]) expect(NAMESPACES).toContain(ns);
  });
});
