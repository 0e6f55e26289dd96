import { filterSummary } from '../../core/reading';

export interface FilterSummaryProps {
  count: number;
  people: ReadonlyArray<string>;
  onShowEveryone: () => void;
}

/** Whose quotes the filter shows, beside the way back to everyone's; it stays in sight as the text scrolls. */
export function FilterSummary({ count, people, onShowEveryone }: FilterSummaryProps) {
  return (
    <p className="col-span-full flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg bg-blue-50 py-1 pr-1 pl-2 text-blue-950 dark:bg-blue-950 dark:text-blue-50">
      <span className="min-w-0 flex-[1_1_10rem]">{filterSummary(count, people)}</span>
      <button
        type="button"
        onClick={onShowEveryone}
        className="min-h-9 shrink-0 rounded-md border border-blue-700 bg-white px-3 font-semibold text-blue-800 hover:bg-blue-100 dark:border-blue-300 dark:bg-blue-900 dark:text-blue-50 dark:hover:bg-blue-800"
      >
        Show everyone
      </button>
    </p>
  );
}
