import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { whenIdle } from './whenIdle';

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
// The first view is also rendered at build time, in Node, where there is no window.
if (typeof window !== 'undefined') window.addEventListener('popstate', dropPending);

/** The query string the page shows, ahead of the address bar while a history write waits. */
let shown: string | null = null;
export const getSearch = (): string => shown ?? window.location.search;

/** The query of the page whose first view the build writes, and which the page's code takes over: none. */
const firstViewSearch = (): string => '';

/** The parameters of a query string that are among `names`, as a query string of their own. */
function only(search: string, names: ReadonlyArray<string>): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) if (names.includes(name)) kept.append(name, value);
  return kept.toString();
}

/** The history write that waits until the page is idle: the URL and whether it is a step of its own. */
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
 * Where public/first-view.js finds a change that a reload would lose: [the address reloaded, the address meant, when
 * (ms since the epoch)]. A reload soon after takes it; an older one is stale, so no other page need clear it.
 */
const UNWRITTEN = 'who-said-what:kept-url';

/**
 * Leaving the page (a link, a reload, closing the tab) or hiding it writes a change still waiting, so that Back and a
 * restored tab come to it. A reload loads the address it started from, whatever is written then: the change is kept
 * for the page that follows, and public/first-view.js puts it in that page's address.
 */
function flush(event: Event): void {
  if (!pending) return;
  try {
    if (event.type === 'pagehide') sessionStorage.setItem(UNWRITTEN, JSON.stringify([window.location.href, pending.url, Date.now()]));
  } catch {
    // Without storage a reload loses the change, as before.
  }
  writeHistory();
}
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', (event) => document.hidden && flush(event));
}

/**
 * The page's query string as shared state: a change pushes a history entry, so back and forward
 * step through it and a copied link opens the same view. `replace` rewrites the current entry instead,
 * for a fix-up that is not a step of the reader's own. The page answers at once; the history write waits
 * until the frame is painted and the page is idle (changes before then make one entry). With `names` (a constant
 * list), the params hold only those parameters and the component renders again only when one of them changes.
 */
export function useSearchParams(names?: ReadonlyArray<string>): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const ownSearch = useCallback(() => (names ? only(getSearch(), names) : getSearch()), [names]);
  const search = useSyncExternalStore(subscribe, ownSearch, firstViewSearch);
  const setSearch = useCallback((next: URLSearchParams, options?: { replace?: boolean }) => {
    const query = next.toString();
    const nextSearch = query ? `?${query}` : '';
    if (nextSearch === getSearch()) return;
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
    const waiting = pending !== null;
    pending = { url, push: (pending?.push ?? false) || !options?.replace };
    shown = nextSearch;
    // After the answer is painted, when nothing else waits: a history write costs Chromium several milliseconds (and
    // makes it fetch the page's icon again), which would otherwise hold up whatever the reader does next.
    if (!waiting) requestAnimationFrame(() => whenIdle(writeHistory));
    listeners.forEach((listener) => listener());
  }, []);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setSearch];
}
