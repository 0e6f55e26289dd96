import { useMemo } from 'react';
import { describeAttribution, type AttributionView } from '../core/attribution';
import type { Article } from '../core/schema';
import { usePaintedValue } from '../lib/usePaintedValue';

/**
 * The attribution the side column shows for the selected quote's `view`. The text shows the selection in the frame
 * that answers the click; the attribution of another quote follows once that frame is painted, so that building it
 * (and moving focus into it, which makes the browser lay the page out) holds none up. Closing it, and a change to the
 * shown quote itself (a correction), show at once.
 */
export function usePaintedAttribution(article: Article, view: AttributionView | undefined): AttributionView | undefined {
  const selectedId = view?.quote.id ?? null;
  const paintedId = usePaintedValue(selectedId);
  return useMemo(
    () => (selectedId === null || paintedId === selectedId ? view : paintedId ? describeAttribution(article, paintedId) : undefined),
    [article, view, selectedId, paintedId],
  );
}
