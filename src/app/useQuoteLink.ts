import { useCallback, useEffect, useMemo, useState } from 'react';
import { quoteLinks } from '../core/quoteLinks';
import type { Article } from '../core/schema';
import { useReaderUrl } from './useReaderUrl';

/**
 * The quote the URL names, by its link key (core/quoteLinks), so a shared link outlives a re-analysis; a link by an
 * engine id, as links were first made, is rewritten to the key, and a link to a quote the article no longer has is
 * dropped from the URL while `linkGone` says so. `choose` puts a quote (or none) in the URL.
 */
export function useQuoteLink(article: Article, selectable: ReadonlySet<string> | null) {
  const { articleId, quoteLink, selectQuote } = useReaderUrl();
  const links = useMemo(() => quoteLinks(article), [article]);
  const linked = quoteLink === null ? null : links.idOf(quoteLink);
  const quoteId = linked !== null && (!selectable || selectable.has(linked)) ? linked : null;
  const [goneFrom, setGoneFrom] = useState<string | null>(null);
  // While another article loads, the link is that article's and says nothing about this one.
  const linkIsOurs = articleId === article.id;
  // A link that names no quote is remembered while rendering (React's pattern for state that follows props),
  // so the notice outlives the effect below that drops the link from the URL.
  if (quoteLink !== null && linkIsOurs && linked === null && goneFrom !== article.id) setGoneFrom(article.id);
  useEffect(() => {
    if (quoteLink === null || !linkIsOurs) return;
    const key = linked === null ? null : (links.keyOf(linked) ?? null);
    if (key !== quoteLink) selectQuote(key, { replace: true });
  }, [quoteLink, linked, links, linkIsOurs, selectQuote]);

  const choose = useCallback(
    (id: string | null) => {
      setGoneFrom(null);
      selectQuote(id === null ? null : (links.keyOf(id) ?? null));
    },
    [links, selectQuote],
  );
  return { quoteId, linkGone: goneFrom === article.id, choose };
}
