import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { headOf, summaryOf, type ArticleSummary, type SummaryHead } from '../core/librarySummary';
import { BUNDLED_ARTICLE_ID } from './bundledArticle';
import { fetchArticle } from './fetchArticle';
import { libraryQuery, librarySummariesQuery } from './libraryQuery';

const headsOf = (contents: { heads: Array<SummaryHead> }) => contents.heads;

// The bundled article never changes: a summary of the server's copy holds for the session.
const bundledSummaryQuery = queryOptions({
  queryKey: ['bundled-summary'],
  queryFn: async ({ signal }) => summaryOf(await fetchArticle(BUNDLED_ARTICLE_ID, signal), ''),
  staleTime: Infinity,
  retry: false,
});

/**
 * The library's summaries with the bundled article's beside them when the library keeps no corrected copy of it:
 * it is always in the library. Without the bundled article the rest still counts.
 */
function useWithBundled<S extends { id: string }>(stored: Array<S> | undefined, bundledOf: (summary: ArticleSummary) => S): Array<S> | undefined {
  const needsBundled = stored !== undefined && !stored.some((s) => s.id === BUNDLED_ARTICLE_ID);
  // Asked for at once, beside the library, so that the overview does not wait for one and then the other.
  const bundled = useQuery(bundledSummaryQuery);
  const bundledSettled = !needsBundled || bundled.data !== undefined || bundled.isError;
  return useMemo(
    () => (stored === undefined || !bundledSettled ? undefined : needsBundled && bundled.data ? [...stored, bundledOf(bundled.data)] : stored),
    [stored, bundledSettled, needsBundled, bundled.data, bundledOf],
  );
}

const whole = (summary: ArticleSummary) => summary;

/**
 * The head of every article's summary (core/librarySummary): what the overview counts, read first, a small part of the
 * summaries. The same reading of the library as the Library panel's.
 */
export function useLibraryHeads() {
  const library = useQuery({ ...libraryQuery, select: headsOf });
  const data = useWithBundled(library.data, headOf);
  return { data, error: library.error, isPending: data === undefined && !library.error, refetch: library.refetch };
}

/**
 * The whole summary of every article of the library, its quotes' words with it, for what is searched or listed
 * across them: what a view of the whole library reads instead of every article. `enabled` false waits (the
 * overview reads these after its first view).
 */
export function useLibrarySummaries(enabled = true) {
  const library = useQuery({ ...librarySummariesQuery, enabled });
  const data = useWithBundled(library.data, whole);
  return { data, error: library.error };
}
