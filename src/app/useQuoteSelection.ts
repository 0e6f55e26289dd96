import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../core/schema';
import { pressAhead, pressedAhead } from '../features/article/pressedQuote';
import { quoteButtonAfter, quoteButtonId } from '../features/article/QuoteButton';
import { afterPaint } from '../lib/afterPaint';
import { besideText } from '../lib/besideText';
import { useQuoteLink } from './useQuoteLink';

/** The selected quote's button: the one the reader used, or else its first part. */
function buttonOf(activator: HTMLElement | null, quoteId: string | null): HTMLElement | null {
  if (activator?.isConnected) return activator;
  return quoteId === null ? null : document.getElementById(quoteButtonId(quoteId, 0));
}

/**
 * The selected quote and the ways to choose it: activating its button, stepping to it, closing it again
 * with focus back where the reader was. The URL names it (useQuoteLink), and `linkGone` says when a link named a
 * quote the article no longer has.
 */
export function useQuoteSelection(article: Article, selectable: ReadonlySet<string> | null) {
  const { quoteId, linkGone, choose } = useQuoteLink(article, selectable);
  const [takeFocus, setTakeFocus] = useState(false);
  const activator = useRef<HTMLElement | null>(null);
  // The quote the reader just chose, to be brought into view once its attribution shows (see reveal).
  const toReveal = useRef<HTMLElement | null>(null);
  const selected = useRef(quoteId);
  useLayoutEffect(() => void (selected.current = quoteId));
  // A quote activated is pressed at once; the selection itself waits for that frame to be painted (see activate).
  const waiting = useRef(() => {});
  // The quote whose pressed frame was painted before it was selected, so that its attribution need not wait for one.
  const [answered, setAnswered] = useState<{ id: string | null } | null>(null);
  useEffect(
    () => () => {
      waiting.current();
      pressAhead(undefined);
    },
    [],
  );
  const select = useCallback(
    (id: string | null) => {
      // Any choice overtakes one still waiting, and the buttons show the selection again.
      waiting.current();
      pressAhead(undefined);
      setAnswered(null);
      selected.current = id; // now, not at the next commit: a triple click's second click must find what the first opened
      choose(id);
    },
    [choose],
  );

  /**
   * A click, Enter or Space on a quote: the attribution opens and takes focus, or closes when it was open. The frame
   * that answers shows the quote pressed and renders nothing else (pressedQuote); the selection, the URL and the
   * panels follow once it is painted.
   */
  const activate = useCallback(
    (id: string, button: HTMLElement) => {
      activator.current = button;
      const ahead = pressedAhead();
      const closing = id === (ahead === undefined ? selected.current : ahead);
      // Beside the text (a desktop's side column) the attribution covers nothing, and the quote clicked or focused is
      // in view: scrolling it would move the text under a pointer that may be clicking again (a triple click to
      // select the paragraph). Under a phone's sheet it must be brought clear.
      toReveal.current = closing || besideText() ? null : button;
      const next = closing ? null : id;
      pressAhead(next);
      waiting.current();
      waiting.current = afterPaint(() => {
        select(next);
        setTakeFocus(true);
        // The attribution is the larger part: a background render that React slices, as after a step (usePaintedValue).
        startTransition(() => setAnswered({ id: next }));
      });
    },
    [select],
  );

  /** A step in reading order: the attribution follows without taking focus; after a key, focus goes to the quote. */
  const read = useCallback(
    (id: string, fromKey: boolean) => {
      const button = document.getElementById(quoteButtonId(id, 0));
      activator.current = button;
      setTakeFocus(false);
      // The quote already shown has its attribution out: nothing else changes, so it is brought into view now.
      if (id === selected.current) button?.scrollIntoView({ block: 'nearest' });
      else toReveal.current = button;
      select(id);
      if (fromKey) button?.focus({ preventScroll: true });
    },
    [select],
  );

  /**
   * Scrolls the quote the reader just chose into view, for the frame that shows its attribution: scrolling lays the
   * page out at once, which would hold up the frame that answers the click, and on a phone the quote must clear
   * the attribution's sheet, which comes in that later frame.
   */
  const reveal = useCallback(() => {
    toReveal.current?.scrollIntoView({ block: 'nearest' });
    toReveal.current = null;
  }, []);

  /** Closes the attribution and gives focus back to the quote. */
  const close = useCallback(() => {
    const button = buttonOf(activator.current, selected.current);
    select(null);
    setTakeFocus(false);
    button?.focus();
  }, [select]);

  /** Closes the attribution of a quote that is being removed; focus goes to its paragraph, which stays. */
  const closeRemoved = useCallback(() => {
    const paragraph = buttonOf(activator.current, selected.current)?.closest<HTMLElement>('[data-block-id]') ?? null;
    select(null);
    setTakeFocus(false);
    paragraph?.focus();
  }, [select]);

  /** Tab out of the attribution: on to the quote after the selected one, or back to it; false when there is none. */
  const tabOut = useCallback((direction: 'forward' | 'back') => {
    const button = buttonOf(activator.current, selected.current);
    const target = button && (direction === 'back' ? button : quoteButtonAfter(button));
    target?.focus();
    return Boolean(target);
  }, []);

  return { quoteId, answered, linkGone, takeFocus, activate, read, reveal, close, closeRemoved, tabOut };
}

export type QuoteSelection = ReturnType<typeof useQuoteSelection>;
