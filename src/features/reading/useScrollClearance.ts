import { useEffect, useRef } from 'react';

/**
 * Keeps the page's scroll padding at the height of a bar stuck to the top of the screen, so that a quote
 * scrolled into view, or a paragraph a link jumps to, lands below the bar and not under it.
 */
export function useScrollClearance<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `${element.offsetHeight}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, []);
  return ref;
}
