import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Article } from '../core/schema';
import { isKept, saveArticle } from './library';

/**
 * Keeps an article brought in with others, without opening it: one the library already holds (the same
 * text gives the same id) is left as it is and answered 'duplicate'. Storage failures are thrown. Its own
 * module, so that only the Open article dialog's chunk carries it, not the first load.
 */
export function useKeepNewArticle() {
  const client = useQueryClient();
  return useCallback(
    async (article: Article): Promise<'added' | 'duplicate'> => {
      if (await isKept(article.id)) return 'duplicate';
      try {
        await saveArticle(article);
      } finally {
        // The Library lists each article as it is kept (useLibrary's query).
        void client.invalidateQueries({ queryKey: ['library'] });
      }
      return 'added';
    },
    [client],
  );
}
