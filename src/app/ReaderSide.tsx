import { lazy, startTransition, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AttributionView } from '../core/attribution';
import { useLoadedModule } from '../lib/useLoadedModule';
import type { SidePanelsProps } from './SidePanels';

// The attribution opens on a click: its code, and the corrections made there, come in right after the first paint.
const loadAttribution = () => import('./QuoteAttribution');
// Only a corrected article has the note, so its code loads then.
const CorrectionsNote = lazy(() => import('../features/corrections/CorrectionsNote').then((module) => ({ default: module.CorrectionsNote })));
const loadSidePanels = () => import('./SidePanels');

export interface ReaderSideProps extends SidePanelsProps {
  /** The selected quote's attribution, once the frame that shows the quote chosen is painted (useSelectedAttribution). */
  view: AttributionView | undefined;
}

/** The column beside the text: a note on the reader's corrections, the selected quote's attribution, and the panels. */
export function ReaderSide({ view, ...shared }: ReaderSideProps) {
  const { article, onChange, selected } = shared;
  // The side panels follow once the text is painted and the page is idle, so the text paints first, no task runs
  // long, and a click on a quote right away is answered before them. The column says it is busy until they are in,
  // not merely asked for: a reader (or a test) told it is ready finds them there.
  const SidePanels = useLoadedModule(loadSidePanels)?.SidePanels;
  const [panelsShown, setPanelsShown] = useState(false);
  useEffect(() => {
    if (SidePanels) startTransition(() => setPanelsShown(true));
  }, [SidePanels]);
  const QuoteAttribution = useLoadedModule(loadAttribution)?.QuoteAttribution;
  const aside = useRef<HTMLElement>(null);
  // An attribution and the quote just chosen come into view together, in the frame that shows the attribution: on
  // a desktop the side column scrolls on its own and opens at its top.
  const shownQuoteId = view?.quote.id;
  const { reveal } = selected;
  useLayoutEffect(() => {
    if (!shownQuoteId) return;
    if (aside.current) aside.current.scrollTop = 0;
    reveal();
  }, [shownQuoteId, reveal]);

  return (
    // On a desktop the side column stays in view and scrolls on its own, so the attribution at its top is beside
    // the text wherever the reader is, and covers none of the panels below it.
    <aside
      ref={aside}
      aria-label="About this article"
      aria-busy={!panelsShown}
      className="mt-8 pb-[50vh] lg:sticky lg:top-2 lg:mt-2 lg:-mx-2 lg:max-h-[calc(100vh-4rem)] lg:self-start lg:overflow-y-auto lg:px-2 lg:pb-2"
    >
      {(article.corrections?.length ?? 0) > 0 && (
        <Suspense fallback={null}>
          <CorrectionsNote article={article} onChange={onChange} />
        </Suspense>
      )}
      {view && QuoteAttribution && <QuoteAttribution {...shared} view={view} />}
      {panelsShown && SidePanels && (
        <div className="space-y-6">
          <SidePanels {...shared} />
        </div>
      )}
    </aside>
  );
}
