import { useMemo } from 'react';
import type { Article } from '../core/schema';
import { mentionCounts, speakerShares } from '../core/stats';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { Timeline } from '../features/timeline/Timeline';

export interface AboutPanelsProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  highlightEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  /** Selects a quote named outside the text (the timeline's). */
  onSelectQuote: (quoteId: string) => void;
}

/**
 * The panels about the article below the filter: who is heard, its entities, its timeline and its export.
 * The reader loads them as a chunk of their own after the text, so they weigh nothing on the first load.
 */
export function AboutPanels({ article, speakerIndex, highlightEntityId, onHighlight, onSelectQuote }: AboutPanelsProps) {
  const shares = useMemo(() => speakerShares(article), [article]);
  const mentions = useMemo(() => mentionCounts(article), [article]);
  return (
    <>
      <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
      <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={onHighlight} />
      <Timeline article={article} onSelectQuote={onSelectQuote} />
      <ExportPanel article={article} />
    </>
  );
}
