import { useCallback } from 'react';
import { BUNDLED_ARTICLE } from '../api/bundledArticle';
import { getSearch, useSearchParams } from '../lib/urlState';

/** The bundled article as the library lists it, without loading it. */
export { BUNDLED_ARTICLE } from '../api/bundledArticle';
export const BUNDLED_ARTICLE_ID = BUNDLED_ARTICLE.id;

/**
 * What a reader can share in a link: the article, the people filtered to, and the selected quote. The
 * quote is named by its link key (core/quoteLinks), which the reader turns into a quote id.
 */
export function useReaderUrl() {
  const [params, setParams] = useSearchParams();
  const articleId = params.get('article') ?? BUNDLED_ARTICLE_ID;
  const personIds = params.getAll('person');
  const quoteLink = params.get('quote');
  const overview = params.get('view') === 'overview';

  // Reads the query at call time, so the callbacks stay the same across renders.
  const update = useCallback(
    (change: (next: URLSearchParams) => void, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(getSearch());
      change(next);
      setParams(next, options);
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

  /** `replace` corrects the link in place, as for a link to a quote that has gone. */
  const selectQuote = useCallback(
    (link: string | null, options?: { replace?: boolean }) =>
      update((next) => {
        if (link) next.set('quote', link);
        else next.delete('quote');
      }, options),
    [update],
  );

  /** Shows another article, without the previous one's filter or selection. */
  const openArticle = useCallback(
    (id: string) =>
      update((next) => {
        next.delete('person');
        next.delete('quote');
        next.delete('view');
        if (id === BUNDLED_ARTICLE_ID) next.delete('article');
        else next.set('article', id);
      }),
    [update],
  );

  return { articleId, personIds, quoteLink, overview, setPersons, selectQuote, openArticle, update };
}
