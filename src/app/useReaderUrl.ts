import { useCallback } from 'react';
import { BUNDLED_ARTICLE_ID } from '../api/bundledArticle';
import { getSearch, useSearchParams } from '../lib/urlState';

export { BUNDLED_ARTICLE_ID };

/** The parameters that choose what the page shows; a filter or a selection within it changes none of them. */
const PAGE_PARAMS = ['article', 'view'];

type SetParams = ReturnType<typeof useSearchParams>[1];

/** Changes the URL's query from what the page shows now, so callbacks built on it stay the same across renders. */
function useUpdate(setParams: SetParams) {
  return useCallback(
    (change: (next: URLSearchParams) => void, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(getSearch());
      change(next);
      setParams(next, options);
    },
    [setParams],
  );
}

/** Shows another article, without the previous one's filter or selection. */
function useOpenArticle(update: ReturnType<typeof useUpdate>) {
  return useCallback(
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
}

/**
 * What the page shows (an article, or the library overview) and the way to open another article. It renders again
 * only when that changes: choosing a quote or a person re-renders the reader, not the page around it.
 */
export function useReaderPageUrl() {
  const [params, setParams] = useSearchParams(PAGE_PARAMS);
  const openArticle = useOpenArticle(useUpdate(setParams));
  return { articleId: params.get('article') ?? BUNDLED_ARTICLE_ID, overview: params.get('view') === 'overview', openArticle };
}

/**
 * What a reader can share in a link: the article, the people filtered to, and the selected quote. The
 * quote is named by its link key (core/quoteLinks), which the reader turns into a quote id.
 */
export function useReaderUrl() {
  const [params, setParams] = useSearchParams();
  const articleId = params.get('article') ?? BUNDLED_ARTICLE_ID;
  const personIds = params.getAll('person');
  const quoteLink = params.get('quote');
  const update = useUpdate(setParams);

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

  const openArticle = useOpenArticle(update);

  return { articleId, personIds, quoteLink, setPersons, selectQuote, openArticle, update };
}
