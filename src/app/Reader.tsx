import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { quotesInOrder } from '../core/article';
import type { Article } from '../core/schema';
import { speakerSlots, speakersInOrder } from '../core/stats';
import { ArticleView } from '../features/article/ArticleView';
import { SpeakerLegend } from '../features/article/SpeakerLegend';
import { useWordSelection } from '../features/corrections/useWordSelection';
import { useSpeakerFilter } from '../features/filter/useSpeakerFilter';
import { ReadingBar } from '../features/reading/ReadingBar';
import { cx } from '../lib/cx';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useStoredFlag } from '../lib/useStoredFlag';
import type { PageNotice } from '../ui/Notice';
import { ReaderSide } from './ReaderSide';
import { useQuoteSelection } from './useQuoteSelection';
import { useReaderUrl } from './useReaderUrl';
import { useSelectedAttribution } from './useSelectedAttribution';

// Only an article with no quotes has it: the first load carries neither its words nor the notices' code (ui/Notice).
const NoQuotesNotice = lazy(() => import('./NoQuotesNotice').then((module) => ({ default: module.NoQuotesNotice })));
// Adding a quote starts with a selection, so its control loads on the first one.
const AddQuoteControl = lazy(() => import('../features/corrections/AddQuoteControl').then((module) => ({ default: module.AddQuoteControl })));

export interface ReaderProps {
  article: Article;
  /** Keeps a corrected article (or one given back by Undo). */
  onChange: (article: Article, after?: () => void) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/**
 * The words the reader selects in the text, which Add quote starts from, and whether any were selected yet: the
 * add-quote control stays mounted from the first selection on, so an open form outlives the selection.
 */
function useAddQuoteSelection(article: Article) {
  const words = useWordSelection(article);
  const [selectedOnce, setSelectedOnce] = useState(false);
  if (words.selection && !selectedOnce) setSelectedOnce(true);
  return { ...words, selectedOnce };
}

/** The loaded article with everything around it; what a reader would share lives in the URL. */
export function Reader({ article, onChange, onNotice }: ReaderProps) {
  const { personIds, setPersons } = useReaderUrl();
  useDocumentTitle(article.headline.text);
  const { selection, note: noteSelection, clear: clearSelection, selectedOnce } = useAddQuoteSelection(article);
  const [highlightEntityId, setHighlightEntityId] = useState<string | null>(null);
  // public/first-view.js reads the same key: the page's built-in first view has the calm marks.
  const [showAllMarks, setShowAllMarks] = useStoredFlag('who-said-what:show-all-marks');

  const quotes = useMemo(() => quotesInOrder(article).map(({ quote }) => quote), [article]);
  const speakerIndex = useMemo(() => speakerSlots(article), [article]);
  const speakers = useMemo(() => speakersInOrder(article, speakerIndex), [article, speakerIndex]);
  const filter = useSpeakerFilter(article, personIds);
  const { current, active } = filter;
  const selected = useQuoteSelection(article, current);
  const readable = useMemo(() => (current ? quotes.filter((quote) => current.has(quote.id)) : quotes), [quotes, current]);
  const shown = useSelectedAttribution(article, selected, active, speakerIndex);
  const showEveryone = useCallback(() => setPersons([]), [setPersons]);

  return (
    // On a desktop the bar heads the text's column, so that the side column starts level with it, not below it;
    // narrower, that column's box is dissolved (`contents`), so that the bar stays stuck over the panels below the text too.
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
      <div className="max-lg:contents">
        {/* Each Suspense here marks a part that clicking a quote does not need, which React takes over from the page's
            built-in first view after the rest (such a boundary hydrates later, at a low priority); the reading bar's code
            comes after the first load's (ReadingBar). */}
        {(quotes.length > 0 || selected.linkGone) && (
          <Suspense>
            <ReadingBar
              // Where the reader last was belongs to this article: another one starts from its first quote.
              key={article.id}
              quotes={readable}
              selectedId={shown.selectedId}
              painted={shown.painted}
              people={filter.chosenNames}
              linkGone={selected.linkGone}
              onRead={selected.read}
              onShowEveryone={showEveryone}
            />
          </Suspense>
        )}
        <div className={cx('mx-auto w-full max-w-prose', showAllMarks && 'marks-all')} onMouseUp={noteSelection} onKeyUp={noteSelection}>
          {/* Without quotes the key has nothing to explain: no speaker, no quote's marks, no mention of a speaker to mark. */}
          {quotes.length === 0 ? (
            <Suspense fallback={null}>
              <NoQuotesNotice />
            </Suspense>
          ) : (
            <Suspense>
              <SpeakerLegend speakers={speakers} showAllMarks={showAllMarks} onShowAllMarksChange={setShowAllMarks} />
            </Suspense>
          )}
          <ArticleView
            article={article}
            speakerIndex={speakerIndex}
            activeQuoteIds={active}
            selectedQuoteId={shown.articleQuoteId}
            marks={shown.marks}
            selectionClass={shown.panelClass}
            highlightEntityId={highlightEntityId}
            onActivateQuote={selected.activate}
          />
        </div>
      </div>
      <Suspense>
        <ReaderSide
          article={article}
          view={shown.panelView}
          speakerIndex={speakerIndex}
          speakers={speakers}
          filter={filter}
          selected={selected}
          onFilter={setPersons}
          highlightEntityId={highlightEntityId}
          onHighlight={setHighlightEntityId}
          onChange={onChange}
          onNotice={onNotice}
        />
      </Suspense>
      {selectedOnce && (
        <Suspense fallback={null}>
          <AddQuoteControl article={article} selection={selection} onChange={onChange} onDone={clearSelection} />
        </Suspense>
      )}
    </div>
  );
}
