import { useMemo } from 'react';
import { useLibrary } from '../api/useLibrary';
import type { Article } from '../core/schema';
import { mentionCounts, speakerShares } from '../core/stats';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { useDeleteWithUndo } from '../features/library/useDeleteWithUndo';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { Timeline } from '../features/timeline/Timeline';
import type { PageNotice } from '../ui/Notice';
import { BUNDLED_ARTICLE } from './useReaderUrl';

export interface AboutPanelsProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  highlightEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  /** Selects a quote named outside the text (the timeline's). */
  onSelectQuote: (quoteId: string) => void;
  /** Shows the bundled article when the article on screen is deleted from the library. */
  onDeletedCurrent: () => void;
  /** Puts a deleted article back (Undo). */
  onRestore: (article: Article) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/**
 * The panels below the filter: the library, who is heard, the article's entities, its timeline and its export.
 * The reader loads them as a chunk of their own after the text, so they weigh nothing on the first load.
 */
export function AboutPanels(props: AboutPanelsProps) {
  const { article, speakerIndex, highlightEntityId, onHighlight, onSelectQuote, onDeletedCurrent, onRestore, onNotice } = props;
  const library = useLibrary();
  const deleteEntry = useDeleteWithUndo({ currentId: article.id, onDeletedCurrent, onRestore, onNotice });
  const shares = useMemo(() => speakerShares(article), [article]);
  const mentions = useMemo(() => mentionCounts(article), [article]);
  return (
    <>
      <LibraryPanel bundled={BUNDLED_ARTICLE} entries={library.data ?? []} currentId={article.id} onDelete={deleteEntry} />
      <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
      <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={onHighlight} />
      <Timeline article={article} onSelectQuote={onSelectQuote} />
      <ExportPanel article={article} />
    </>
  );
}
