import { useCallback, useMemo, useRef, useState } from 'react';
import { attributionMarks, describeAttribution } from '../core/attribution';
import type { Article } from '../core/schema';
import { activeQuoteIds, mentionCounts, quoteCounts, speakerShares, speakersInOrder } from '../core/stats';
import { timeline } from '../core/timeline';
import { ArticleView } from '../features/article/ArticleView';
import { SpeakerLegend } from '../features/article/SpeakerLegend';
import { quoteButtonId } from '../features/article/QuoteButton';
import { AttributionPanel } from '../features/attribution/AttributionPanel';
import { EntitiesPanel } from '../features/entities/EntitiesPanel';
import { PersonFilter } from '../features/filter/PersonFilter';
import { WhoIsHeard } from '../features/filter/WhoIsHeard';
import { Timeline } from '../features/timeline/Timeline';
import { speakerClass } from '../lib/speakerColour';
import { useReaderUrl } from './useReaderUrl';

export interface ReaderProps {
  article: Article;
}

/** The loaded article with everything around it; what a reader would share lives in the URL. */
export function Reader({ article }: ReaderProps) {
  const { personIds, quoteId, setPersons, selectQuote, update } = useReaderUrl();
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
  const knownPersonIds = useMemo(() => personIds.filter((id) => filterPeople.some((p) => p.id === id)), [personIds, filterPeople]);
  const active = useMemo(() => activeQuoteIds(article, knownPersonIds), [article, knownPersonIds]);
  const view = useMemo(() => (quoteId && (!active || active.has(quoteId)) ? describeAttribution(article, quoteId) : undefined), [article, quoteId, active]);
  const marks = useMemo(() => attributionMarks(article, view ? view.quote.id : null), [article, view]);
  const selectionClass = speakerClass(view?.speaker ? (speakerIndex.get(view.speaker.id) ?? -1) : -1);

  const activateQuote = useCallback(
    (id: string, button: HTMLElement) => {
      activator.current = button;
      setFocusPanel(true);
      selectQuote(id === view?.quote.id ? null : id);
      requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest' }));
    },
    [selectQuote, view],
  );

  const closeAttribution = useCallback(() => {
    const quote = view?.quote.id;
    selectQuote(null);
    setFocusPanel(false);
    const target = activator.current?.isConnected ? activator.current : quote ? document.getElementById(quoteButtonId(quote, 0)) : null;
    target?.focus();
  }, [selectQuote, view]);

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
      <div className="mx-auto w-full max-w-prose">
        <SpeakerLegend speakers={speakers} />
        <ArticleView
          article={article}
          speakerIndex={speakerIndex}
          activeQuoteIds={active}
          selectedQuoteId={view?.quote.id ?? null}
          marks={marks}
          selectionClass={selectionClass}
          highlightEntityId={highlightEntityId}
          onActivateQuote={activateQuote}
        />
      </div>
      <aside aria-label="About this article" className="space-y-6 pb-[50vh] lg:pb-0">
        <PersonFilter people={filterPeople} quoteCounts={counts} speakerIndex={speakerIndex} chosenIds={knownPersonIds} onChange={setPersons} />
        <WhoIsHeard shares={shares} speakerIndex={speakerIndex} />
        <EntitiesPanel entities={article.entities} mentionCounts={mentions} highlightedId={highlightEntityId} onHighlight={setHighlightEntityId} />
        <Timeline entries={events} />
      </aside>
      {view && (
        <AttributionPanel
          view={view}
          colourClass={selectionClass}
          takeFocus={focusPanel}
          filteredToSpeaker={view.speaker !== null && knownPersonIds.length === 1 && knownPersonIds[0] === view.speaker.id}
          onClose={closeAttribution}
          onOnlySpeaker={onlySpeaker}
        />
      )}
    </div>
  );
}
