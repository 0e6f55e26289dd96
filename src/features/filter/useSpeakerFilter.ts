import { useMemo } from 'react';
import type { Article } from '../../core/schema';
import { activeQuoteIds, quoteCounts } from '../../core/stats';
import { usePaintedValue } from '../../lib/usePaintedValue';

/**
 * The people the URL filters the article to, and the quotes that stay buttons under that filter. Only people
 * with quotes count: a filter to someone who says nothing would leave no quote to read.
 */
export function useSpeakerFilter(article: Article, personIds: ReadonlyArray<string>) {
  const counts = useMemo(() => quoteCounts(article), [article]);
  const key = personIds.filter((id) => counts.has(id)).join(' ');
  const chosenIds = useMemo(() => (key ? key.split(' ') : []), [key]);
  const chosenNames = useMemo(() => chosenIds.flatMap((id) => article.entities.find((e) => e.id === id)?.name ?? []), [article, chosenIds]);
  const current = useMemo(() => activeQuoteIds(article, chosenIds), [article, chosenIds]);
  // The checkbox answers at once; the article, where a filter changes every paragraph with a quote, follows
  // after that frame is painted, in a background render that React slices so that no frame is held up.
  const paintedKey = usePaintedValue(key);
  const active = useMemo(() => activeQuoteIds(article, paintedKey ? paintedKey.split(' ') : []), [article, paintedKey]);
  return { counts, chosenIds, chosenNames, current, active };
}

export type SpeakerFilter = ReturnType<typeof useSpeakerFilter>;
