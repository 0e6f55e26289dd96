import { queryOptions, useQuery } from '@tanstack/react-query';
import { BUNDLED_ARTICLE } from './bundledArticle';
import { fetchArticle } from './fetchArticle';

// Storage code loads with the view that asks for it.
const library = () => import('./library');

// Under the library's key (useLibrary.ts), so that saving or deleting an article invalidates it too.
const libraryArticlesQuery = queryOptions({
  queryKey: ['library', 'articles'],
  queryFn: async () => {
    const stored = await library().then((m) => m.listArticles());
    if (stored.some((a) => a.id === BUNDLED_ARTICLE.id)) return stored;
    // The bundled article is always in the library, though only a corrected copy is stored; without it the rest still counts.
    const bundled = await fetchArticle(BUNDLED_ARTICLE.id).catch(() => null);
    return bundled ? [...stored, bundled] : stored;
  },
  staleTime: Infinity,
});

/**
 * Every article of the library, in full, for what is counted or searched across them. A file of its own, apart
 * from useLibrary.ts, so that only the views that need it carry it.
 */
export function useLibraryArticles() {
  return useQuery(libraryArticlesQuery);
}
