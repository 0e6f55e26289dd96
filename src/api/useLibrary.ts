import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../core/schema';
import type { LibraryContents } from './library';
import { libraryQuery } from './libraryQuery';
import { articleQuery } from './useArticle';

// Storage code loads beside the first article, not in the first load.
const library = () => import('./library');

const entriesOf = (contents: LibraryContents) => contents.entries;

export function useLibrary() {
  return useQuery({ ...libraryQuery, select: entriesOf });
}

/**
 * Saves an article (new, or corrected) and shows it at once: the article's query gets the new version
 * before storage answers, so a storage failure never costs the reader what they see.
 */
export function useSaveArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (article: Article) => library().then((m) => m.saveArticle(article)),
    onMutate: (article) => client.setQueryData(articleQuery(article.id).queryKey, article),
    onSettled: () => client.invalidateQueries({ queryKey: libraryQuery.queryKey }),
  });
}

export function useDeleteArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => library().then((m) => m.deleteArticle(id)),
    onSuccess: (_, id) => client.removeQueries({ queryKey: articleQuery(id).queryKey }),
    onSettled: () => client.invalidateQueries({ queryKey: libraryQuery.queryKey }),
  });
}
