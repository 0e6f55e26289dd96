import { memo, useId } from 'react';
import type { LibraryFilter } from '../../core/libraryOverview';

export interface OverviewFiltersProps {
  outlets: ReadonlyArray<string>;
  filter: LibraryFilter;
  onChange: (change: Partial<LibraryFilter>) => void;
}

const field = 'min-h-10 rounded-lg border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900';

/** Which articles the overview counts: one outlet or all, and a range of publication dates. */
export const OverviewFilters = memo(function OverviewFilters({ outlets, filter, onChange }: OverviewFiltersProps) {
  const id = useId();
  const filtered = filter.outlet !== null || filter.from !== null || filter.to !== null;
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
        <input id={`${id}-from`} type="date" value={filter.from ?? ''} onChange={(e) => onChange({ from: e.target.value || null })} className={field} />
      </label>
      <label htmlFor={`${id}-to`} className="flex flex-col gap-1">
        Published until
        <input id={`${id}-to`} type="date" value={filter.to ?? ''} onChange={(e) => onChange({ to: e.target.value || null })} className={field} />
      </label>
      {filtered && (
        <button type="button" onClick={() => onChange({ outlet: null, from: null, to: null })} className={`${field} px-3`}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
});
