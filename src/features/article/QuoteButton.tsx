import type { ReactNode } from 'react';
import type { Quote } from '../../core/schema';
import { cx } from '../../lib/cx';

export interface QuoteButtonProps {
  quote: Quote;
  /** Which stretch of the quote this button is, when a direct quote inside it splits it. */
  part: number;
  colourClass: string;
  selected: boolean;
  /** Shown after the quote's last part so that colour is never the only sign of the speaker. */
  speakerTag: string | null;
  onActivate: (quoteId: string, button: HTMLButtonElement) => void;
  children: ReactNode;
}

export function quoteButtonId(quoteId: string, part: number): string {
  return part === 0 ? `quote-${quoteId}` : `quote-${quoteId}-${part}`;
}

export function QuoteButton({ quote, part, colourClass, selected, speakerTag, onActivate, children }: QuoteButtonProps) {
  return (
    <button
      type="button"
      id={quoteButtonId(quote.id, part)}
      aria-pressed={selected}
      data-kind={quote.kind}
      className={cx('quote', quote.kind === 'direct' ? 'quote-direct' : 'quote-reported', colourClass)}
      onClick={(event) => onActivate(quote.id, event.currentTarget)}
    >
      {children}
      {speakerTag && <span className="speaker-tag">{speakerTag}</span>}
    </button>
  );
}
