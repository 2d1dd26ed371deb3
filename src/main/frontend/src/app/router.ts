import { useEffect, useState } from 'preact/hooks';

/**
 * Routes live in the URL's fragment (#/tree/c-1?asOf=2025-01-01), so every view with its filters
 * can be bookmarked and shared, and the server serves one page for all of them.
 */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

export function href(path: (string | number)[], params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== null && v !== undefined && v !== '' && v !== false) {
      query.set(k, String(v));
    }
  });
  const q = query.toString();
  return `#/${path.map((p) => encodeURIComponent(String(p))).join('/')}${q ? `?${q}` : ''}`;
}

export function navigate(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', to);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = to.slice(1);
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const on = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', on);
    // The address may have changed between the first render and this subscription (a link opened
    // while the app started): without this, that change was missed and the view stayed "Loading".
    on();
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
