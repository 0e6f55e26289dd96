import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { summaryOf, type ArticleSummary } from '../core/librarySummary';
import { BUNDLED_ARTICLE } from './bundledArticle';
import { fetchArticle } from './fetchArticle';
import { libraryQuery } from './libraryQuery';

const summariesOf = (contents: { summaries: Array<ArticleSummary> }) => contents.summaries;

// The bundled article never changes: a summary of the server's copy holds for the session.
const bundledSummaryQuery = queryOptions({
  queryKey: ['bundled-summary'],
  queryFn: async ({ signal }) => summaryOf(await fetchArticle(BUNDLED_ARTICLE.id, signal), ''),
  staleTime: Infinity,
  retry: false,
});

/**
 * A summary of every article of the library (core/librarySummary), for what is counted or searched across them:
 * what a view of the whole library reads instead of every article. The same reading of the library as the Library
 * panel's, and the bundled article, always in the library though only a corrected copy of it is stored.
 */
export function useLibrarySummaries() {
  const library = useQuery({ ...libraryQuery, select: summariesOf });
  const stored = library.data;
  const needsBundled = stored !== undefined && !stored.some((s) => s.id === BUNDLED_ARTICLE.id);
  // Asked for at once, beside the library, so that the overview does not wait for one and then the other.
  const bundled = useQuery(bundledSummaryQuery);
  // Without the bundled article the rest still counts.
  const bundledSettled = !needsBundled || bundled.data !== undefined || bundled.isError;
  const data = useMemo(
    () => (stored === undefined || !bundledSettled ? undefined : needsBundled && bundled.data ? [...stored, bundled.data] : stored),
    [stored, bundledSettled, needsBundled, bundled.data],
  );
  return { data, error: library.error, isPending: data === undefined && !library.error, refetch: library.refetch };
}
