import { memo, useCallback, useMemo } from 'react';
import { useLibrary } from '../api/useLibrary';
import type { SourceChange } from '../core/corrections';
import type { Article } from '../core/schema';
import { mentionCounts, mentionPlaces } from '../core/mentions';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import type { Corrections } from '../features/corrections/useCorrect';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { useDeleteWithUndo } from '../features/library/useDeleteWithUndo';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { Timeline } from '../features/timeline/Timeline';
import type { PageNotice } from '../ui/Notice';
import { BUNDLED_ARTICLE } from '../api/bundledEntry';

export interface AboutPanelsProps {
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  highlightEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  /** Selects a quote named outside the text (the timeline's); `from` is the control used, where closing it goes back. */
  onSelectQuote: (quoteId: string, from: HTMLElement) => void;
  /** Shows the bundled article when the article on screen is deleted from the library. */
  onDeletedCurrent: () => void;
  /** Puts a deleted article back (Undo); `wasShown` when it was the article on screen, to show it again. */
  onRestore: (article: Article, wasShown: boolean) => void;
  onNotice: (notice: PageNotice | null) => void;
  /** Applies a correction (a source's type or gender, two people made one) through the reader's correction flow. */
  onCorrect: (change: (module: Corrections) => Article) => void;
}

/**
 * The panels below the filter: the library, the article's sources, its entities, its timeline and its export.
 * They come with the filter in SidePanels' chunk, after the text, so they weigh nothing on the first load.
 * They re-render only when their own props change, not on every quote click or filter toggle.
 */
export const AboutPanels = memo(function AboutPanels(props: AboutPanelsProps) {
  const { article, speakerIndex, highlightEntityId, onHighlight, onSelectQuote, onDeletedCurrent, onRestore, onNotice, onCorrect } = props;
  const library = useLibrary();
  const deleteEntry = useDeleteWithUndo({ currentId: article.id, onDeletedCurrent, onRestore, onNotice });
  const setSource = useCallback((entityId: string, change: SourceChange) => onCorrect((m) => m.setSource(article, entityId, change)), [article, onCorrect]);
  const merge = useCallback((keptId: string, mergedId: string) => onCorrect((m) => m.mergePeople(article, keptId, mergedId)), [article, onCorrect]);
  const mentions = useMemo(() => mentionCounts(article), [article]);
  const places = useMemo(() => (highlightEntityId ? mentionPlaces(article, highlightEntityId) : []), [article, highlightEntityId]);
  return (
    <>
      <LibraryPanel bundled={BUNDLED_ARTICLE} entries={library.data ?? []} currentId={article.id} onDelete={deleteEntry} />
      <SourcesPanel article={article} speakerIndex={speakerIndex} onSetSource={setSource} onMerge={merge} />
      <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} places={places} onHighlight={onHighlight} />
      <Timeline article={article} onSelectQuote={onSelectQuote} />
      <ExportPanel article={article} />
    </>
  );
});
