import { useQuery } from '@tanstack/react-query';
import { fetchArticle } from './fetchArticle';

// Storage code loads with the view that asks for it.
const library = () => import('./library');

/**
 * An article once one is chosen, in full: the library's copy, or the server's (the bundled article); nothing is
 * read while none is. Under the library's key (useLibrary.ts), so that a correction or a deletion reads it again.
 * Not useArticle's query: a lazily loaded view that imports it costs the first load a chunk of its own.
 */
export function useChosenArticle(id: string | null) {
  return useQuery({
    queryKey: ['library', 'chosen', id],
    queryFn: async ({ signal }) => (id === null ? null : ((await library().then((m) => m.getStoredArticle(id))) ?? fetchArticle(id, signal))),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
