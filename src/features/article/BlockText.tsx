import { memo, useMemo } from 'react';
import { speakerPhrase } from '../../core/attribution';
import { isConfirmed } from '../../core/confirmed';
import { isUncertain } from '../../core/confidence';
import { segmentBlock, type MarkSpan } from '../../core/segments';
import type { Article, Block, Entity, Quote } from '../../core/schema';
import { shortName } from '../../core/names';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';
import { MarkedText } from './MarkedText';
import { QuoteButton, quoteLook } from './QuoteButton';

export interface BlockTextProps {
  block: Block;
  entities: ReadonlyMap<string, Entity>;
  speakerIndex: ReadonlyMap<string, number>;
  /** The block's quotes that are buttons, space-separated; null means all of them. */
  activeIds: string | null;
  selectedQuoteId: string | null;
  marks: ReadonlyArray<MarkSpan>;
  selectionClass: string;
  highlightEntityId: string | null;
  onActivateQuote: (quoteId: string, button: HTMLElement) => void;
  /** The article's corrections, for a block with a corrected quote: whether the reader confirmed its speaker. */
  corrections?: Article['corrections'];
}

/** The short name written after a quote when every mark is shown. */
function speakerTagOf(quote: Quote, speaker: Entity | null): string {
  if (!speaker) return 'unknown';
  return isUncertain(quote) ? `probably ${shortName(speaker)}` : shortName(speaker);
}

/** A block's text with its quotes as buttons and its mentions marked; it re-renders only when they change. */
export const BlockText = memo(function BlockText(props: BlockTextProps) {
  const { block, entities, speakerIndex, activeIds, selectedQuoteId, marks, selectionClass, highlightEntityId, onActivateQuote, corrections } = props;
  const segments = useMemo(
    () => segmentBlock(block, { activeQuoteIds: activeIds === null ? null : new Set(activeIds.split(' ').filter(Boolean)), marks }),
    [block, activeIds, marks],
  );
  return segments.map((segment) => {
    const pieces = segment.pieces.map((piece) => (
      <MarkedText key={piece.start} piece={piece} speakerIndex={speakerIndex} highlightEntityId={highlightEntityId} selectionClass={selectionClass} />
    ));
    if (segment.type === 'text') return <span key={segment.start}>{pieces}</span>;
    const { quote } = segment;
    const speaker = (quote.speakerId !== null && entities.get(quote.speakerId)) || null;
    const colourClass = speakerClass(speaker ? (speakerIndex.get(speaker.id) ?? -1) : -1);
    const confirmed = quote.corrected === true && isConfirmed({ corrections }, quote.id);
    // Quote marks (or a lone word) left beside a direct quote keep the look of their quote but are no stop of their own.
    if (segment.stray) {
      return (
        <span key={segment.start} className={cx(quoteLook(quote), colourClass)}>
          {pieces}
        </span>
      );
    }
    return (
      <QuoteButton
        key={segment.start}
        quote={quote}
        part={segment.part}
        parts={segment.parts}
        words={segment.pieces.map((p) => p.text).join('')}
        colourClass={colourClass}
        selected={quote.id === selectedQuoteId}
        speakerPhrase={speakerPhrase(quote, speaker, confirmed)}
        confirmed={confirmed}
        tag={segment.part === segment.parts - 1 ? speakerTagOf(quote, speaker) : null}
        onActivate={onActivateQuote}
      >
        {pieces}
      </QuoteButton>
    );
  });
});
