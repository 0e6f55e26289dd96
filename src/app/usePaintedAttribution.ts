import { useMemo } from 'react';
import { describeAttribution, type AttributionView } from '../core/attribution';
import type { Article } from '../core/schema';
import { usePaintedValue } from '../lib/usePaintedValue';

/**
 * The attribution the side column shows for the selected quote's `view`. The text shows the selection in the frame
 * that answers the click; the attribution of another quote follows once that frame is painted, so that building it
 * (and moving focus into it, which makes the browser lay the page out) holds none up. Closing it, and a change to the
 * shown quote itself (a correction), show at once, as does a quote whose frame showing it chosen is `painted` already.
 */
export function usePaintedAttribution(article: Article, view: AttributionView | undefined, painted: boolean): AttributionView | undefined {
  const selectedId = view?.quote.id ?? null;
  const paintedId = usePaintedValue(selectedId);
  const shown = painted ? selectedId : paintedId;
  return useMemo(
    () => (selectedId === null || shown === selectedId ? view : shown ? describeAttribution(article, shown) : undefined),
    [article, view, selectedId, shown],
  );
}
