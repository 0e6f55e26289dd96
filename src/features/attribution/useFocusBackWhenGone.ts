import { useLayoutEffect, useRef, type RefObject } from 'react';
import { quoteButtonId } from '../../lib/quoteButtonId';

/**
 * When the attribution goes while focus is in it, focus goes back to its quote's button. Escape and Close do this
 * themselves (useQuoteFocus); Back and Forward, which take the quote out of the URL, did not, and focus fell to the
 * page's body: a screen reader said nothing and the next Tab started at the top of the page.
 */
export function useFocusBackWhenGone(panel: RefObject<HTMLElement | null>, quoteId: string): void {
  const quote = useRef(quoteId);
  useLayoutEffect(() => {
    quote.current = quoteId;
  }, [quoteId]);
  // A layout effect's cleanup runs before React takes the panel out of the page, while focus is still in it.
  useLayoutEffect(() => {
    const element = panel.current;
    return () => {
      if (element?.contains(document.activeElement)) document.getElementById(quoteButtonId(quote.current, 0))?.focus();
    };
  }, [panel]);
}
