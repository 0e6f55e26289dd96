import { queryOptions, useQuery } from '@tanstack/react-query';
import { summaryOf } from '../core/librarySummary';
import { BUNDLED_ARTICLE } from './bundledArticle';
import { fetchArticle } from './fetchArticle';

// Storage code loads with the view that asks for it.
const library = () => import('./library');

// Under the library's key (useLibrary.ts), so that saving or deleting an article invalidates it too.
const librarySummariesQuery = queryOptions({
  queryKey: ['library', 'summaries'],
  queryFn: async () => {
    const stored = (await library().then((m) => m.readLibrary())).summaries;
    if (stored.some((s) => s.id === BUNDLED_ARTICLE.id)) return stored;
    // The bundled article is always in the library, though only a corrected copy is stored; without it the rest still counts.
    const bundled = await fetchArticle(BUNDLED_ARTICLE.id).catch(() => null);
    return bundled ? [...stored, summaryOf(bundled, '')] : stored;
  },
  staleTime: Infinity,
});

/**
 * A summary of every article of the library (core/librarySummary), for what is counted or searched across them:
 * what a view of the whole library reads instead of every article. A file of its own, apart from useLibrary.ts, so
 * that only the views that need it carry it.
 */
export function useLibrarySummaries() {
  return useQuery(librarySummariesQuery);
}
