import { useMemo } from 'react';
import { segmentBlock, type MarkSpan } from '../../core/segments';
import type { Block, Entity } from '../../core/schema';
import { shortName } from '../../core/names';
import { speakerClass } from '../../lib/speakerColour';
import { MarkedText } from './MarkedText';
import { QuoteButton } from './QuoteButton';

export interface BlockTextProps {
  block: Block;
  entities: ReadonlyMap<string, Entity>;
  speakerIndex: ReadonlyMap<string, number>;
  activeQuoteIds: ReadonlySet<string> | null;
  selectedQuoteId: string | null;
  marks: ReadonlyArray<MarkSpan>;
  selectionClass: string;
  highlightEntityId: string | null;
  onActivateQuote: (quoteId: string, button: HTMLElement) => void;
}

/** A block's text with its quotes as buttons and its mentions marked. */
export function BlockText(props: BlockTextProps) {
  const { block, entities, speakerIndex, activeQuoteIds, selectedQuoteId, marks, selectionClass, highlightEntityId, onActivateQuote } = props;
  const segments = useMemo(() => segmentBlock(block, { activeQuoteIds, marks }), [block, activeQuoteIds, marks]);
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
        speakerTag={isLast ? (speaker ? shortName(speaker) : 'unattributed') : null}
        onActivate={onActivateQuote}
      >
        {pieces}
      </QuoteButton>
    );
  });
}
