import { filterSummary } from '../../core/reading';

export interface FilterSummaryProps {
  count: number;
  people: ReadonlyArray<string>;
  onShowEveryone: () => void;
}

/**
 * Whose quotes the filter shows, with the way back to everyone's under it, beside the position (placed there by the
 * status's grid): two short lines, so that the bar keeps the height it has unfiltered and the text does not move.
 */
export function FilterSummary({ count, people, onShowEveryone }: FilterSummaryProps) {
  const summary = filterSummary(count, people);
  return (
    <>
      {/* Wider than a phone it keeps to one line beside the step buttons, cut short with an ellipsis; the title shows it whole. */}
      <p title={summary} className="col-span-full font-medium text-blue-900 sm:truncate dark:text-blue-100">
        {summary}
      </p>
      <button
        type="button"
        onClick={() => {
          // This button goes with the filter: the reader's focus moves to Next quote beside it, not to the page's body.
          document.querySelector<HTMLElement>('[aria-keyshortcuts=j]')?.focus();
          onShowEveryone();
        }}
        className="col-start-2 row-start-2 min-h-6 justify-self-start rounded-md border whitespace-nowrap border-blue-700 bg-white px-2 font-semibold text-blue-800 max-sm:min-h-9 dark:border-blue-300 dark:bg-blue-900 dark:text-blue-50"
      >
        Show everyone
      </button>
    </>
  );
}
