import { useMemo } from 'react';
import type { Article } from '../core/schema';
import { mentionCounts, speakerShares } from '../core/stats';
import { timeline } from '../core/timeline';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { Timeline } from '../features/timeline/Timeline';

export interface AboutPanelsProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  highlightEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
}

/**
 * The panels about the article below the filter: who is heard, its entities, its timeline and its export.
 * The reader loads them as a chunk of their own after the text, so they weigh nothing on the first load.
 */
export function AboutPanels({ article, speakerIndex, highlightEntityId, onHighlight }: AboutPanelsProps) {
  const shares = useMemo(() => speakerShares(article), [article]);
  const mentions = useMemo(() => mentionCounts(article), [article]);
  const events = useMemo(() => timeline(article), [article]);
  return (
    <>
      <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
      <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={onHighlight} />
      <Timeline entries={events} />
      <ExportPanel article={article} />
    </>
  );
}
