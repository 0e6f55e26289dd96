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

/** Back or forward wins over a write still waiting: the address bar is the truth again. */
function dropPending(): void {
  pending = null;
  shown = null;
}
window.addEventListener('popstate', dropPending);

/** The query string the page shows, ahead of the address bar while a history write waits. */
let shown: string | null = null;
export const getSearch = (): string => shown ?? window.location.search;

/** The history write that waits for the next painted frame: the URL and whether it is a step of its own. */
let pending: { url: string; push: boolean } | null = null;

function writeHistory(): void {
  if (!pending) return;
  const { url, push } = pending;
  pending = null;
  shown = null;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * The page's query string as shared state: a change pushes a history entry, so back and forward
 * step through it and a copied link opens the same view. `replace` rewrites the current entry instead,
 * for a fix-up that is not a step of the reader's own. The page answers at once; the history write, which
 * costs Chromium a few milliseconds, waits until the frame is painted (changes before then make one entry).
 */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const setSearch = useCallback((next: URLSearchParams, options?: { replace?: boolean }) => {
    const query = next.toString();
    const nextSearch = query ? `?${query}` : '';
    if (nextSearch === getSearch()) return;
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
    const waiting = pending !== null;
    pending = { url, push: (pending?.push ?? false) || !options?.replace };
    shown = nextSearch;
    if (!waiting) requestAnimationFrame(() => setTimeout(writeHistory));
    listeners.forEach((listener) => listener());
  }, []);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setSearch];
}
