import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useLibraryHeads, useLibrarySummaries } from '../../api/useLibrarySummaries';
import { countedLibraryOf, libraryOf, libraryOverview, passesFilter } from '../../core/libraryOverview';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { valueLabel } from './labels';
import { BackToArticle } from './BackToArticle';
import { CompareSources } from './CompareSources';
import { DownloadLibraryCsv } from './DownloadLibraryCsv';
import { MostQuoted } from './MostQuoted';
import { OverviewCounts } from './OverviewCounts';
import { OverviewFilters } from './OverviewFilters';
import { QuoteFinder } from './QuoteFinder';
import { ShareChart } from './ShareChart';
import { useAfterPaint } from './useAfterPaint';
import { useOverviewUrl, type Figure } from './useOverviewUrl';

const DIMENSION_NAMES = { speaker: 'speaker', type: 'source type', gender: 'gender', outlet: 'outlet', month: 'month' } as const;

export interface LibraryOverviewProps {
  /** The article the reader came from, to go back to. */
  articleId: string;
  headline: string | undefined;
  /** The library's own list, with its Delete and Undo, below the figures (app/ puts it there: features/library). */
  libraryPanel?: ReactNode;
}

/**
 * The whole library at a glance: how many articles, quotes and sources, who is quoted most, and the share of
 * quotes by source type, gender, outlet and month; each figure lists the quotes behind it, and every quote can
 * be searched. The filter and the chosen figure live in the URL. The counts and charts come from the heads of the
 * articles' summaries; the quotes' words, which search, the lists of quotes and the table need, are read after.
 */
export function LibraryOverview({ articleId, headline, libraryPanel }: LibraryOverviewProps) {
  const { data: heads, error, isPending, refetch } = useLibraryHeads();
  // What the first view can do without: the quotes' words, and Compare sources' two lists of every article.
  const afterFirstView = useAfterPaint(heads !== undefined);
  const { data: summaries } = useLibrarySummaries(afterFirstView);
  const { filter, figure, compared, setFilter, show, compare, open } = useOverviewUrl();
  const finder = useRef<HTMLDivElement>(null);
  const counted = useMemo(() => countedLibraryOf(heads ?? []), [heads]);
  const library = useMemo(() => (summaries ? libraryOf(summaries) : null), [summaries]);
  // An outlet named in the URL is a choice even when no article is from it, so the field shows the filter in force.
  const outlets = useMemo(
    () => [...new Set([...counted.articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet])), ...(filter.outlet === null ? [] : [filter.outlet])])].sort(),
    [counted, filter.outlet],
  );
  const overview = useMemo(
    () =>
      libraryOverview(
        counted.articles.filter((a) => passesFilter(a, filter)),
        counted.quotes.filter((q) => passesFilter(q.article, filter)),
      ),
    [counted, filter],
  );
  const shownFigure = useMemo(() => {
    if (!figure) return null;
    const speaker = figure.dimension === 'speaker' ? counted.quotes.find((q) => q.speaker?.key === figure.value)?.speaker?.name : undefined;
    return { figure, label: `${DIMENSION_NAMES[figure.dimension]}: ${valueLabel(figure.dimension, figure.value, speaker)}` };
  }, [figure, counted]);
  // A figure far down the page lists its quotes above it: the list is brought into view.
  const showFigure = useCallback(
    (chosen: Figure | null) => {
      show(chosen);
      if (chosen) requestAnimationFrame(() => finder.current?.scrollIntoView({ block: 'start' }));
    },
    [show],
  );

  return (
    <div className="space-y-6">
      <div>
        <BackToArticle articleId={articleId} headline={headline} onOpen={open} />
        <h1 className="font-sans text-3xl font-bold tracking-tight">Library overview</h1>
      </div>
      {isPending ? (
        <LoadingState label="Reading the library…" />
      ) : error ? (
        <ErrorAlert message={`The library could not be read: ${error.message}`} onRetry={() => void refetch()} />
      ) : (
        <>
          <OverviewFilters outlets={outlets} filter={filter} onChange={setFilter} />
          <OverviewCounts overview={overview} />
          <DownloadLibraryCsv summaries={summaries} filter={filter} articles={overview.articles} />
          <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
            <div ref={finder} className="scroll-mt-4">
              <QuoteFinder library={library} filter={filter} figure={shownFigure} onClearFigure={() => show(null)} onOpen={open} />
            </div>
            <div className="space-y-6">
              <MostQuoted entries={overview.mostQuoted} shown={figure} onShow={showFigure} onOpen={open} />
              <ShareChart title="Quotes by source type" dimension="type" shares={overview.byType} shown={figure} onShow={showFigure} />
              <ShareChart title="Quotes by gender" dimension="gender" shares={overview.byGender} shown={figure} onShow={showFigure} />
              <ShareChart title="Quotes by outlet" dimension="outlet" shares={overview.byOutlet} shown={figure} onShow={showFigure} />
              <ShareChart title="Quotes by month" dimension="month" shares={overview.byMonth} shown={figure} onShow={showFigure} />
              {libraryPanel}
            </div>
          </div>
          {afterFirstView && <CompareSources articles={counted.articles} compared={compared} onCompare={compare} />}
        </>
      )}
    </div>
  );
}
