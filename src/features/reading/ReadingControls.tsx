import { memo, useState } from 'react';
import { filterSummary, nextToReview, READING_NOTES, readingPosition, stepQuote, type Landing, type ReadingNote } from '../../core/reading';
import type { Quote } from '../../core/schema';
import { cx } from '../../lib/cx';
import { quoteOfButton } from '../../lib/quoteButtonId';
import { usePaintedValue } from '../../lib/usePaintedValue';
import { FilterSummary } from './FilterSummary';
import { StepButton } from './StepButton';
import { useReadingKeys } from './useReadingKeys';
import { useScrollClearance } from './useScrollClearance';

export interface ReadingControlsProps {
  /** The quotes a reader steps through, in reading order: only the chosen people's while a filter is on. */
  quotes: ReadonlyArray<Quote>;
  selectedId: string | null;
  /** Whether a frame showing `selectedId` chosen is painted already (a click's, which shows the quote pressed first). */
  painted?: boolean;
  /** Full names of the people the article is filtered to; none while everyone is shown. */
  people: ReadonlyArray<string>;
  /** Whether the link the page opened with named a quote the article no longer has. */
  linkGone: boolean;
  /** Selects a quote; `fromKey` when a shortcut chose it, so that focus can follow. */
  onRead: (quoteId: string, fromKey: boolean) => void;
  onShowEveryone: () => void;
}

/**
 * A bar that stays at the top of the screen over the text: whose quotes a filter shows, where the reader is
 * among the quotes, and the buttons (and keys) that step through them or on to the next one to review. It
 * sits at the top on a phone too, where the attribution sheet covers the bottom once a quote is selected; but
 * where the screen is short for its text (a phone with large text, or on its side) it stays above the text and
 * scrolls away with it, as it would take a third of the screen (index.css, `.reading-bar`).
 */
export const ReadingControls = memo(function ReadingControls({ quotes, selectedId, painted, people, linkGone, onRead, onShowEveryone }: ReadingControlsProps) {
  // A note answers the last step, at the quote it landed on (or the selection it was made from, when it went nowhere);
  // once the selection moves by any means it no longer applies. (Kept with that quote rather than reset in render,
  // which would render the bar twice per click.)
  const [noted, setNoted] = useState<{ at: string | null; note: ReadingNote } | null>(null);
  const bar = useScrollClearance<HTMLDivElement>();
  // Once the attribution is closed (Escape, Close), stepping goes on from the quote last read, not back to the first.
  const [lastRead, setLastRead] = useState(selectedId);
  if (selectedId !== null && selectedId !== lastRead) setLastRead(selectedId);
  const from = selectedId ?? lastRead;

  const ids = quotes.map((q) => q.id);
  // The position follows the selection once the frame that shows the chosen quote is painted, with its attribution:
  // writing it lays the bar out, which would hold up the frame that answers the click. Closing the attribution (no
  // selection) lays the page out in its own frame anyway: the position follows in that frame, not in one more.
  const shownId = usePaintedValue(selectedId, painted === true || selectedId === null);
  const shownIndex = shownId === null ? -1 : ids.indexOf(shownId);
  const land = ({ id, note }: Landing, fromKey: boolean) => {
    if (id !== null) onRead(id, fromKey);
    setNoted(note && { at: id ?? selectedId, note });
  };
  // A key steps on from the quote the reader tabbed to, if any, rather than from the one last chosen or the top.
  const step = (direction: 'next' | 'previous', fromKey: boolean, focused?: EventTarget | null) =>
    land(stepQuote(ids, quoteOfButton(ids, focused) ?? from, direction), fromKey);
  useReadingKeys(
    (focused) => step('next', true, focused),
    (focused) => step('previous', true, focused),
  );

  const shownNote = (noted?.at === selectedId ? noted.note : null) ?? (linkGone ? 'stale link' : null);
  const filtered = people.length > 0;
  const index = shownIndex < 0 ? null : shownIndex;
  // While a filter is on, the line above says how many quotes it shows: until one is chosen the position would only say it again.
  const position = filtered && index === null ? '' : readingPosition(index, quotes.length, []);
  const fullPosition = position && readingPosition(index, quotes.length, people);
  return (
    <div ref={bar} className="reading-bar z-10 -mx-4 mb-4 bg-stone-50 px-4 py-2 font-sans sm:mx-0 sm:px-0 dark:bg-stone-950">
      {/* One row wider than a phone: whose quotes are shown over where the reader is, beside the buttons. The two lines are
          there unfiltered too, so that turning a filter on moves neither the text nor the checkbox just clicked: it
          colours them and adds Show everyone beside the position. */}
      <div className="mx-auto grid max-w-prose items-center gap-2 rounded-xl border border-stone-200 bg-white p-2 shadow-sm sm:grid-cols-[minmax(0,1fr)_auto] dark:border-stone-800 dark:bg-stone-900">
        <div className={cx('flex min-w-0 flex-col justify-center rounded-lg px-2 text-sm sm:min-h-11', filtered && 'bg-blue-50 max-sm:py-1 dark:bg-blue-950')}>
          {!filtered && <p className="text-stone-600 max-sm:hidden dark:text-stone-300">{filterSummary(quotes.length, [])}</p>}
          <div role="status" className="grid grid-cols-[minmax(0,max-content)_auto] items-center">
            {filtered && <FilterSummary count={quotes.length} people={people} onShowEveryone={onShowEveryone} />}
            {/* Its room beside Show everyone is a margin, not the grid's gap, so that Show everyone starts at the edge without it.
                A long note ("Quote 1 of 5 · Back to the first quote") is cut short, never the position, rather than wrapped,
                which would move the text, or run on under Show everyone and the step buttons; the status still says it whole. */}
            <p hidden={!position && !shownNote} className="row-start-2 mr-2 flex min-w-0 whitespace-nowrap text-stone-700 tabular-nums dark:text-stone-200">
              <span className="shrink-0 font-semibold text-stone-900 dark:text-stone-50">{position}</span>
              {/* Whose the quotes are is said on the line above; a screen reader hears it with the position too. */}
              <span className="sr-only">{fullPosition.slice(position.length)}</span>
              {shownNote && (
                <span title={READING_NOTES[shownNote]} className="min-w-0 truncate text-amber-800 dark:text-amber-200">
                  {position && '\u00a0· '}
                  {READING_NOTES[shownNote]}
                </span>
              )}
            </p>
          </div>
        </div>
        {quotes.length > 0 && (
          <div className="flex flex-wrap gap-2 text-sm">
            <StepButton id="previous-quote" label="Previous quote" shortcut="k" onClick={() => step('previous', false)}>
              ↑ Previous
            </StepButton>
            <StepButton id="next-quote" label="Next quote" shortcut="j" onClick={() => step('next', false)}>
              Next ↓
            </StepButton>
            <StepButton id="next-uncertain-quote" label="Next uncertain quote" onClick={() => land(nextToReview(quotes, from), false)}>
              Next uncertain
            </StepButton>
          </div>
        )}
      </div>
    </div>
  );
});
