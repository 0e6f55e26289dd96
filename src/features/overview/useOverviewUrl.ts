import { useCallback, useMemo } from 'react';
import { BUNDLED_ARTICLE_ID } from '../../api/bundledArticle';
import { DIMENSIONS, type Dimension, type LibraryFilter } from '../../core/libraryOverview';
import { getSearch, useSearchParams } from '../../lib/urlState';
import { focusOnArrival } from './focusOnArrival';

/** One figure of the overview, whose quotes are listed: a value of a dimension. */
export interface Figure {
  dimension: Dimension;
  value: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const dateParam = (value: string | null) => (value !== null && DATE.test(value) ? value : null);

function figureOf(param: string | null): Figure | null {
  if (param === null) return null;
  const colon = param.indexOf(':');
  const dimension = DIMENSIONS.find((d) => d === param.slice(0, colon));
  return dimension ? { dimension, value: param.slice(colon + 1) } : null;
}

/** The link to one article, with one of its quotes selected (named by its link key). */
export function articleHref(articleId: string, quoteKey?: string): string {
  const params = new URLSearchParams();
  if (articleId !== BUNDLED_ARTICLE_ID) params.set('article', articleId);
  if (quoteKey) params.set('quote', quoteKey);
  const query = params.toString();
  return query ? `?${query}` : '/';
}

/**
 * What the overview keeps in the URL, so that a link shares it: the filter by outlet and dates
 * (`?view=overview&outlet=CGTN&from=2022-01-01&to=2022-03-31`) and the figure whose quotes are listed
 * (`&show=type:official`).
 */
export function useOverviewUrl() {
  const [params, setParams] = useSearchParams();
  const outlet = params.get('outlet');
  const from = dateParam(params.get('from'));
  const to = dateParam(params.get('to'));
  const filter = useMemo<LibraryFilter>(() => ({ outlet, from, to }), [outlet, from, to]);
  const first = params.get('first');
  const second = params.get('second');
  const showParam = params.get('show');
  const figure = useMemo(() => figureOf(showParam), [showParam]);

  const change = useCallback(
    (values: Record<string, string | null>) => {
      const next = new URLSearchParams(getSearch());
      for (const [name, value] of Object.entries(values)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      setParams(next);
    },
    [setParams],
  );

  const setFilter = useCallback((values: Partial<LibraryFilter>) => change(values), [change]);
  /** The two articles compared side by side (`&first=<id>&second=<id>`). */
  const compare = useCallback((which: 'first' | 'second', id: string | null) => change({ [which]: id }), [change]);
  const show = useCallback((shown: Figure | null) => change({ show: shown && `${shown.dimension}:${shown.value}` }), [change]);
  /** Makes Back to the article lead to another article, in place of the link's address: the one it named was deleted, or is back. */
  const backTo = useCallback(
    (id: string) => {
      const next = new URLSearchParams(getSearch());
      if (id === BUNDLED_ARTICLE_ID) next.delete('article');
      else next.set('article', id);
      setParams(next, { replace: true });
    },
    [setParams],
  );
  /** Opens an article in the reader, as its link would, without loading the page again. */
  const open = useCallback(
    (href: string) => {
      const next = new URLSearchParams(href.startsWith('?') ? href.slice(1) : '');
      setParams(next);
      focusOnArrival(next.has('quote'));
    },
    [setParams],
  );

  return { filter, figure, compared: { first, second }, setFilter, show, compare, open, backTo };
}
