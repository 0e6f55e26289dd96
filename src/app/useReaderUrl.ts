import { useCallback } from 'react';
import { BUNDLED_ARTICLE } from '../api/bundledArticle';
import { useSearchParams } from '../lib/urlState';

/** The bundled article as the library lists it, without loading it. */
export { BUNDLED_ARTICLE } from '../api/bundledArticle';
export const BUNDLED_ARTICLE_ID = BUNDLED_ARTICLE.id;

/** What a reader can share in a link: the article, the people filtered to, and the selected quote. */
export function useReaderUrl() {
  const [params, setParams] = useSearchParams();
  const articleId = params.get('article') ?? BUNDLED_ARTICLE_ID;
  const personIds = params.getAll('person');
  const quoteId = params.get('quote');

  // Reads the query at call time, so the callbacks stay the same across renders.
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(window.location.search);
      change(next);
      setParams(next);
    },
    [setParams],
  );

  const setPersons = useCallback(
    (ids: ReadonlyArray<string>) =>
      update((next) => {
        next.delete('person');
        ids.forEach((id) => next.append('person', id));
      }),
    [update],
  );

  const selectQuote = useCallback(
    (id: string | null) =>
      update((next) => {
        if (id) next.set('quote', id);
        else next.delete('quote');
      }),
    [update],
  );

  /** Shows another article, without the previous one's filter or selection. */
  const openArticle = useCallback(
    (id: string) =>
      update((next) => {
        next.delete('person');
        next.delete('quote');
        if (id === BUNDLED_ARTICLE_ID) next.delete('article');
        else next.set('article', id);
      }),
    [update],
  );

  return { articleId, personIds, quoteId, setPersons, selectQuote, openArticle, update };
}
