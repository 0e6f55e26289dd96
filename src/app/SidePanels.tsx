import { useCallback } from 'react';
import type { Article, Entity } from '../core/schema';
import { useCorrect } from '../features/corrections/useCorrect';
import { PersonFilter } from '../features/filter/PersonFilter';
import type { SpeakerFilter } from '../features/filter/useSpeakerFilter';
import type { PageNotice } from '../ui/Notice';
import { AboutPanels } from './AboutPanels';
import type { QuoteSelection } from './useQuoteSelection';
import { BUNDLED_ARTICLE_ID, useReaderUrl } from './useReaderUrl';

export interface SidePanelsProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  /** The people with quotes, in their colours' order (core/stats speakersInOrder): the key above the text lists them so too. */
  speakers: ReadonlyArray<Entity>;
  filter: SpeakerFilter;
  onFilter: (personIds: ReadonlyArray<string>) => void;
  highlightEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  selected: QuoteSelection;
  /** Keeps a corrected article, or one given back by Undo; `after` runs once it is kept. */
  onChange: (article: Article, after?: () => void) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/**
 * The filter and the panels below it. They come after the text: as a chunk of their own, loaded a task after it,
 * they weigh nothing on the first load. Each panel re-renders only when its own props change.
 */
export function SidePanels({
  article,
  speakerIndex,
  speakers,
  filter,
  selected,
  onFilter,
  highlightEntityId,
  onHighlight,
  onChange,
  onNotice,
}: SidePanelsProps) {
  const { openArticle, personIds } = useReaderUrl();
  const correct = useCorrect(onChange);
  const showBundled = useCallback(() => openArticle(BUNDLED_ARTICLE_ID), [openArticle]);
  // Undo of deleting the article on screen brings it back on screen, once it is kept again.
  const restore = useCallback(
    (restored: Article, wasShown: boolean) => onChange(restored, wasShown ? () => openArticle(restored.id) : undefined),
    [onChange, openArticle],
  );
  // A quote chosen outside the text (the timeline) opens as a step in reading does, and the text scrolls to it;
  // closing it brings the reader back to the timeline entry.
  const { read } = selected;
  const showQuote = useCallback((id: string, from: HTMLElement) => read(id, false, from), [read]);
  return (
    <>
      <PersonFilter
        people={speakers}
        quoteCounts={filter.counts}
        speakerIndex={speakerIndex}
        chosenIds={filter.chosenIds}
        linkedMissing={personIds.some((id) => !filter.counts.has(id))}
        onChange={onFilter}
      />
      <AboutPanels
        article={article}
        speakerIndex={speakerIndex}
        highlightEntityId={highlightEntityId}
        onHighlight={onHighlight}
        onSelectQuote={showQuote}
        onDeletedCurrent={showBundled}
        onRestore={restore}
        onNotice={onNotice}
        onCorrect={correct}
      />
    </>
  );
}
