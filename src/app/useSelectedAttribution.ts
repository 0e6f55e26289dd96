import { useMemo } from 'react';
import { attributionMarks, describeAttribution } from '../core/attribution';
import type { Article } from '../core/schema';
import { speakerClass } from '../lib/speakerColour';
import { usePaintedValue } from '../lib/usePaintedValue';
import type { QuoteSelection } from './useQuoteSelection';

/**
 * The selected quote as the text and the side column show it, each in its own frame. The text shows the selection
 * (`selectedId`, `articleQuoteId`) in the frame that answers the click; the attribution of another quote
 * (`panelView`, in its speaker's `panelClass`) and the words in the text that name its speaker (`marks`) follow once
 * that frame is `painted`, so that building them (and moving focus into the attribution, which makes the browser lay
 * the page out) holds none up. Closing it, and a change to the shown quote itself (a correction), show at once.
 * `active` is the quotes the text shows as quotes under the filter (null for all).
 */
export function useSelectedAttribution(
  article: Article,
  selected: QuoteSelection,
  active: ReadonlySet<string> | null,
  speakerIndex: ReadonlyMap<string, number>,
) {
  const { quoteId } = selected;
  // A filter reaches the text only after the frame that answers it is painted (useSpeakerFilter).
  const view = useMemo(() => (quoteId ? describeAttribution(article, quoteId) : undefined), [article, quoteId]);
  const selectedId = view?.quote.id ?? null;
  // Until the text has caught up with a filter, a quote it still shows as plain text is not marked selected.
  const shows = (id: string | null) => (id !== null && (!active || active.has(id)) ? id : null);
  // A click's pressed frame is painted before the selection comes (useQuoteSelection): what follows it need not wait.
  const painted = selected.answered !== null && selected.answered.id === selectedId;
  // Closing shows at once (below), so no render need follow its frame.
  const panelId = usePaintedValue(selectedId, painted || selectedId === null);
  const panelView = useMemo(
    () => (selectedId === null || panelId === selectedId ? view : panelId ? describeAttribution(article, panelId) : undefined),
    [article, view, selectedId, panelId],
  );
  const panelClass = speakerClass(panelView?.speaker ? (speakerIndex.get(panelView.speaker.id) ?? -1) : -1);
  const markedQuoteId = shows(panelView?.quote.id ?? null);
  const marks = useMemo(() => attributionMarks(article, markedQuoteId), [article, markedQuoteId]);
  return { selectedId, articleQuoteId: shows(selectedId), painted, panelView, panelClass, marks };
}
