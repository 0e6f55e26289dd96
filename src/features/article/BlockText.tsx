import { memo, useMemo } from 'react';
import { isUncertain } from '../../core/confidence';
import { segmentBlock, type MarkSpan } from '../../core/segments';
import type { Block, Entity, Quote } from '../../core/schema';
import { shortName } from '../../core/names';
import { speakerClass } from '../../lib/speakerColour';
import { MarkedText } from './MarkedText';
import { QuoteButton, type QuoteButtonProps } from './QuoteButton';

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
}

/** The name shown after a quote: the speaker, "probably" the speaker when the engine is unsure, or "unattributed". */
function speakerTagOf(quote: Quote, speaker: Entity | undefined): QuoteButtonProps['speakerTag'] {
  if (!speaker) return { label: 'unattributed', lead: ', ' };
  return isUncertain(quote) ? { label: `probably ${shortName(speaker)}`, lead: ', ' } : { label: shortName(speaker), lead: ', said by ' };
}

/** A block's text with its quotes as buttons and its mentions marked; it re-renders only when they change. */
export const BlockText = memo(function BlockText(props: BlockTextProps) {
  const { block, entities, speakerIndex, activeIds, selectedQuoteId, marks, selectionClass, highlightEntityId, onActivateQuote } = props;
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
    const speaker = quote.speakerId === null ? undefined : entities.get(quote.speakerId);
    const isLast = segment.part === segment.parts - 1;
    return (
      <QuoteButton
        key={segment.start}
        quote={quote}
        part={segment.part}
        colourClass={speakerClass(speaker ? (speakerIndex.get(speaker.id) ?? -1) : -1)}
        selected={quote.id === selectedQuoteId}
        speakerTag={isLast ? speakerTagOf(quote, speaker) : null}
        onActivate={onActivateQuote}
      >
        {pieces}
      </QuoteButton>
    );
  });
});
