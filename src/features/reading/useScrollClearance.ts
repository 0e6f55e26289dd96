import { useEffect, useRef } from 'react';

/**
 * Keeps the page's scroll padding at the height of a bar stuck to the top of the screen, so that a quote
 * scrolled into view, or a paragraph a link jumps to, lands below the bar and not under it. When the bar grows at
 * the top of the page (a filter's summary, a note that wraps), the page scrolls by as much, so the text below it
 * stays where the reader's eyes are: the browser's own scroll anchoring does this everywhere but at the very top.
 * The height goes to the `--bar` property, which index.css turns into scroll padding only where the bar sticks.
 */
export function useScrollClearance<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let height: number | null = null;
    const observer = new ResizeObserver(() => {
      const grown = height === null ? 0 : element.offsetHeight - height;
      height = element.offsetHeight;
      root.style.setProperty('--bar', `${height}px`);
      // A line or more: a font settling by a pixel or two is no reason to scroll.
      if (grown >= 16 && window.scrollY === 0) window.scrollBy(0, grown);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--bar');
    };
  }, []);
  return ref;
}
