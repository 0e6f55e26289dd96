import { useCallback, useMemo, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getSearch = () => window.location.search;

/**
 * The page's query string as shared state: a change pushes a history entry, so back and forward
 * step through it and a copied link opens the same view. `replace` rewrites the current entry instead,
 * for a fix-up that is not a step of the reader's own.
 */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const setSearch = useCallback((next: URLSearchParams, options?: { replace?: boolean }) => {
    const query = next.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    listeners.forEach((listener) => listener());
  }, []);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setSearch];
}
