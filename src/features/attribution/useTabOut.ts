import { useCallback, useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

/** The controls Tab stops at, leaving out disabled ones and those a closed <details> hides. */
function tabStops(panel: HTMLElement): Array<HTMLElement> {
  return [...panel.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button, summary, select')].filter(
    (control) => !('disabled' in control && control.disabled) && (control.tagName === 'SUMMARY' || !control.closest('details:not([open])')),
  );
}

/**
 * A keydown handler for a panel that stands apart from what it is about in the page's order: Tab past its
 * last control, or Shift+Tab before its first (or from its `start`, such as a focused heading), calls
 * `onTabOut`, which moves focus where the reader came from and says whether it did; if not, Tab goes on as usual.
 */
export function useTabOut(start: RefObject<HTMLElement | null>, onTabOut: (direction: 'forward' | 'back') => boolean) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Tab') return;
      const stops = tabStops(event.currentTarget);
      const active = document.activeElement;
      const atEdge = event.shiftKey ? active === stops[0] || active === start.current : active === stops.at(-1);
      if (atEdge && onTabOut(event.shiftKey ? 'back' : 'forward')) event.preventDefault();
    },
    [start, onTabOut],
  );
}

/**
 * Tab from the selected quote's button goes into the panel, to its `start`, as if the panel came right after the
 * quote: after j, k or Next quote focus is on the quote with its attribution open, and Tab would otherwise skip to
 * the next quote, leaving the panel's controls to Enter twice (close, open) or to tabbing past every quote.
 */
export function useTabIn(start: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const quote = document.activeElement;
      if (event.key !== 'Tab' || event.shiftKey || quote?.getAttribute('aria-pressed') !== 'true' || !quote.closest('article')) return;
      event.preventDefault();
      start.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [start]);
}
