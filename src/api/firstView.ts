import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../core/schema';
import { textHash } from '../core/textHash';
import { BUNDLED_ARTICLE } from './bundledArticle';
import { noteLibraryCopy } from './libraryCopy';
import { articleQuery } from './useArticle';

/**
 * The bundled article for the first view that the build wrote into the page, if the served file is the one
 * it was written from (same fingerprint): the build validated that very file, so it is read without the
 * validator's code. Null when it is another version, and the reader then loads the article as usual.
 */
export async function firstViewArticle(fingerprint: string): Promise<Article | null> {
  // The page preloads this request, so it is usually in by the time the code runs.
  const response = await fetch(`${import.meta.env.BASE_URL}articles/${BUNDLED_ARTICLE.id}.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  const text = await response.text();
  // The fingerprint stands for the build's validation (vite.config.ts checks the parsed file is the validated article).
  return textHash(text) === fingerprint ? (JSON.parse(text) as Article) : null;
}

/** After the first view, a copy of the bundled article that the reader corrected, if the library has one, takes its place. */
export function takeLibraryCopy(queryClient: QueryClient): void {
  const { queryKey } = articleQuery(BUNDLED_ARTICLE.id);
  import('./library')
    .then(({ getStoredArticle }) => getStoredArticle(BUNDLED_ARTICLE.id))
    .then(
      (stored) => {
        noteLibraryCopy(BUNDLED_ARTICLE.id, Boolean(stored));
        if (stored) queryClient.setQueryData(queryKey, stored);
      },
      // A damaged copy leaves the served article, as loadArticle does.
      () => {},
    );
}
