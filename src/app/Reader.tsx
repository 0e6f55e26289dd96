import { lazy, startTransition, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { quotesInOrder } from '../core/article';
import { attributionMarks, describeAttribution, type AttributionView } from '../core/attribution';
import type { Article } from '../core/schema';
import { activeQuoteIds, quoteCounts, speakersInOrder } from '../core/stats';
import { ArticleView } from '../features/article/ArticleView';
import { SpeakerLegend } from '../features/article/SpeakerLegend';
import { useCorrect } from '../features/corrections/useCorrect';
import { useWordSelection } from '../features/corrections/useWordSelection';
import { ReadingControls } from '../features/reading/ReadingControls';
import { afterPaint } from '../lib/afterPaint';
import { cx } from '../lib/cx';
import { speakerClass } from '../lib/speakerColour';
import { useLoadedModule } from '../lib/useLoadedModule';
import { usePaintedValue } from '../lib/usePaintedValue';
import { useStoredFlag } from '../lib/useStoredFlag';
import { Notice, type PageNotice } from '../ui/Notice';
import { usePaintedAttribution } from './usePaintedAttribution';
import { useQuoteSelection } from './useQuoteSelection';
import { BUNDLED_ARTICLE_ID, useReaderUrl } from './useReaderUrl';

// The panels below the filter come after the text anyway; as a chunk of their own they keep the first load small.
// The attribution opens on a click: its code comes in right after the first paint.
const loadAttribution = () => import('../features/attribution/AttributionPanel');
// Only a corrected article has the note, so its code loads then.
const CorrectionsNote = lazy(() => import('../features/corrections/CorrectionsNote').then((module) => ({ default: module.CorrectionsNote })));
// Adding a quote starts with a selection, so its control loads on the first one.
const AddQuoteControl = lazy(() => import('../features/corrections/AddQuoteControl').then((module) => ({ default: module.AddQuoteControl })));
const AboutPanels = lazy(() => import('./AboutPanels').then((module) => ({ default: module.AboutPanels })));
// The filter comes with the panels, after the text, so it weighs nothing on the first load either.
const PersonFilter = lazy(() => import('../features/filter/PersonFilter').then((module) => ({ default: module.PersonFilter })));

export interface ReaderProps {
  article: Article;
  /** Keeps a corrected article (or one given back by Undo). */
  onChange: (article: Article, after?: () => void) => void;
  onNotice: (notice: PageNotice | null) => void;
}

/** The loaded article with everything around it; what a reader would share lives in the URL. */
export function Reader({ article, onChange, onNotice }: ReaderProps) {
  const { personIds, setPersons, openArticle, update } = useReaderUrl();
  const { selection, note: noteSelection, clear: clearSelection } = useWordSelection(article);
  // The add-quote control stays mounted from the first selection on, so an open form outlives the selection.
  const [selectedOnce, setSelectedOnce] = useState(false);
  if (selection && !selectedOnce) setSelectedOnce(true);
  // The side panels follow once the text is painted, so the text paints first and no task runs long.
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPanelsShown(true))), []);
  const [highlightEntityId, setHighlightEntityId] = useState<string | null>(null);
  const attributionModule = useLoadedModule(loadAttribution);
  const AttributionPanel = attributionModule?.AttributionPanel;
  // public/first-view.js reads the same key: the page's built-in first view has the calm marks.
  const [showAllMarks, setShowAllMarks] = useStoredFlag('who-said-what:show-all-marks');
  const aside = useRef<HTMLElement>(null);

  const speakers = useMemo(() => speakersInOrder(article), [article]);
  const speakerIndex = useMemo(() => new Map(speakers.map((s, i) => [s.id, i])), [speakers]);
  const counts = useMemo(() => quoteCounts(article), [article]);
  // Only people with quotes are choices: filtering to someone who says nothing would leave no quote to read.
  const filterPeople = useMemo(
    () => article.entities.filter((e) => counts.has(e.id)).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0)),
    [article, counts],
  );
  const personKey = personIds.filter((id) => filterPeople.some((p) => p.id === id)).join(' ');
  const knownPersonIds = useMemo(() => (personKey ? personKey.split(' ') : []), [personKey]);
  const current = useMemo(() => activeQuoteIds(article, knownPersonIds), [article, knownPersonIds]);
  const selected = useQuoteSelection(article, current);
  const { quoteId } = selected;
  // The checkbox answers at once; the article, where a filter changes every paragraph with a quote, follows
  // after that frame is painted, in a background render that React slices so that no frame is held up. A
  // selection shows the chosen quote pressed in the frame that answers; the words that name its speaker are
  // marked with the attribution, in the frame after.
  const articlePersonKey = usePaintedValue(personKey);
  const active = useMemo(() => activeQuoteIds(article, articlePersonKey ? articlePersonKey.split(' ') : []), [article, articlePersonKey]);
  const readable = useMemo(() => quotesInOrder(article).flatMap(({ quote }) => (!current || current.has(quote.id) ? [quote] : [])), [article, current]);
  const chosenNames = useMemo(() => knownPersonIds.flatMap((id) => filterPeople.find((p) => p.id === id)?.name ?? []), [knownPersonIds, filterPeople]);
  const view = useMemo(() => (quoteId ? describeAttribution(article, quoteId) : undefined), [article, quoteId]);
  // Until the text has caught up with a filter, a quote it still shows as plain text is not marked selected.
  const shows = (shown: AttributionView | undefined) => (shown && (!active || active.has(shown.quote.id)) ? shown : undefined);
  const articleQuoteId = shows(view)?.quote.id ?? null;

  const panelView = usePaintedAttribution(article, view);
  const panelClass = speakerClass(panelView?.speaker ? (speakerIndex.get(panelView.speaker.id) ?? -1) : -1);
  const markedQuoteId = shows(panelView)?.quote.id ?? null;
  const marks = useMemo(() => attributionMarks(article, markedQuoteId), [article, markedQuoteId]);
  // An attribution and the quote just chosen come into view together, in the frame that shows the attribution: on
  // a desktop the side column scrolls on its own and opens at its top.
  const shownQuoteId = panelView?.quote.id;
  const { reveal } = selected;
  useLayoutEffect(() => {
    if (!shownQuoteId) return;
    if (aside.current) aside.current.scrollTop = 0;
    reveal();
  }, [shownQuoteId, reveal]);

  const everyone = useMemo(() => article.entities.filter((e) => e.type !== 'place'), [article]);
  const quoteTotal = useMemo(() => quotesInOrder(article).length, [article]);
  const correctionCount = article.corrections?.length ?? 0;
  const correct = useCorrect(onChange);
  const showBundled = useCallback(() => openArticle(BUNDLED_ARTICLE_ID), [openArticle]);

  const showEveryone = useCallback(() => setPersons([]), [setPersons]);
  // A quote chosen outside the text (the timeline) opens as a step in reading does, and the text scrolls to it.
  const { read } = selected;
  const showQuote = useCallback((id: string) => read(id, false), [read]);
  const onlySpeaker = useCallback(
    (speakerId: string) =>
      update((next) => {
        next.delete('person');
        next.append('person', speakerId);
      }),
    [update],
  );

  return (
    // The reading bar is outside the grid so that it stays stuck over everything below it, the panels too.
    <div>
      {(quoteTotal > 0 || selected.linkGone) && (
        <ReadingControls
          quotes={readable}
          selectedId={view?.quote.id ?? null}
          people={chosenNames}
          linkGone={selected.linkGone}
          onRead={selected.read}
          onShowEveryone={showEveryone}
        />
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
        <div className={cx('mx-auto w-full max-w-prose', showAllMarks && 'marks-all')} onMouseUp={noteSelection} onKeyUp={noteSelection}>
          {quoteTotal === 0 && (
            <Notice tone="info">No quotes were found in this article. Its people, places, organisations and timeline are still shown.</Notice>
          )}
          <SpeakerLegend speakers={speakers} showAllMarks={showAllMarks} onShowAllMarksChange={setShowAllMarks} />
          <ArticleView
            article={article}
            speakerIndex={speakerIndex}
            activeQuoteIds={active}
            selectedQuoteId={articleQuoteId}
            marks={marks}
            selectionClass={panelClass}
            highlightEntityId={highlightEntityId}
            onActivateQuote={selected.activate}
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
          {correctionCount > 0 && (
            <Suspense fallback={null}>
              <CorrectionsNote count={correctionCount} onUndo={() => correct((m) => m.undoStep(article))} />
            </Suspense>
          )}
          {panelView && AttributionPanel && (
            <AttributionPanel
              article={article}
              view={panelView}
              colourClass={panelClass}
              takeFocus={selected.takeFocus}
              filteredToSpeaker={panelView.speaker !== null && knownPersonIds.length === 1 && knownPersonIds[0] === panelView.speaker.id}
              onClose={selected.close}
              onOnlySpeaker={onlySpeaker}
              speakers={everyone}
              onChangeSpeaker={(id, speakerId) => correct((m) => m.changeSpeaker(article, id, speakerId))}
              onNewSpeaker={(id, person) => correct((m) => m.withNewPerson(article, person, (a, speakerId) => m.changeSpeaker(a, id, speakerId)))}
              onNotAQuote={(id) => {
                selected.closeRemoved();
                correct((m) => m.removeQuote(article, id));
              }}
              onTabOut={selected.tabOut}
            />
          )}
          {panelsShown && (
            <div className="space-y-6">
              <Suspense fallback={null}>
                <PersonFilter people={filterPeople} quoteCounts={counts} speakerIndex={speakerIndex} chosenIds={knownPersonIds} onChange={setPersons} />
                <AboutPanels
                  article={article}
                  speakerIndex={speakerIndex}
                  highlightEntityId={highlightEntityId}
                  onHighlight={setHighlightEntityId}
                  onSelectQuote={showQuote}
                  onDeletedCurrent={showBundled}
                  onRestore={onChange}
                  onNotice={onNotice}
                  onCorrect={correct}
                />
              </Suspense>
            </div>
          )}
        </aside>
        {selectedOnce && (
          <Suspense fallback={null}>
            <AddQuoteControl
              article={article}
              selection={selection}
              speakers={everyone}
              onAdd={(chosen, kind, speakerId) => correct((m) => m.addQuote(article, chosen.blockId, chosen.start, chosen.end, kind, speakerId))}
              onAddNewPerson={(chosen, kind, person) =>
                correct((m) => m.withNewPerson(article, person, (a, speakerId) => m.addQuote(a, chosen.blockId, chosen.start, chosen.end, kind, speakerId)))
              }
              onDone={clearSelection}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
