import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { AttributionView } from '../core/attribution';
import { useLoadedModule } from '../lib/useLoadedModule';
import type { SidePanelsProps } from './SidePanels';
import { usePaintedAttribution } from './usePaintedAttribution';

// The attribution opens on a click: its code, and the corrections made there, come in right after the first paint.
const loadAttribution = () => import('./QuoteAttribution');
// Only a corrected article has the note, so its code loads then.
const CorrectionsNote = lazy(() => import('../features/corrections/CorrectionsNote').then((module) => ({ default: module.CorrectionsNote })));
const SidePanels = lazy(() => import('./SidePanels').then((module) => ({ default: module.SidePanels })));

export interface ReaderSideProps extends SidePanelsProps {
  /** The selected quote's attribution, as the text shows it. */
  view: AttributionView | undefined;
}

/** The column beside the text: a note on the reader's corrections, the selected quote's attribution, and the panels. */
export function ReaderSide({ view, ...shared }: ReaderSideProps) {
  const { article, onChange } = shared;
  // The side panels follow the text by a task, so the text paints first and no task runs long.
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setPanelsShown(true)));
    return () => clearTimeout(timer);
  }, []);
  const QuoteAttribution = useLoadedModule(loadAttribution)?.QuoteAttribution;
  const aside = useRef<HTMLElement>(null);
  const panelView = usePaintedAttribution(article, view);
  // On a desktop the side column scrolls on its own: an attribution that opens at its top is brought into view.
  const shownQuoteId = panelView?.quote.id;
  useEffect(() => {
    if (shownQuoteId && aside.current) aside.current.scrollTop = 0;
  }, [shownQuoteId]);

  return (
    // On a desktop the side column stays in view and scrolls on its own, so the attribution at its top is beside
    // the text wherever the reader is, and covers none of the panels below it.
    <aside
      ref={aside}
      aria-label="About this article"
      aria-busy={!panelsShown}
      className="pb-[50vh] lg:sticky lg:top-4 lg:-mx-2 lg:max-h-[calc(100vh-4rem)] lg:self-start lg:overflow-y-auto lg:px-2 lg:pb-2"
    >
      {(article.corrections?.length ?? 0) > 0 && (
        <Suspense fallback={null}>
          <CorrectionsNote article={article} onChange={onChange} />
        </Suspense>
      )}
      {panelView && QuoteAttribution && <QuoteAttribution {...shared} view={panelView} />}
      {panelsShown && (
        <div className="space-y-6">
          <Suspense fallback={null}>
            <SidePanels {...shared} />
          </Suspense>
        </div>
      )}
    </aside>
  );
}
