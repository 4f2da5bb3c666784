// Hash routing: static hosting needs no server rewrites, and deep links survive a reload.

export interface Location {
  /** Path without the leading `#/`, no trailing slash: `partner-center/customers`. */
  path: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  return { path: path.replace(/\/+$/, ''), query: new URLSearchParams(query) };
}

class Router {
  #hash = $state(typeof location === 'undefined' ? '' : location.hash);

  constructor() {
    if (typeof window !== 'undefined')
      window.addEventListener('hashchange', () => (this.#hash = location.hash));
  }

  get location(): Location {
    return parseHash(this.#hash);
  }

  /** Go to a route without adding a history entry (for redirects such as mail links). */
  replace(route: string): void {
    const target = route.startsWith('#')
      ? route
      : `#${route.startsWith('/') ? route : `/${route}`}`;
    history.replaceState(history.state, '', target);
    this.#hash = location.hash;
  }

  navigate(route: string): void {
    const target = route.startsWith('#')
      ? route
      : `#${route.startsWith('/') ? route : `/${route}`}`;
    if (location.hash === target) return;
    location.hash = target;
  }
}

export const router = new Router();

/** Matches `mail/:id` against `mail/abc`, returning the params or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const seg = s[i]!;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(seg);
      } catch {
        return null;
      }
    } else if (part !== seg) return null;
  }
  return params;
}
