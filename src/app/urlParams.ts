/**
 * The address without one query parameter, whether it sits in the search (`/?persona=x#/mail`)
 * or in the hash's query (`/#/mail?persona=x`). Used to drop a trainer link's `?persona=` once it
 * has been applied, so a reload keeps the persona the tab chose since.
 */
export function withoutParam(href: string, name: string): string {
  const url = new URL(href);
  url.searchParams.delete(name);
  const hash = url.hash;
  const q = hash.indexOf('?');
  if (q >= 0) {
    const params = new URLSearchParams(hash.slice(q + 1));
    params.delete(name);
    const rest = params.toString();
    url.hash = hash.slice(0, q) + (rest ? `?${rest}` : '');
  }
  // `new URL` keeps an emptied search as '', which serializes without the '?'.
  return url.href;
}
