import { useCallback, useRef, useState, type RefObject } from 'react';
import { quoteButtonAfter } from '../features/article/QuoteButton';
import { quoteButtonId } from '../lib/quoteButtonId';

/** The selected quote's button: the one the reader used, or else its first part. */
function buttonOf(activator: HTMLElement | null, quoteId: string | null): HTMLElement | null {
  if (activator?.isConnected) return activator;
  return quoteId === null ? null : document.getElementById(quoteButtonId(quoteId, 0));
}

/**
 * Gives focus back to a control outside the text (a timeline entry) and brings it back into view: the text scrolled
 * to the quote it opened, and on a phone the attribution's sheet, still there, covers the lower part of the screen.
 */
function returnFocus(control: HTMLElement): void {
  control.focus({ preventScroll: true });
  const box = control.getBoundingClientRect();
  const seen = control.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  if (!seen) control.scrollIntoView({ block: 'center' });
}

/**
 * Where focus goes around the selected quote (useQuoteSelection): whether its attribution takes focus when it opens,
 * and the ways out of it, back to the quote the reader used (or to the control outside the text that opened it), to
 * its paragraph when the quote is removed, or on to the next quote. `selected` is the selection as it stands now;
 * `select` changes it.
 */
export function useQuoteFocus(selected: RefObject<string | null>, select: (id: string | null) => void) {
  const [takeFocus, setTakeFocus] = useState(false);
  const activator = useRef<HTMLElement | null>(null);
  // A control outside the text that opened the quote (a timeline entry): closing goes back there, where the reader
  // was, not to the quote in the text, which left a phone's reader far from the timeline they were going through.
  const opener = useRef<HTMLElement | null>(null);
  /** Notes the button the reader used to choose a quote, and the control outside the text it came from, if any. */
  const noteActivator = useCallback((button: HTMLElement | null, from: HTMLElement | null = null) => {
    activator.current = button;
    opener.current = from;
  }, []);

  /**
   * Closes the attribution and gives focus back to the quote, or to the control outside the text that opened it; to
   * the quote whatever opened it when `toQuote` (Only this person on a phone, which closes to show the text).
   */
  const close = useCallback(
    (toQuote = false) => {
      const button = buttonOf(activator.current, selected.current);
      const from = toQuote ? null : opener.current;
      select(null);
      setTakeFocus(false);
      if (from?.isConnected) returnFocus(from);
      else button?.focus();
    },
    [selected, select],
  );

  /** Closes the attribution of a quote that is being removed; focus goes to its paragraph, which stays. */
  const closeRemoved = useCallback(() => {
    const paragraph = buttonOf(activator.current, selected.current)?.closest<HTMLElement>('[data-block-id]') ?? null;
    select(null);
    setTakeFocus(false);
    paragraph?.focus();
  }, [selected, select]);

  /** Tab out of the attribution: on to the quote after the selected one, or back to it; false when there is none. */
  const tabOut = useCallback(
    (direction: 'forward' | 'back') => {
      const button = buttonOf(activator.current, selected.current);
      const target = button && (direction === 'back' ? button : quoteButtonAfter(button));
      target?.focus();
      return Boolean(target);
    },
    [selected],
  );

  return { noteActivator, takeFocus, setTakeFocus, close, closeRemoved, tabOut };
}
