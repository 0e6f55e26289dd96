import { useCallback, useRef, useState, type RefObject } from 'react';
import { quoteButtonAfter } from '../features/article/QuoteButton';
import { quoteButtonId } from '../lib/quoteButtonId';

/** The selected quote's button: the one the reader used, or else its first part. */
function buttonOf(activator: HTMLElement | null, quoteId: string | null): HTMLElement | null {
  if (activator?.isConnected) return activator;
  return quoteId === null ? null : document.getElementById(quoteButtonId(quoteId, 0));
}

/**
 * Where focus goes around the selected quote (useQuoteSelection): whether its attribution takes focus when it opens,
 * and the ways out of it, back to the quote the reader used, to its paragraph when the quote is removed, or on to the
 * next quote. `selected` is the selection as it stands now; `select` changes it.
 */
export function useQuoteFocus(selected: RefObject<string | null>, select: (id: string | null) => void) {
  const [takeFocus, setTakeFocus] = useState(false);
  const activator = useRef<HTMLElement | null>(null);
  /** Notes the button the reader used to choose a quote, for focus to come back to. */
  const noteActivator = useCallback((button: HTMLElement | null) => void (activator.current = button), []);

  /** Closes the attribution and gives focus back to the quote. */
  const close = useCallback(() => {
    const button = buttonOf(activator.current, selected.current);
    select(null);
    setTakeFocus(false);
    button?.focus();
  }, [selected, select]);

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
