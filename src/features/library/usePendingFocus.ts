import { useEffect, useRef } from 'react';

/**
 * Focus for an element that a render is about to bring or keep: `focusLater(key)` focuses the element under `root`
 * whose `data-focus-key` is `key` as soon as a render shows it (a Delete button again after Keep, the next entry's
 * link after Delete), so that focus never falls back to the page when the button it was on disappears. Call it with
 * the state change that makes that render.
 */
export function usePendingFocus<T extends HTMLElement>() {
  const root = useRef<T>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(pending.current)}"]`);
    if (!target) return;
    target.focus();
    pending.current = null;
  });
  const focusLater = (key: string) => {
    pending.current = key;
  };
  return { root, focusLater };
}
