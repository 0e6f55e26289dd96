import { lazy, startTransition, Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LibraryEntry } from '../api/library';
import { useDeleteArticle, useLibrary } from '../api/useLibrary';
import { attributionMarks, describeAttribution } from '../core/attribution';
import { findBlock, quotesInOrder } from '../core/blocks';
import type { Article } from '../core/schema';
import { activeQuoteIds, mentionCounts, quoteCounts, speakerShares, speakersInOrder } from '../core/stats';
import { timeline } from '../core/timeline';
import { ArticleView } from '../features/article/ArticleView';
import { quoteButtonId } from '../features/article/QuoteButton';
import { SpeakerLegend } from '../features/article/SpeakerLegend';
import { AttributionPanel } from '../features/attribution/AttributionPanel';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import { PersonFilter } from '../features/filter/PersonFilter';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { Timeline } from '../features/timeline/Timeline';
import { selectionInBlock, type BlockSelection } from '../lib/selection';
import { speakerClass } from '../lib/speakerColour';
import { Notice } from '../ui/Notice';
import type { PageNotice } from './ReaderPage';
import { BUNDLED_ARTICLE, BUNDLED_ARTICLE_ID, useReaderUrl } from './useReaderUrl';

export interface ReaderProps {
  article: Article;
  /** Keeps a corrected article (or one given back by Undo). */
  onChange: (article: Article, after?: () => void) => void;
  onNotice: (notice: PageNotice | null) => void;
}

// Corrections are rare: their code loads when a reader first makes one.
const AddQuoteForm = lazy(() => import('../features/attribution/AddQuoteForm').then((module) => ({ default: module.AddQuoteForm })));
const corrections = () => import('../core/corrections');

/** The loaded article with everything around it; what a reader would share lives in the URL. */
export function Reader({ article, onChange, onNotice }: ReaderProps) {
  const { personIds, quoteId, setPersons, selectQuote, openArticle, update } = useReaderUrl();
  const library = useLibrary();
  const remove = useDeleteArticle();
  const [selection, setSelection] = useState<BlockSelection | null>(null);
  // The side panels follow the text by a task, so the text paints first and no task runs long.
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setPanelsShown(true)));
    return () => clearTimeout(timer);
  }, []);
  const [adding, setAdding] = useState<BlockSelection | null>(null);
  const [highlightEntityId, setHighlightEntityId] = useState<string | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const activator = useRef<HTMLElement | null>(null);

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

  const selectedId = useRef<string | null>(null);
  useLayoutEffect(() => {
    selectedId.current = view?.quote.id ?? null;
  });
  const activateQuote = useCallback(
    (id: string, button: HTMLElement) => {
      activator.current = button;
      setFocusPanel(true);
      selectQuote(id === selectedId.current ? null : id);
      requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest' }));
    },
    [selectQuote],
  );

  const closeAttribution = useCallback(() => {
    const quote = view?.quote.id;
    selectQuote(null);
    setFocusPanel(false);
    const target = activator.current?.isConnected ? activator.current : quote ? document.getElementById(quoteButtonId(quote, 0)) : null;
    target?.focus();
  }, [selectQuote, view]);

  const everyone = useMemo(() => article.entities.filter((e) => e.type !== 'place'), [article]);
  const quoteTotal = useMemo(() => quotesInOrder(article).length, [article]);
  const correctionCount = article.corrections?.length ?? 0;
  const correct = (change: (module: Awaited<ReturnType<typeof corrections>>) => Article) => void corrections().then((module) => onChange(change(module)));

  const articleId = article.id;
  const { mutate: removeEntry } = remove;
  const deleteEntry = useCallback(
    (entry: LibraryEntry) =>
      removeEntry(entry.id, {
        onSuccess: (record) => {
          if (entry.id === articleId) openArticle(BUNDLED_ARTICLE_ID);
          onNotice({
            tone: 'info',
            text: `Deleted “${entry.headline}” from the library.`,
            action: record
              ? {
                  label: 'Undo',
                  onClick: () => {
                    onChange(record.article);
                    onNotice(null);
                  },
                }
              : undefined,
          });
        },
        onError: (failure) => onNotice({ tone: 'warning', text: failure.message }),
      }),
    [removeEntry, articleId, openArticle, onChange, onNotice],
  );

  // A selection takes whole words: "Kazakh President Kassy" becomes "Kazakh President Kassym-Jomart".
  const noteSelection = () => {
    const found = selectionInBlock(document.querySelector('article') ?? document.body);
    const text = found ? findBlock(article, found.blockId)?.block.text : undefined;
    if (!found || text === undefined) return setSelection(null);
    let { start, end } = found;
    while (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1] ?? '')) start--;
    while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end] ?? '')) end++;
    setSelection({ blockId: found.blockId, start, end });
  };
  const addingBlock = adding ? findBlock(article, adding.blockId)?.block : undefined;

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
      <div className="mx-auto w-full max-w-prose" onMouseUp={noteSelection} onKeyUp={noteSelection}>
        {quoteTotal === 0 && <Notice tone="info">No quotes were found in this article. Its people, places, organisations and timeline are still shown.</Notice>}
        {correctionCount > 0 && (
          <Notice tone="info" action={{ label: 'Undo last correction', onClick: () => correct((m) => m.undoCorrection(article)) }}>
            You corrected this article ({correctionCount} {correctionCount === 1 ? 'correction' : 'corrections'}); corrections are kept with it in this browser.
          </Notice>
        )}
        <SpeakerLegend speakers={speakers} />
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
      <aside aria-label="About this article" aria-busy={!panelsShown} className="space-y-6 pb-[50vh] lg:pb-0">
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
          />
        )}
        {panelsShown && (
          <>
            <LibraryPanel bundled={BUNDLED_ARTICLE} entries={library.data ?? []} currentId={article.id} onDelete={deleteEntry} />
            <PersonFilter people={filterPeople} quoteCounts={counts} speakerIndex={speakerIndex} chosenIds={knownPersonIds} onChange={setPersons} />
            <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
            <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={setHighlightEntityId} />
            <Timeline entries={events} />
            <ExportPanel article={article} />
          </>
        )}
      </aside>
      {selection && !adding && (
        <button
          type="button"
          onClick={() => setAdding(selection)}
          className="fixed bottom-4 left-1/2 z-30 min-h-11 -translate-x-1/2 rounded-full bg-stone-900 px-5 font-sans font-semibold text-white shadow-xl dark:bg-stone-100 dark:text-stone-900"
        >
          Add the selected words as a quote
        </button>
      )}
      {adding && addingBlock && (
        <Suspense fallback={null}>
          <AddQuoteForm
            block={addingBlock}
            start={adding.start}
            end={adding.end}
            speakers={everyone}
            onClose={() => {
              setAdding(null);
              setSelection(null);
            }}
            onAdd={(kind, speakerId) => {
              correct((m) => m.addQuote(article, adding.blockId, adding.start, adding.end, kind, speakerId));
              setAdding(null);
              setSelection(null);
              window.getSelection()?.removeAllRanges();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
