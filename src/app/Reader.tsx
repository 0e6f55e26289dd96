import { lazy, startTransition, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLibrary } from '../api/useLibrary';
import { quotesInOrder } from '../core/article';
import { attributionMarks, describeAttribution } from '../core/attribution';
import type { Article } from '../core/schema';
import { activeQuoteIds, mentionCounts, quoteCounts, speakerShares, speakersInOrder } from '../core/stats';
import { timeline } from '../core/timeline';
import { ArticleView } from '../features/article/ArticleView';
import { quoteButtonAfter, quoteButtonId } from '../features/article/QuoteButton';
import { SpeakerLegend } from '../features/article/SpeakerLegend';
import { AttributionPanel } from '../features/attribution/AttributionPanel';
import { AddQuoteControl } from '../features/corrections/AddQuoteControl';
import { useCorrect } from '../features/corrections/useCorrect';
import { useWordSelection } from '../features/corrections/useWordSelection';
import { PersonFilter } from '../features/filter/PersonFilter';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { useDeleteWithUndo } from '../features/library/useDeleteWithUndo';
import { cx } from '../lib/cx';
import { speakerClass } from '../lib/speakerColour';
import { useStoredFlag } from '../lib/useStoredFlag';
import { Notice, type PageNotice } from '../ui/Notice';
import { BUNDLED_ARTICLE, BUNDLED_ARTICLE_ID, useReaderUrl } from './useReaderUrl';

// The last side panels come in a chunk of their own, after the text, to keep the first load small.
const EntitiesPanel = lazy(() => import('../features/entities/EntitiesPanel').then((m) => ({ default: m.EntitiesPanel })));
const Timeline = lazy(() => import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline })));
const ExportPanel = lazy(() => import('../features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })));

export interface ReaderProps {
  article: Article;
  /** Keeps a corrected article (or one given back by Undo). */
  onChange: (article: Article, after?: () => void) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/** The loaded article with everything around it; what a reader would share lives in the URL. */
export function Reader({ article, onChange, onNotice }: ReaderProps) {
  const { personIds, quoteId, setPersons, selectQuote, openArticle, update } = useReaderUrl();
  const library = useLibrary();
  const { selection, note: noteSelection, clear: clearSelection } = useWordSelection(article);
  // The side panels follow the text by a task, so the text paints first and no task runs long.
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setPanelsShown(true)));
    return () => clearTimeout(timer);
  }, []);
  const [highlightEntityId, setHighlightEntityId] = useState<string | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const [showAllMarks, setShowAllMarks] = useStoredFlag('who-said-what:show-all-marks');
  const activator = useRef<HTMLElement | null>(null);
  const aside = useRef<HTMLElement>(null);

  const speakers = useMemo(() => speakersInOrder(article), [article]);
  const speakerIndex = useMemo(() => new Map(speakers.map((s, i) => [s.id, i])), [speakers]);
  const counts = useMemo(() => quoteCounts(article), [article]);
  const mentions = useMemo(() => mentionCounts(article), [article]);
  const shares = useMemo(() => speakerShares(article), [article]);
  const events = useMemo(() => timeline(article), [article]);
  const filterPeople = useMemo(
    () => [...article.entities.filter((e) => e.type === 'person' || speakerIndex.has(e.id))].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0)),
    [article, speakerIndex, counts],
  );
  const personKey = personIds.filter((id) => filterPeople.some((p) => p.id === id)).join(' ');
  const knownPersonIds = useMemo(() => (personKey ? personKey.split(' ') : []), [personKey]);
  // The checkbox and the attribution answer at once; the article, which a long text makes slow to redo,
  // follows in a background render that React slices so that no frame is held up.
  const articlePersonKey = useDeferredValue(personKey);
  const articleQuoteId = useDeferredValue(quoteId);
  const active = useMemo(() => activeQuoteIds(article, articlePersonKey ? articlePersonKey.split(' ') : []), [article, articlePersonKey]);
  const current = useMemo(() => activeQuoteIds(article, knownPersonIds), [article, knownPersonIds]);
  const view = useMemo(() => (quoteId && (!current || current.has(quoteId)) ? describeAttribution(article, quoteId) : undefined), [article, quoteId, current]);
  const articleView =
    articleQuoteId === quoteId ? view : articleQuoteId && (!active || active.has(articleQuoteId)) ? describeAttribution(article, articleQuoteId) : undefined;
  const marks = useMemo(() => attributionMarks(article, articleView ? articleView.quote.id : null), [article, articleView]);
  const selectionClass = speakerClass(view?.speaker ? (speakerIndex.get(view.speaker.id) ?? -1) : -1);
  const articleSelectionClass = speakerClass(articleView?.speaker ? (speakerIndex.get(articleView.speaker.id) ?? -1) : -1);

  // On a desktop the side column scrolls on its own: an attribution that opens at its top is brought into view.
  const shownQuoteId = view?.quote.id;
  useEffect(() => {
    if (shownQuoteId && aside.current) aside.current.scrollTop = 0;
  }, [shownQuoteId]);

  const selectedId = useRef<string | null>(null);
  selectedId.current = view?.quote.id ?? null;
  const activateQuote = useCallback(
    (id: string, button: HTMLElement) => {
      activator.current = button;
      setFocusPanel(true);
      selectQuote(id === selectedId.current ? null : id);
      requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest' }));
    },
    [selectQuote],
  );

  /** The button of the selected quote that was activated, or its first one when it was opened from the URL. */
  const selectedButton = useCallback(() => {
    const quote = view?.quote.id;
    return activator.current?.isConnected ? activator.current : quote ? document.getElementById(quoteButtonId(quote, 0)) : null;
  }, [view]);

  const closeAttribution = useCallback(() => {
    const target = selectedButton();
    selectQuote(null);
    setFocusPanel(false);
    target?.focus();
  }, [selectQuote, selectedButton]);

  // The attribution sits apart from the text in the page's order; Tab out of it goes on to the next quote.
  const tabOutOfAttribution = useCallback(
    (direction: 'forward' | 'back') => {
      const button = selectedButton();
      const target = button && (direction === 'back' ? button : quoteButtonAfter(button));
      target?.focus();
      return Boolean(target);
    },
    [selectedButton],
  );

  const everyone = useMemo(() => article.entities.filter((e) => e.type !== 'place'), [article]);
  const quoteTotal = useMemo(() => quotesInOrder(article).length, [article]);
  const correctionCount = article.corrections?.length ?? 0;
  const correct = useCorrect(onChange);
  const showBundled = useCallback(() => openArticle(BUNDLED_ARTICLE_ID), [openArticle]);
  const deleteEntry = useDeleteWithUndo({ currentId: article.id, onDeletedCurrent: showBundled, onRestore: onChange, onNotice });

  const onlySpeaker = useCallback(
    (speakerId: string) =>
      update((next) => {
        next.delete('person');
        next.append('person', speakerId);
      }),
    [update],
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
      <div className={cx('mx-auto w-full max-w-prose', showAllMarks && 'marks-all')} onMouseUp={noteSelection} onKeyUp={noteSelection}>
        {quoteTotal === 0 && <Notice tone="info">No quotes were found in this article. Its people, places, organisations and timeline are still shown.</Notice>}
        {correctionCount > 0 && (
          <Notice tone="info" action={{ label: 'Undo last correction', onClick: () => correct((m) => m.undoCorrection(article)) }}>
            You corrected this article ({correctionCount} {correctionCount === 1 ? 'correction' : 'corrections'}); corrections are kept with it in this browser.
          </Notice>
        )}
        <SpeakerLegend speakers={speakers} showAllMarks={showAllMarks} onShowAllMarksChange={setShowAllMarks} />
        <ArticleView
          article={article}
          speakerIndex={speakerIndex}
          activeQuoteIds={active}
          selectedQuoteId={articleView?.quote.id ?? null}
          marks={marks}
          selectionClass={articleSelectionClass}
          highlightEntityId={highlightEntityId}
          onActivateQuote={activateQuote}
        />
      </div>
      {/* On a desktop the side column stays in view and scrolls on its own, so the attribution at its top
          is beside the text wherever the reader is, and covers none of the panels below it. */}
      <aside
        ref={aside}
        aria-label="About this article"
        aria-busy={!panelsShown}
        className="pb-[50vh] lg:sticky lg:top-4 lg:-mx-2 lg:max-h-[calc(100vh-4rem)] lg:self-start lg:overflow-y-auto lg:px-2 lg:pb-2"
      >
        {view && (
          <AttributionPanel
            view={view}
            colourClass={selectionClass}
            takeFocus={focusPanel}
            filteredToSpeaker={view.speaker !== null && knownPersonIds.length === 1 && knownPersonIds[0] === view.speaker.id}
            onClose={closeAttribution}
            onOnlySpeaker={onlySpeaker}
            speakers={everyone}
            onChangeSpeaker={(id, speakerId) => correct((m) => m.changeSpeaker(article, id, speakerId))}
            onNotAQuote={(id) => {
              // The quote's button goes away with the quote: focus goes to its paragraph instead.
              const paragraph = activator.current?.closest<HTMLElement>('[data-block-id]') ?? null;
              selectQuote(null);
              setFocusPanel(false);
              correct((m) => m.removeQuote(article, id));
              paragraph?.focus();
            }}
            onTabOut={tabOutOfAttribution}
          />
        )}
        {panelsShown && (
          <div className="space-y-6">
            <LibraryPanel bundled={BUNDLED_ARTICLE} entries={library.data ?? []} currentId={article.id} onDelete={deleteEntry} />
            <PersonFilter people={filterPeople} quoteCounts={counts} speakerIndex={speakerIndex} chosenIds={knownPersonIds} onChange={setPersons} />
            <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
            <Suspense>
              <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={setHighlightEntityId} />
              <Timeline entries={events} />
              <ExportPanel article={article} />
            </Suspense>
          </div>
        )}
      </aside>
      <AddQuoteControl
        article={article}
        selection={selection}
        speakers={everyone}
        onAdd={(chosen, kind, speakerId) => correct((m) => m.addQuote(article, chosen.blockId, chosen.start, chosen.end, kind, speakerId))}
        onDone={clearSelection}
      />
    </div>
  );
}
