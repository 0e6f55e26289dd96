import { memo, useId } from 'react';
import type { LibraryFilter } from '../../core/libraryOverview';
import { formatPartialDate } from '../../core/partialDate';

export interface OverviewFiltersProps {
  outlets: ReadonlyArray<string>;
  filter: LibraryFilter;
  onChange: (change: Partial<LibraryFilter>) => void;
}

const field = 'min-h-10 rounded-lg border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900';

/**
 * The range the date fields hold, written as the rest of the app writes dates ("from 1 June 2024 until 30 June 2024"):
 * a date field shows its value in the browser's own format (mm/dd/yyyy in a US browser), which is not the app's.
 */
function rangeInWords(from: string | null, to: string | null): string | null {
  const words = [from && `from ${formatPartialDate(from).text}`, to && `until ${formatPartialDate(to).text}`].filter(Boolean);
  return words.length > 0 ? `Counting articles published ${words.join(' ')}.` : null;
}

/** Which articles the overview counts: one outlet or all, and a range of publication dates. */
export const OverviewFilters = memo(function OverviewFilters({ outlets, filter, onChange }: OverviewFiltersProps) {
  const id = useId();
  const filtered = filter.outlet !== null || filter.from !== null || filter.to !== null;
  const range = rangeInWords(filter.from, filter.to);
  return (
    <fieldset className="flex flex-wrap items-end gap-3 font-sans text-sm">
      <legend className="sr-only">Filter the library</legend>
      <label htmlFor={`${id}-outlet`} className="flex flex-col gap-1">
        Outlet
        <select id={`${id}-outlet`} value={filter.outlet ?? ''} onChange={(e) => onChange({ outlet: e.target.value || null })} className={field}>
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-from`} className="flex flex-col gap-1">
        Published from
        <input
          id={`${id}-from`}
          type="date"
          aria-describedby={range ? `${id}-range` : undefined}
          value={filter.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value || null })}
          className={field}
        />
      </label>
      <label htmlFor={`${id}-to`} className="flex flex-col gap-1">
        Published until
        <input
          id={`${id}-to`}
          type="date"
          aria-describedby={range ? `${id}-range` : undefined}
          value={filter.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value || null })}
          className={field}
        />
      </label>
      {filtered && (
        <button type="button" onClick={() => onChange({ outlet: null, from: null, to: null })} className={`${field} px-3`}>
          Clear filters
        </button>
      )}
      {range && (
        <p id={`${id}-range`} className="basis-full text-stone-600 dark:text-stone-400">
          {range}
        </p>
      )}
    </fieldset>
  );
});
