import type { KeyboardEvent, ReactNode } from 'react';
import { certaintyOf } from '../../core/confidence';
import type { Quote } from '../../core/schema';
import { cx } from '../../lib/cx';
import { keepTipInColumn } from '../../lib/keepTipInColumn';
import { quoteButtonId } from '../../lib/quoteButtonId';
import { usePressed } from './pressedQuote';

export interface QuoteButtonProps {
  quote: Quote;
  /** Which stretch of the quote this button is, when a direct quote inside it splits it. */
  part: number;
  /** How many stretches the quote is split into (1 when it is whole). */
  parts: number;
  /** This stretch's words, which its accessible name starts with. */
  words: string;
  colourClass: string;
  selected: boolean;
  /** Who said it (`said by …`, `probably said by …`, `speaker unknown`): read after the words, shown on hover and focus. */
  speakerPhrase: string;
  /** Whether the reader confirmed the speaker the quote has: its sign says confirmed, not corrected. */
  confirmed: boolean;
  /** The short name written after the quote's last part when every mark is shown; null on other parts. */
  tag: string | null;
  onActivate: (quoteId: string, button: HTMLElement) => void;
  children: ReactNode;
}

/** The classes that draw a quote's mark: its kind, and how sure its attribution is. */
export function quoteLook(quote: Quote): string {
  return `quote-${quote.kind} quote-${certaintyOf(quote)}`;
}

/** The quote button that follows `button` in the article, where Tab out of the attribution leads. */
export function quoteButtonAfter(button: Element): HTMLElement | undefined {
  const buttons = button.closest('article')?.querySelectorAll<HTMLElement>('[role="button"]') ?? [];
  return [...buttons].find((other) => button.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * A quote button's accessible name: its words, which part of a split quote it is, and who said it. The quote marks a
 * direct quote inside leaves at a part's edge are not read ("Putin and the CSTO for repelling an (part 1 of 2), said by
 * …", not "… repelling an ", said by …"), nor a closing comma ("specialists,, said by").
 */
function quoteName(words: string, part: number, parts: number, speakerPhrase: string): string {
  const bare = words.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»,]+$/g, '');
  return `${bare}${parts > 1 ? ` (part ${part + 1} of ${parts})` : ''}, ${speakerPhrase}`;
}

/**
 * A quote as an inline button. It is a span with the button role because a real <button> is laid out
 * as an inline block in Chromium, and a quote must wrap across lines with the text around it. Its marks
 * (the tip, the tag, the sign of a correction or a confirmation) are absolutely placed or hidden, so showing
 * them moves no text; they are `data-nontext`, so a reader's selection counts only the article's words.
 */
export function QuoteButton({ quote, part, parts, words, colourClass, selected, speakerPhrase, confirmed, tag, onActivate, children }: QuoteButtonProps) {
  const pressed = usePressed(quote.id, selected);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate(quote.id, event.currentTarget);
  };
  return (
    <span
      role="button"
      tabIndex={0}
      id={quoteButtonId(quote.id, part)}
      aria-pressed={pressed}
      aria-label={quoteName(words, part, parts, speakerPhrase)}
      className={cx('quote', quoteLook(quote), colourClass)}
      // A triple click selects the paragraph's words; it is no quote activation.
      onClick={(event) => event.detail < 3 && onActivate(quote.id, event.currentTarget)}
      onKeyDown={onKeyDown}
      onPointerEnter={(event) => keepTipInColumn(event.currentTarget)}
      onFocus={(event) => keepTipInColumn(event.currentTarget)}
    >
      {children}
      <span className="quote-tip select-none" aria-hidden="true" data-nontext="">
        {speakerPhrase}
      </span>
      {tag !== null && (
        <>
          <span className="speaker-tag select-none" aria-hidden="true" data-nontext="">
            {tag}
          </span>
          {quote.corrected && (
            <span
              className={cx('correction-sign select-none', confirmed && 'confirmed')}
              aria-hidden="true"
              data-nontext=""
              title={confirmed ? 'Confirmed by you' : 'Corrected by you'}
            >
              {confirmed ? '✓' : '✎'}
            </span>
          )}
        </>
      )}
    </span>
  );
}
