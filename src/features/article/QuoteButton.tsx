import type { KeyboardEvent, ReactNode } from 'react';
import type { Quote } from '../../core/schema';
import { cx } from '../../lib/cx';

export interface QuoteButtonProps {
  quote: Quote;
  /** Which stretch of the quote this button is, when a direct quote inside it splits it. */
  part: number;
  colourClass: string;
  selected: boolean;
  /**
   * Shown after the quote's last part so that colour is never the only sign of the speaker; `lead` is
   * read before the label by screen readers (", said by ", or ", " before "probably X" and "unattributed").
   */
  speakerTag: { label: string; lead: string } | null;
  onActivate: (quoteId: string, button: HTMLElement) => void;
  children: ReactNode;
}

export function quoteButtonId(quoteId: string, part: number): string {
  return part === 0 ? `quote-${quoteId}` : `quote-${quoteId}-${part}`;
}

/**
 * A quote as an inline button. It is a span with the button role because a real <button> is laid out
 * as an inline block in Chromium, and a quote must wrap across lines with the text around it.
 */
export function QuoteButton({ quote, part, colourClass, selected, speakerTag, onActivate, children }: QuoteButtonProps) {
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
      aria-pressed={selected}
      className={cx('quote', quote.kind === 'direct' ? 'quote-direct' : 'quote-reported', colourClass)}
      onClick={(event) => event.detail < 3 && onActivate(quote.id, event.currentTarget)}
      onKeyDown={onKeyDown}
    >
      {children}
      {speakerTag && (
        <span className="speaker-tag select-none" data-nontext="">
          <span className="sr-only">{speakerTag.lead}</span>
          {speakerTag.label}
        </span>
      )}
    </span>
  );
}
