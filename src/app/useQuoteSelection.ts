import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../core/schema';
import { pressAhead, pressedAhead } from '../features/article/pressedQuote';
import { quoteButtonId } from '../lib/quoteButtonId';
import { afterPaint } from '../lib/afterPaint';
import { besideText } from '../lib/besideText';
import { useQuoteFocus } from './useQuoteFocus';
import { useQuoteLink } from './useQuoteLink';

/**
 * Brings the quote the reader just chose into view, for the frame that shows its attribution (`reveal`, called
 * there): scrolling lays the page out at once, which would hold up the frame that answers the click, and on a phone
 * the quote must clear the attribution's sheet, which comes in that later frame. Beside the text only a step comes
 * here, and it centres the quote: at the nearest edge it stopped on the screen's last line, its sentence cut off.
 * The quote a link opened the page on (`linked`, a shared `?quote=`) comes into view so too, with its attribution:
 * otherwise the page opened at its top, the attribution beside (or, on a phone, over) text without the quote.
 */
function useReveal(linked: string | null) {
  const toReveal = useRef<HTMLElement | string | null>(linked && quoteButtonId(linked, 0));
  const revealLater = useCallback((button: HTMLElement | null) => void (toReveal.current = button), []);
  const reveal = useCallback(() => {
    const button = typeof toReveal.current === 'string' ? document.getElementById(toReveal.current) : toReveal.current;
    button?.scrollIntoView({ block: besideText() ? 'center' : 'nearest' });
    toReveal.current = null;
  }, []);
  return { revealLater, reveal };
}

/**
 * The selected quote and the ways to choose it: activating its button, stepping to it, closing it again with focus
 * back where the reader was (useQuoteFocus). The URL names it (useQuoteLink), and `linkGone` says when a link named a
 * quote the article no longer has.
 */
export function useQuoteSelection(article: Article, selectable: ReadonlySet<string> | null) {
  const { quoteId, linkGone, choose } = useQuoteLink(article, selectable);
  const { revealLater, reveal } = useReveal(quoteId);
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
  const { noteActivator, takeFocus, setTakeFocus, close, closeRemoved, tabOut } = useQuoteFocus(selected, select);

  /**
   * A click, Enter or Space on a quote: the attribution opens and takes focus, or closes when it was open. The frame
   * that answers shows the quote pressed and renders nothing else (pressedQuote); the selection, the URL and the
   * panels follow once it is painted.
   */
  const activate = useCallback(
    (id: string, button: HTMLElement) => {
      noteActivator(button);
      const ahead = pressedAhead();
      const closing = id === (ahead === undefined ? selected.current : ahead);
      // Beside the text (a desktop's side column) the attribution covers nothing, and the quote clicked or focused is
      // in view: scrolling it would move the text under a pointer that may be clicking again (a triple click to
      // select the paragraph). Under a phone's sheet it must be brought clear.
      revealLater(closing || besideText() ? null : button);
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
    [select, noteActivator, setTakeFocus, revealLater],
  );

  /**
   * A step in reading order: the attribution follows without taking focus; after a key, focus goes to the quote. A
   * quote chosen from a control outside the text (`from`, a timeline entry) opens so too, and closing it goes back there.
   */
  const read = useCallback(
    (id: string, fromKey: boolean, from: HTMLElement | null = null) => {
      const button = document.getElementById(quoteButtonId(id, 0));
      noteActivator(button, from);
      setTakeFocus(false);
      revealLater(button);
      // The quote already shown has its attribution out: nothing else changes, so it is brought into view now.
      if (id === selected.current) reveal();
      select(id);
      if (fromKey) button?.focus({ preventScroll: true });
    },
    [select, noteActivator, setTakeFocus, revealLater, reveal],
  );

  return { quoteId, answered, linkGone, takeFocus, activate, read, reveal, close, closeRemoved, tabOut };
}

export type QuoteSelection = ReturnType<typeof useQuoteSelection>;
