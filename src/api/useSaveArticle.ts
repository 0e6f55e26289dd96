import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Article } from '../core/schema';
import { libraryQuery } from './libraryQuery';
import { articleQuery } from './useArticle';

// Storage code loads beside the first article, not in the first load.
const library = () => import('./library');

/**
 * Saves an article (new, or corrected) and shows it at once: the article's query gets the new version
 * before storage answers, so a storage failure never costs the reader what they see. A plain function rather than a
 * mutation hook, and a file of its own, so that the first load carries no mutation code; each save answers its own callbacks.
 */
export function useSaveArticle() {
  const client = useQueryClient();
  return useCallback(
    (article: Article, { onSuccess, onError }: { onSuccess: () => void; onError: (failure: Error) => void }) => {
      client.setQueryData(articleQuery(article.id).queryKey, article);
      library()
        .then((m) => m.saveArticle(article))
        // Storage fails with an Error of its own, whose message says what went wrong (api/library).
        .then(onSuccess, onError)
        .finally(() => void client.invalidateQueries({ queryKey: libraryQuery.queryKey }));
    },
    [client],
  );
}
