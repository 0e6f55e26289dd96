import { useCallback, type KeyboardEvent, type RefObject } from 'react';

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
