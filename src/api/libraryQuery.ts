import { queryOptions } from '@tanstack/react-query';

// Storage code loads beside the first article, not in the first load.
const library = () => import('./library');

/**
 * The library as read (api/library's readLibrary): its list and the heads of its summaries, shared by the Library
 * panel and the overview's counts.
 */
export const libraryQuery = queryOptions({ queryKey: ['library'], queryFn: () => library().then((m) => m.readLibrary()), staleTime: Infinity });

/**
 * Every article's whole summary, its quotes' words with it (api/library's readSummaries). Under the library's key,
 * so that whatever changes the library reads these again too.
 */
export const librarySummariesQuery = queryOptions({
  queryKey: ['library', 'summaries'],
  queryFn: () => library().then((m) => m.readSummaries()),
  staleTime: Infinity,
});
