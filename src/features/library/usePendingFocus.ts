import { useEffect, useRef } from 'react';

// Kept outside the component, and kept a while after it is met: deleting the article on screen, or Undo bringing it
// back, shows another article, and the library panel that asked for focus is laid out anew with it.
let pending: { key: string; until: number } | null = null;
const KEPT_MS = 5000;

/**
 * Focus for an element that a render is about to bring or keep: `focusLater(key)` focuses the element under `root`
 * whose `data-focus-key` is `key` as soon as a render shows it (a Delete button again after Keep, the next entry's
 * link after Delete, an entry that Undo brings back), so that focus never falls back to the page when the button it
 * was on disappears. Call it with the state change that makes that render. The request lapses once the reader puts
 * focus elsewhere, or after a few seconds.
 */
export function usePendingFocus<T extends HTMLElement>() {
  const root = useRef<T>(null);
  useEffect(() => {
    if (!pending) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(pending.key)}"]`);
    const focused = document.activeElement;
    if (performance.now() > pending.until || (focused && focused !== document.body && focused !== target)) {
      pending = null;
      return;
    }
    target?.focus();
  });
  const focusLater = (key: string) => {
    pending = { key, until: performance.now() + KEPT_MS };
  };
  return { root, focusLater };
}
